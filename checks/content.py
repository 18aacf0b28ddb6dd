"""The checklist content: typed model, loading from TOML files and validation.

Pure Python, no Qt, nothing of the app. The files live in resources/content/ (their schema is
documented in docs/content-format.md). Every validation problem is reported with the file, the
item id and, when it can be found, the line, so that whoever edits the content can fix it.
"""
from __future__ import annotations

import datetime as _dt
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from checks.errors import ContentError

LANGS = ("fr", "en")
DONT_KNOW = "dont_know"  # reserved option id, added by the app to every question
HORIZONS = ("now", "3m", "12m")
COST_BANDS = ("free", "lt100", "lt1000", "lt5000", "more")
WHO = ("owner", "staff", "it_provider", "web_agency", "accountant", "lawyer")
ASK = ("it_provider", "web_agency", "accountant", "bank", "insurer", "staff", "owner", "lawyer")
MODULE_FILES = ("cyber.toml", "online.toml", "ai.toml")
FAILED_BELOW = 0.5  # an answer scoring below this fails its question

DEFAULT_CONTENT_DIR = Path(__file__).resolve().parent.parent / "resources" / "content"


@dataclass(frozen=True)
class Text:
    """A text in both languages."""

    fr: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.fr


@dataclass(frozen=True)
class Option:
    id: str
    label: Text
    score: float
    actions: tuple[str, ...] | None = None  # overrides the question's actions when set


@dataclass(frozen=True)
class Question:
    id: str
    module: str
    theme: str
    text: Text
    why: Text
    check: Text | None
    options: tuple[Option, ...]
    weight: int
    critical: bool
    applies_if: dict[str, tuple[str, ...]]
    actions: tuple[str, ...]
    ask: str
    sources: tuple[str, ...]
    checked: _dt.date

    def option(self, option_id: str) -> Option | None:
        for opt in self.options:
            if opt.id == option_id:
                return opt
        return None

    def actions_for(self, option_id: str) -> tuple[str, ...]:
        """Actions proposed when this option is chosen ("don't know" gets the question's)."""
        opt = self.option(option_id)
        if opt is not None and opt.score >= 1.0:
            return ()
        if opt is not None and opt.actions is not None:
            return opt.actions
        return self.actions


@dataclass(frozen=True)
class Theme:
    id: str
    module: str
    title: Text


@dataclass(frozen=True)
class Module:
    id: str
    title: Text
    intro: Text
    themes: tuple[Theme, ...]
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class Action:
    id: str
    module: str
    title: Text
    steps: tuple[Text, ...]
    effort_hours: float
    cost: str
    cost_note: Text | None
    horizon: str
    who: tuple[str, ...]
    help: tuple[str, ...]
    sources: tuple[str, ...]
    checked: _dt.date


@dataclass(frozen=True)
class ProfileOption:
    id: str
    label: Text


@dataclass(frozen=True)
class ProfileQuestion:
    id: str
    text: Text
    options: tuple[ProfileOption, ...]
    multiple: bool
    exclusive: tuple[str, ...]  # options that exclude all others (e.g. "none")
    default: str | tuple[str, ...]

    def option_ids(self) -> tuple[str, ...]:
        return tuple(o.id for o in self.options)


@dataclass(frozen=True)
class HelpContact:
    id: str
    name: Text
    contact: str  # a web address, or "" where the description says whom to ask
    what: Text

    def address(self, lang: str) -> str:
        """The address worth showing beside the name: "" when there is none or it is the name."""
        return "" if self.contact.casefold() == self.name.get(lang).casefold() else self.contact

    def display(self, lang: str) -> str:
        """'France Num (francenum.gouv.fr)'; the name alone when the address adds nothing."""
        address = self.address(lang)
        return f"{self.name.get(lang)} ({address})" if address else self.name.get(lang)


@dataclass(frozen=True)
class CostBand:
    id: str
    low: int
    high: int
    label: Text


@dataclass(frozen=True)
class GlossaryEntry:
    id: str
    term: Text
    definition: Text


