"""The assessment file: one checkup of one business, as a JSON document.

Documented in docs/assessment-file.md. Pure Python. Reading validates everything against the
content the checkup was answered with, and every problem names the field or question id so the
person holding the file knows what to fix.
"""
from __future__ import annotations

import datetime as _dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checks.errors import AssessmentError
from checks.limits import MAX_NAME, MAX_NOTE, MAX_SHORT, text_problem

if TYPE_CHECKING:   # the store reads checkups without the content model (a start needs none)
    from checks.content import Content

FORMAT = "boussole-assessment"
VERSION = 1
ROLES = ("owner", "advisor")
STATUSES = ("todo", "in_progress", "done")


def new_id() -> str:
    """A random id for a new business or checkup (a UUID 4). uuid is imported here, not with
    this module: it loads `platform`, which the app's start (the home list) never needs."""
    import uuid

    return str(uuid.uuid4())


@dataclass
class Business:
    name: str
    sector: str = ""
    staff_band: str = ""
    postcode: str = ""
    city: str = ""
    id: str = field(default_factory=new_id)


@dataclass
class Assessor:
    name: str = ""
    organisation: str = ""
    role: str = "owner"


@dataclass
class Answer:
    option: str  # an option id of the question, or DONT_KNOW
    note: str = ""
    answered_at: str = ""  # ISO 8601 with timezone


@dataclass
class ActionTracking:
    status: str = "todo"
    owner: str = ""
    due: str = ""  # ISO date or ""
    note: str = ""


@dataclass
class Assessment:
    business: Business
    content_version: str
    language: str = "fr"
    assessor: Assessor = field(default_factory=Assessor)
    started_at: str = ""
    completed_at: str | None = None
    profile: dict[str, Any] = field(default_factory=dict)
    answers: dict[str, Answer] = field(default_factory=dict)
    actions: dict[str, ActionTracking] = field(default_factory=dict)
    id: str = field(default_factory=new_id)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "id": self.id,
            "content_version": self.content_version,
            "language": self.language,
            "business": {
                "id": self.business.id, "name": self.business.name,
                "sector": self.business.sector, "staff_band": self.business.staff_band,
                "postcode": self.business.postcode, "city": self.business.city,
            },
            "assessor": {"name": self.assessor.name, "organisation": self.assessor.organisation,
                         "role": self.assessor.role},
            "started_at": self.started_at,
            "completed_at": self.completed_at,
            "profile": self.profile,
            "answers": {qid: {"option": a.option, "note": a.note, "answered_at": a.answered_at}
                        for qid, a in sorted(self.answers.items())},
            "actions": {aid: {"status": t.status, "owner": t.owner, "due": t.due, "note": t.note}
                        for aid, t in sorted(self.actions.items())},
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"

    def fingerprint(self) -> str:
        """SHA-256 of the canonical content: what was answered, by whom, for whom, when.

        Canonical = sorted keys, no whitespace, UTF-8; action tracking is left out so marking an
        action done does not change the fingerprint of the checkup itself.
        """
        data = self.to_dict()
        data.pop("actions")
        canonical = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        import hashlib   # OpenSSL, ~4 ms to load: the store and a start need no fingerprint

        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def now_iso() -> str:
    return _dt.datetime.now(_dt.timezone.utc).astimezone().isoformat(timespec="seconds")


# --------------------------------------------------------------------------------------------
# Reading