@dataclass(frozen=True)
class Content:
    version: str
    as_of: _dt.date
    modules: tuple[Module, ...]
    actions: dict[str, Action]
    profile: tuple[ProfileQuestion, ...]
    help: dict[str, HelpContact]
    cost_bands: dict[str, CostBand]
    glossary: tuple[GlossaryEntry, ...]
    _questions: dict[str, Question] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        for module in self.modules:
            for q in module.questions:
                self._questions[q.id] = q

    @property
    def questions(self) -> dict[str, Question]:
        """Every question by id, in interview order."""
        return self._questions

    def module(self, module_id: str) -> Module:
        for m in self.modules:
            if m.id == module_id:
                return m
        raise KeyError(module_id)

    def theme(self, module_id: str, theme_id: str) -> Theme:
        for t in self.module(module_id).themes:
            if t.id == theme_id:
                return t
        raise KeyError(f"{module_id}/{theme_id}")

    def profile_question(self, profile_id: str) -> ProfileQuestion:
        for p in self.profile:
            if p.id == profile_id:
                return p
        raise KeyError(profile_id)

    def default_profile(self) -> dict[str, Any]:
        return {p.id: (list(p.default) if p.multiple else p.default) for p in self.profile}


def applies(question: Question, profile: dict[str, Any]) -> bool:
    """Whether a question applies to a business with this profile.

    All conditions must hold; one condition holds when the answer (or, for a multiple-choice
    profile question, any chosen option) is among the accepted ones. A profile question not
    answered yet does not exclude anything: better to ask one question too many than to skip one.
    """
    for profile_id, accepted in question.applies_if.items():
        given = profile.get(profile_id)
        if given is None or given == []:
            continue
        chosen = set(given) if isinstance(given, (list, tuple, set)) else {given}
        if not chosen & set(accepted):
            return False
    return True


# --------------------------------------------------------------------------------------------
# Loading and validation


class _Reader:
    """Collects problems while turning raw TOML tables into model objects."""

    def __init__(self, path: Path, text: str):
        self.path = path
        self.lines = text.splitlines()
        self.problems: list[str] = []

    def line_of(self, item_id: str | None) -> int | None:
        if not item_id:
            return None
        pattern = re.compile(r'^\s*id\s*=\s*"' + re.escape(item_id) + '"')
        for number, line in enumerate(self.lines, 1):
            if pattern.search(line):
                return number
        return None

    def problem(self, item_id: str | None, message: str) -> None:
        line = self.line_of(item_id)
        where = f"{self.path.name}" + (f", line {line}" if line else "")
        who = f" [{item_id}]" if item_id else ""
        self.problems.append(f"{where}{who}: {message}")

    def text(self, raw: dict, key: str, item_id: str, required: bool = True) -> Text | None:
        value = raw.get(key)
        if value is None:
            if required:
                self.problem(item_id, f"'{key}' is missing (needs {key}.fr and {key}.en)")
            return None
        if not isinstance(value, dict):
            self.problem(item_id, f"'{key}' must have {key}.fr and {key}.en")
            return None
        out = {}
        for lang in LANGS:
            s = value.get(lang)
            if not isinstance(s, str) or not s.strip():
                self.problem(item_id, f"'{key}.{lang}' is missing or empty")
                s = ""
            out[lang] = s.strip()
        if out["fr"] and out["fr"] == out["en"] and len(out["fr"]) > 12:
            self.problem(item_id, f"'{key}' is identical in French and English: translate it")
        return Text(out["fr"], out["en"])

    def strings(self, raw: dict, key: str, item_id: str, allowed: Iterable[str] | None = None,
                required: bool = True) -> tuple[str, ...]:
        value = raw.get(key, [] if not required else None)
        if value is None:
            self.problem(item_id, f"'{key}' is missing")
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem(item_id, f"'{key}' must be a list of strings")
            return ()
        if allowed is not None:
            allowed = tuple(allowed)
            for v in value:
                if v not in allowed:
                    self.problem(item_id, f"'{key}' has unknown value '{v}' (allowed: {', '.join(allowed)})")
        return tuple(value)

    def date(self, raw: dict, key: str, item_id: str) -> _dt.date:
        value = raw.get(key)
        if not isinstance(value, _dt.date):
            self.problem(item_id, f"'{key}' must be a date such as 2026-11-27")
            return _dt.date(1970, 1, 1)
        return value

    def ident(self, raw: dict, what: str) -> str:
        value = raw.get("id")
        if not isinstance(value, str) or not re.fullmatch(r"[a-z0-9_.]+", value or ""):
            self.problem(None, f"a {what} has a missing or malformed id {value!r} (lowercase letters, digits, _ and .)")
            return str(value)
        return value