def _need(data: dict, key: str, kind: type | tuple, where: str, limit: int = MAX_SHORT) -> Any:
    if key not in data:
        raise AssessmentError(f"field '{where}{key}' is missing")
    value = data[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        name = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        raise AssessmentError(f"field '{where}{key}' must be {_kind_word(name)}, "
                              f"not {_kind_word(type(value).__name__)}")
    if isinstance(value, str):
        _limit(value, f"{where}{key}", limit)
    return value


def _limit(value: str, field: str, limit: int) -> None:
    problem = text_problem(value, field, limit)
    if problem:
        raise AssessmentError(problem)


def _key(key: str, where: str) -> str:
    """An id used as a key (question, action): short, whole text."""
    _limit(key, f"{where} id", MAX_SHORT)
    return key


def _kind_word(name: str) -> str:
    return {"str": "text", "int": "a whole number", "dict": "an object", "list": "a list",
            "NoneType": "null", "float": "a number", "bool": "true/false"}.get(name, name)


def _opt_str(data: dict, key: str, where: str, default: str = "", limit: int = MAX_SHORT) -> str:
    value = data.get(key, default)
    if value is None:
        return default
    if not isinstance(value, str):
        raise AssessmentError(f"field '{where}{key}' must be text")
    _limit(value, f"{where}{key}", limit)
    return value


def _moment(data: dict, key: str, where: str) -> str:
    """A date and time (ISO 8601), or "": what Boussole writes. 'yesterday' was shown as it
    was in the client list's date column."""
    value = _opt_str(data, key, where)
    if value:
        try:
            _dt.datetime.fromisoformat(value)
        except ValueError:
            raise AssessmentError(f"field '{where}{key}' is '{value}': use a date and time like "
                                  f"2026-11-20T09:30:00+01:00") from None
    return value


def parse_assessment(data: Any, content: Content | None = None) -> Assessment:
    """Build an Assessment from decoded JSON, validating it (against content when given)."""
    if not isinstance(data, dict):
        raise AssessmentError("the file does not hold a Boussole assessment (expected a JSON object)")
    if data.get("format") != FORMAT:
        raise AssessmentError(f"field 'format' must be \"{FORMAT}\": this is not a Boussole assessment file")
    version = _need(data, "version", int, "")
    if version > VERSION:
        raise AssessmentError(f"field 'version' is {version}: the file was written by a newer Boussole "
                              f"(this one reads up to {VERSION}); update Boussole to open it")
    if version < 1:
        raise AssessmentError(f"field 'version' is {version}: not a valid version")
    content_version = _need(data, "content_version", str, "")
    language = _opt_str(data, "language", "", "fr")
    if language not in ("fr", "en"):
        raise AssessmentError(f"field 'language' is '{language}': use \"fr\" or \"en\"")
    b = _need(data, "business", dict, "")
    name = _need(b, "name", str, "business.", MAX_NAME)
    if not name.strip():
        raise AssessmentError("field 'business.name' is empty: give the business a name")
    business = Business(name=name, sector=_opt_str(b, "sector", "business."),
                        staff_band=_opt_str(b, "staff_band", "business."),
                        postcode=_opt_str(b, "postcode", "business."),
                        city=_opt_str(b, "city", "business.", limit=MAX_NAME),
                        id=_opt_str(b, "id", "business.") or new_id())
    a = data.get("assessor") or {}
    if not isinstance(a, dict):
        raise AssessmentError("field 'assessor' must be an object")
    role = _opt_str(a, "role", "assessor.", "owner")
    if role not in ROLES:
        raise AssessmentError(f"field 'assessor.role' is '{role}': use \"owner\" or \"advisor\"")
    assessor = Assessor(_opt_str(a, "name", "assessor.", limit=MAX_NAME),
                        _opt_str(a, "organisation", "assessor.", limit=MAX_NAME), role)
    profile = data.get("profile") or {}
    if not isinstance(profile, dict):
        raise AssessmentError("field 'profile' must be an object")
    for pid, value in profile.items():
        _key(pid, "profile: a question")
        for item in value if isinstance(value, list) else [value]:
            if not isinstance(item, str):
                raise AssessmentError(f"profile '{pid}' must hold option ids (text), not "
                                      f"{_kind_word(type(item).__name__)}")
            _limit(item, f"profile.{pid}", MAX_SHORT)
    answers_raw = data.get("answers") or {}
    if not isinstance(answers_raw, dict):
        raise AssessmentError("field 'answers' must be an object keyed by question id")
    answers: dict[str, Answer] = {}
    for qid, raw in answers_raw.items():
        where = f"answers.{_key(qid, 'answers: a question')}."
        if not isinstance(raw, dict):
            raise AssessmentError(f"field 'answers.{qid}' must be an object with 'option'")
        option = _need(raw, "option", str, where)
        note = _opt_str(raw, "note", where, limit=MAX_NOTE)
        answers[qid] = Answer(option, note, _moment(raw, "answered_at", where))
    tracking_raw = data.get("actions") or {}
    if not isinstance(tracking_raw, dict):
        raise AssessmentError("field 'actions' must be an object keyed by action id")
    tracking: dict[str, ActionTracking] = {}
    for aid, raw in tracking_raw.items():
        where = f"actions.{_key(aid, 'actions: an action')}."
        if not isinstance(raw, dict):
            raise AssessmentError(f"field 'actions.{aid}' must be an object")
        status = _opt_str(raw, "status", where, "todo")
        if status not in STATUSES:
            raise AssessmentError(f"field '{where}status' is '{status}': use todo, in_progress or done")
        due = _opt_str(raw, "due", where)
        if due:
            try:
                _dt.date.fromisoformat(due)
            except ValueError:
                raise AssessmentError(f"field '{where}due' is '{due}': use a date like 2026-12-31") from None
        tracking[aid] = ActionTracking(status, _opt_str(raw, "owner", where, limit=MAX_NAME), due,
                                       _opt_str(raw, "note", where, limit=MAX_NOTE))
    completed = data.get("completed_at")
    if completed is not None and not isinstance(completed, str):
        raise AssessmentError("field 'completed_at' must be text or null")
    if completed is not None:
        completed = _moment(data, "completed_at", "")
    assessment = Assessment(
        business=business, content_version=content_version, language=language, assessor=assessor,
        started_at=_moment(data, "started_at", ""), completed_at=completed, profile=profile,
        answers=answers, actions=tracking, id=_opt_str(data, "id", "") or new_id())
    if content is not None:
        validate_against(assessment, content)
    return assessment


def validate_against(assessment: Assessment, content: Content) -> None:
    """Check profile, answers and tracked actions refer to things that exist in the content."""
    from checks.content import DONT_KNOW

    if assessment.content_version != content.version:
        raise AssessmentError(
            f"field 'content_version' is '{assessment.content_version}' but this Boussole has "
            f"content {content.version}; update Boussole or re-answer the checkup")
    profile_ids = {p.id: p for p in content.profile}
    for pid, value in assessment.profile.items():
        if pid not in profile_ids:
            raise AssessmentError(f"profile question '{pid}' is unknown in content {content.version}")
        pq = profile_ids[pid]
        values = value if isinstance(value, list) else [value]
        if pq.multiple and not isinstance(value, list):
            raise AssessmentError(f"profile '{pid}' must be a list of options")
        if not pq.multiple and not isinstance(value, str):
            raise AssessmentError(f"profile '{pid}' takes one option id, not {_kind_word(type(value).__name__)}")
        exclusive = set(values) & set(pq.exclusive)
        if exclusive and len(values) > 1:
            raise AssessmentError(f"profile '{pid}': '{sorted(exclusive)[0]}' cannot be combined "
                                  f"with other options")
        for v in values:
            if v not in pq.option_ids():
                raise AssessmentError(f"profile '{pid}': '{v}' is not one of its options "
                                      f"({', '.join(pq.option_ids())})")
    for qid, answer in assessment.answers.items():
        q = content.questions.get(qid)
        if q is None:
            raise AssessmentError(f"answers: question id '{qid}' is unknown in content "
                                  f"{content.version}; remove it or check the spelling")
        if answer.option != DONT_KNOW and q.option(answer.option) is None:
            raise AssessmentError(f"answers.{qid}: option '{answer.option}' does not belong to this "
                                  f"question (use one of {', '.join(o.id for o in q.options)}, or {DONT_KNOW})")
    for aid in assessment.actions:
        if aid not in content.actions:
            raise AssessmentError(f"actions: action id '{aid}' is unknown in content {content.version}")


def loads_assessment(text: str, content: Content | None = None) -> Assessment:
    """An assessment from JSON text, read strictly (checks/strict_json.py: no duplicate keys,
    no runaway nesting or numbers, no broken text) and validated (AssessmentError)."""
    from checks.strict_json import loads

    return parse_assessment(loads(text.lstrip("\ufeff")), content)


def read_assessment(path: Path | str, content: Content | None = None) -> Assessment:
    """Read an assessment file (UTF-8, with or without BOM, any line ends)."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise AssessmentError(f"file '{path}' does not exist; check the path") from None
    except IsADirectoryError:
        raise AssessmentError(f"'{path}' is a folder, not an assessment file") from None
    except PermissionError:
        raise AssessmentError(f"file '{path}' cannot be read (permission denied)") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise AssessmentError(f"file '{path}' is not UTF-8 text: it is damaged or not an assessment") from None
    return loads_assessment(text, content)


def write_assessment(assessment: Assessment, path: Path | str) -> None:
    """Write atomically: a temporary file in the same folder, then rename."""
    from checks.atomic import atomic_write_bytes

    atomic_write_bytes(Path(path), assessment.to_json().encode("utf-8"))