def _read_toml(path: Path, problems: list[str]) -> tuple[dict, str]:
    try:
        raw_text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        problems.append(f"{path.name}: file not found in {path.parent}")
        return {}, ""
    except UnicodeDecodeError as exc:
        problems.append(f"{path.name}: not valid UTF-8 text ({exc.reason} at byte {exc.start})")
        return {}, ""
    try:
        return tomllib.loads(raw_text), raw_text
    except tomllib.TOMLDecodeError as exc:
        problems.append(f"{path.name}: not valid TOML: {exc}")
        return {}, raw_text


def load_content(directory: Path | str | None = None) -> Content:
    """Load and validate all content files. Raises ContentError listing every problem."""
    directory = Path(directory) if directory else DEFAULT_CONTENT_DIR
    problems: list[str] = []

    meta_raw, meta_text = _read_toml(directory / "content.toml", problems)
    meta = _Reader(directory / "content.toml", meta_text)
    version = meta_raw.get("version")
    if not isinstance(version, str) or not version:
        meta.problem(None, "'version' is missing (e.g. version = \"2026.11\")")
        version = "?"
    as_of = meta.date(meta_raw, "as_of", None) if meta_raw else _dt.date(1970, 1, 1)
    help_contacts: dict[str, HelpContact] = {}
    for raw in meta_raw.get("help", []):
        hid = meta.ident(raw, "help contact")
        name = raw.get("name", "")
        name_text = Text(name, raw.get("name_en", name))
        what = meta.text(raw, "what", hid) or Text("", "")
        help_contacts[hid] = HelpContact(hid, name_text, str(raw.get("contact", "")), what)
    cost_bands: dict[str, CostBand] = {}
    for raw in meta_raw.get("cost_bands", []):
        cid = meta.ident(raw, "cost band")
        label = meta.text(raw, "label", cid) or Text("", "")
        cost_bands[cid] = CostBand(cid, int(raw.get("low", 0)), int(raw.get("high", 0)), label)
    for band in COST_BANDS:
        if meta_raw and band not in cost_bands:
            meta.problem(None, f"cost band '{band}' is not defined")
    problems += meta.problems

    profile = _load_profile(directory / "profile.toml", problems)
    profile_ids = {p.id: p for p in profile}

    module_order = meta_raw.get("modules", [m.removesuffix(".toml") for m in MODULE_FILES])
    modules: list[Module] = []
    actions: dict[str, Action] = {}
    glossary: list[GlossaryEntry] = []
    readers: dict[str, _Reader] = {}
    for module_id in module_order:
        path = directory / f"{module_id}.toml"
        raw, text = _read_toml(path, problems)
        if not raw:
            continue
        reader = _Reader(path, text)
        readers[module_id] = reader
        module, module_actions, module_glossary = _load_module(reader, raw, module_id, profile_ids)
        if module is not None:
            modules.append(module)
        for action in module_actions:
            if action.id in actions:
                reader.problem(action.id, "action id already used in another file")
            actions[action.id] = action
        glossary += module_glossary

    _cross_check(modules, actions, help_contacts, readers, problems)
    for reader in readers.values():
        problems += reader.problems
    # One namespace for every id, so a reference can never be ambiguous.
    question_ids = {q.id for m in modules for q in m.questions}
    seen_g: set[str] = set()
    for entry in glossary:
        if entry.id in seen_g or entry.id in question_ids or entry.id in actions:
            problems.append(f"glossary id '{entry.id}' is already used (prefix it, e.g. <module>.term_...)")
        seen_g.add(entry.id)
    for aid in sorted(set(actions) & question_ids):
        problems.append(f"{actions[aid].module}.toml [{aid}]: an action may not share its id with a question")
    seen_q: set[str] = set()
    for module in modules:
        for q in module.questions:
            if q.id in seen_q:
                problems.append(f"{module.id}.toml [{q.id}]: question id used twice")
            seen_q.add(q.id)
    if problems:
        raise ContentError(problems)
    return Content(version, as_of, tuple(modules), actions, profile, help_contacts, cost_bands,
                   tuple(glossary))


def _load_profile(path: Path, problems: list[str]) -> tuple[ProfileQuestion, ...]:
    raw, text = _read_toml(path, problems)
    reader = _Reader(path, text)
    out = []
    for item in raw.get("profile", []):
        pid = reader.ident(item, "profile question")
        question_text = reader.text(item, "text", pid) or Text("", "")
        options = []
        for opt in item.get("options", []):
            oid = opt.get("id")
            if not isinstance(oid, str):
                reader.problem(pid, "an option has no id")
                continue
            options.append(ProfileOption(oid, Text(opt.get("fr", ""), opt.get("en", ""))))
            if not opt.get("fr") or not opt.get("en"):
                reader.problem(pid, f"option '{oid}' needs fr and en labels")
        multiple = bool(item.get("multiple", False))
        ids = {o.id for o in options}
        default = item.get("default")
        defaults = default if isinstance(default, list) else [default]
        if any(d not in ids for d in defaults):
            reader.problem(pid, f"default {default!r} is not one of its options")
        exclusive = tuple(item.get("exclusive", []))
        out.append(ProfileQuestion(pid, question_text, tuple(options), multiple, exclusive,
                                   tuple(defaults) if multiple else default))
    problems += reader.problems
    return tuple(out)


def _load_module(reader: _Reader, raw: dict, module_id: str,
                 profile: dict[str, ProfileQuestion]):
    head = raw.get("module", {})
    if head.get("id") != module_id:
        reader.problem(None, f"[module] id must be '{module_id}' (the file's name)")
    title = reader.text(head, "title", module_id) or Text("", "")
    intro = reader.text(head, "intro", module_id) or Text("", "")
    themes = []
    for t in raw.get("themes", []):
        tid = reader.ident(t, "theme")
        themes.append(Theme(tid, module_id, reader.text(t, "title", tid) or Text("", "")))
    theme_ids = {t.id for t in themes}
    if len(theme_ids) != len(themes):
        reader.problem(None, "two themes share an id")

    questions = []
    for q in raw.get("questions", []):
        qid = reader.ident(q, "question")
        if not qid.startswith(module_id + "."):
            reader.problem(qid, f"question id must start with '{module_id}.'")
        theme = q.get("theme")
        if theme not in theme_ids:
            reader.problem(qid, f"theme '{theme}' is not declared in [[themes]]")
        options = []
        for o in q.get("options", []):
            oid = o.get("id")
            if not isinstance(oid, str):
                reader.problem(qid, "an option has no id")
                continue
            if oid == DONT_KNOW:
                reader.problem(qid, f"option id '{DONT_KNOW}' is reserved: the app adds it")
            score = o.get("score")
            if not isinstance(score, (int, float)) or isinstance(score, bool) or not 0 <= score <= 1:
                reader.problem(qid, f"option '{oid}' score must be a number from 0 to 1")
                score = 0.0
            label = reader.text({"label": {"fr": o.get("fr"), "en": o.get("en")}}, "label", qid)
            opt_actions = o.get("actions")
            options.append(Option(oid, label or Text("", ""), float(score),
                                  tuple(opt_actions) if opt_actions is not None else None))
        if not 2 <= len(options) <= 6:
            reader.problem(qid, f"needs 2 to 6 options, has {len(options)}")
        if len({o.id for o in options}) != len(options):
            reader.problem(qid, "two options share an id")
        if options and max(o.score for o in options) != 1.0:
            reader.problem(qid, "no option scores 1.0 (the best answer must give full score)")
        weight = q.get("weight")
        if weight not in (1, 2, 3):
            reader.problem(qid, "weight must be 1, 2 or 3")
            weight = 1
        critical = q.get("critical", False)
        if not isinstance(critical, bool):
            reader.problem(qid, "critical must be true or false")
        applies_if: dict[str, tuple[str, ...]] = {}
        for pid, accepted in (q.get("applies_if") or {}).items():
            if pid not in profile:
                reader.problem(qid, f"applies_if refers to unknown profile question '{pid}'")
                continue
            accepted = tuple(accepted) if isinstance(accepted, list) else (accepted,)
            for a in accepted:
                if a not in profile[pid].option_ids():
                    reader.problem(qid, f"applies_if: '{a}' is not an option of profile question '{pid}'")
            applies_if[pid] = accepted
        ask = q.get("ask", "it_provider")
        if ask not in ASK:
            reader.problem(qid, f"ask '{ask}' unknown (allowed: {', '.join(ASK)})")
        actions = reader.strings(q, "actions", qid, required=False)
        sources = reader.strings(q, "sources", qid)
        if not sources:
            reader.problem(qid, "needs at least one source")
        questions.append(Question(
            id=qid, module=module_id, theme=str(theme),
            text=reader.text(q, "text", qid) or Text("", ""),
            why=reader.text(q, "why", qid) or Text("", ""),
            check=reader.text(q, "check", qid, required=False),
            options=tuple(options), weight=int(weight), critical=bool(critical),
            applies_if=applies_if, actions=actions, ask=ask,
            sources=sources, checked=reader.date(q, "checked", qid)))
        for opt in options:
            if opt.score < 1.0 and not (opt.actions if opt.actions is not None else actions):
                reader.problem(qid, f"option '{opt.id}' scores below 1.0 but leads to no action")

    # Interview order groups questions by theme: keep file order but check grouping.
    seen, last = set(), None
    for q in questions:
        if q.theme != last and q.theme in seen:
            reader.problem(q.id, f"questions of theme '{q.theme}' must be consecutive")
        seen.add(q.theme)
        last = q.theme

    actions_out = []
    for a in raw.get("actions", []):
        aid = reader.ident(a, "action")
        if not aid.startswith(module_id + "."):
            reader.problem(aid, f"action id must start with '{module_id}.'")
        steps = a.get("steps") or {}
        fr, en = steps.get("fr") or [], steps.get("en") or []
        if not 3 <= len(fr) <= 6:
            reader.problem(aid, f"needs 3 to 6 steps, has {len(fr)} in French")
        if len(fr) != len(en):
            reader.problem(aid, f"has {len(fr)} French steps but {len(en)} English steps")
        if any(not isinstance(s, str) or not s.strip() for s in fr + en):
            reader.problem(aid, "a step is empty")
        effort = a.get("effort_hours")
        if not isinstance(effort, (int, float)) or isinstance(effort, bool) or effort <= 0:
            reader.problem(aid, "effort_hours must be a positive number")
            effort = 1
        cost = a.get("cost")
        if cost not in COST_BANDS:
            reader.problem(aid, f"cost '{cost}' unknown (allowed: {', '.join(COST_BANDS)})")
        horizon = a.get("horizon")
        if horizon not in HORIZONS:
            reader.problem(aid, f"horizon '{horizon}' unknown (allowed: {', '.join(HORIZONS)})")
        who = reader.strings(a, "who", aid, WHO)
        if not who:
            reader.problem(aid, "'who' must name at least one")
        actions_out.append(Action(
            id=aid, module=module_id, title=reader.text(a, "title", aid) or Text("", ""),
            steps=tuple(Text(f, e) for f, e in zip(fr, en)), effort_hours=float(effort),
            cost=str(cost), cost_note=reader.text(a, "cost_note", aid, required=False),
            horizon=str(horizon), who=who, help=reader.strings(a, "help", aid, required=False),
            sources=reader.strings(a, "sources", aid), checked=reader.date(a, "checked", aid)))

    glossary = []
    for g in raw.get("glossary", []):
        gid = reader.ident(g, "glossary entry")
        glossary.append(GlossaryEntry(gid, reader.text(g, "term", gid) or Text("", ""),
                                      reader.text(g, "definition", gid) or Text("", "")))

    for tid in theme_ids:
        if not any(q.theme == tid for q in questions):
            reader.problem(tid, "theme has no question")
    module = Module(module_id, title, intro, tuple(themes), tuple(questions))
    return module, actions_out, glossary


def _cross_check(modules, actions, help_contacts, readers, problems) -> None:
    reachable: set[str] = set()
    for module in modules:
        reader = readers[module.id]
        for q in module.questions:
            refs = set(q.actions)
            for o in q.options:
                refs |= set(o.actions or ())
            for ref in sorted(refs):
                if ref not in actions:
                    reader.problem(q.id, f"refers to unknown action '{ref}'")
            for o in q.options:
                if o.score < 1.0:
                    reachable |= set(q.actions_for(o.id))
            reachable |= set(q.actions)  # "don't know" leads to the question's actions
    for action in actions.values():
        reader = readers[action.module]
        if action.id not in reachable:
            reader.problem(action.id, "no answer leads to this action")
        for h in action.help:
            if h not in help_contacts:
                reader.problem(action.id, f"help '{h}' is not defined in content.toml")


def main() -> int:
    """`python -m checks.content [DIR]`: validate the content and print a summary."""
    import sys

    directory = sys.argv[1] if len(sys.argv) > 1 else None
    try:
        content = load_content(directory)
    except ContentError as exc:
        for p in exc.problems:
            print(p, file=sys.stderr)
        print(f"{len(exc.problems)} problem(s) found.", file=sys.stderr)
        return 1
    for m in content.modules:
        print(f"{m.id}: {len(m.themes)} themes, {len(m.questions)} questions")
    print(f"{len(content.actions)} actions, {len(content.glossary)} glossary entries, "
          f"version {content.version} as of {content.as_of}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
