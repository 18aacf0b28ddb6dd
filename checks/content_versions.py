"""Content versions: load the checklist a checkup was answered with, and map ids between versions.

Pure Python, no Qt. An assessment keeps the content version it was answered with and is always
scored with that version. The current content lives in resources/content/; each older release
is archived unchanged in resources/content/archive/<version>/, next to a mapping file
archive/<old>-to-<new>.toml that says how every question and action of <old> reads in <new>
(the format is documented at the top of each mapping file and in docs/content-format.md).

A question that changed meaning is "not comparable": it is reported as such and never matched
silently. Mappings chain: 2026.11 -> 2026.12 -> a later version composes the two files.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Mapping

from checks.assessment import (ActionTracking, Answer, Assessment, parse_assessment,
                               read_assessment, validate_against)
from checks.content import DONT_KNOW, Content
from checks.content_loader import DEFAULT_CONTENT_DIR, load_content
from checks.content_reader import read_toml
from checks.errors import AssessmentError, ContentError

ARCHIVE = "archive"
_VERSION = re.compile(r"\d{4}\.\d{2}")
_MAPPING = re.compile(r"(\d{4}\.\d{2})-to-(\d{4}\.\d{2})\.toml")


def _root(content_dir: Path | str | None) -> Path:
    return Path(content_dir) if content_dir else DEFAULT_CONTENT_DIR


def version_key(version: str) -> tuple[int, ...]:
    """A version as numbers, for ordering ("2026.11" < "2026.12"); () when it is not one."""
    try:
        return tuple(int(part) for part in version.split("."))
    except ValueError:
        return ()


def _read_toml(path: Path) -> dict:
    problems: list[str] = []
    raw, _ = read_toml(path, problems)
    if problems:
        raise ContentError(problems)
    return raw


def current_version(content_dir: Path | str | None = None) -> str:
    """The version of the current content (read from content.toml alone, without validating)."""
    version = _read_toml(_root(content_dir) / "content.toml").get("version")
    if not isinstance(version, str):
        raise ContentError(["content.toml: 'version' is missing"])
    return version


def content_dirs(content_dir: Path | str | None = None) -> dict[str, Path]:
    """Every available version -> its folder, oldest first (archived ones, then the current)."""
    root = _root(content_dir)
    dirs: dict[str, Path] = {}
    archive = root / ARCHIVE
    if archive.is_dir():
        for sub in archive.iterdir():
            if sub.is_dir() and _VERSION.fullmatch(sub.name):
                dirs[sub.name] = sub
    dirs[current_version(root)] = root
    return dict(sorted(dirs.items(), key=lambda item: version_key(item[0])))


def available_versions(content_dir: Path | str | None = None) -> tuple[str, ...]:
    return tuple(content_dirs(content_dir))


def load_version(version: str, content_dir: Path | str | None = None) -> Content:
    """The validated content of one version (current or archived). Cached: contents are frozen."""
    return _load_version(version, str(_root(content_dir)))


@functools.lru_cache(maxsize=16)
def _load_version(version: str, root: str) -> Content:
    dirs = content_dirs(root)
    if version not in dirs:
        raise ContentError([f"content version '{version}' is not available (this Boussole has "
                            f"{', '.join(dirs)}); update Boussole to read it"])
    content = load_content(dirs[version])
    if content.version != version:
        raise ContentError([f"{dirs[version]}: content.toml says version {content.version}, "
                            f"the folder says {version}"])
    return content


def content_of(version: str, *known: Content | None) -> Content:
    """The content of `version`: one of `known` when it is that version, else the archive's."""
    for content in known:
        if content is not None and content.version == version:
            return content
    return load_version(version)


# --------------------------------------------------------------------------------------------
# Mappings


@dataclass(frozen=True)
class QuestionMap:
    """How one question of the older version reads in the newer one."""

    old: str
    new: str | None                      # None: the question is not comparable at all
    options: Mapping[str, str]           # old option id -> new option id (missing: not comparable)
    reason: str = ""                     # why (part of) it is not comparable
    see: tuple[str, ...] = ()            # newer questions that took over part of it

    @property
    def comparable(self) -> bool:
        return self.new is not None

    def option(self, old_option: str) -> str | None:
        if self.new is None:
            return None
        if old_option == DONT_KNOW:
            return DONT_KNOW
        return self.options.get(old_option)


@dataclass(frozen=True)
class VersionMapping:
    source: str
    target: str
    questions: Mapping[str, QuestionMap]           # every question of `source`
    actions: Mapping[str, str | None]              # every action of `source` -> id or None (retired)

    def answer(self, question: str, option: str) -> tuple[str, str] | None:
        """(new question, new option) for an old answer, or None when it is not comparable."""
        qmap = self.questions.get(question)
        new_option = qmap.option(option) if qmap else None
        return None if new_option is None else (qmap.new, new_option)

    def action(self, action: str) -> str | None:
        return self.actions.get(action)

    def then(self, later: VersionMapping) -> VersionMapping:
        """This mapping followed by `later` (self.target must be later.source)."""
        if self.target != later.source:
            raise ValueError(f"cannot chain {self.source}->{self.target} with {later.source}->{later.target}")
        questions = {}
        for qid, first in self.questions.items():
            second = later.questions.get(first.new) if first.new else None
            if second is None or not second.comparable:
                reason = first.reason if not first.comparable else (second.reason if second else "")
                questions[qid] = QuestionMap(qid, None, {}, reason, second.see if second else first.see)
                continue
            options = {o: second.options[n] for o, n in first.options.items() if n in second.options}
            questions[qid] = QuestionMap(qid, second.new, options, first.reason or second.reason,
                                         second.see)
        actions = {aid: later.actions.get(new) if new else None for aid, new in self.actions.items()}
        return VersionMapping(self.source, later.target, questions, actions)


def load_mapping(source: str, target: str, content_dir: Path | str | None = None) -> VersionMapping:
    """The mapping from `source` to a later `target`, chaining the archived mapping files."""
    return _load_mapping(source, target, str(_root(content_dir)))


@functools.lru_cache(maxsize=16)
def _load_mapping(source: str, target: str, root: str) -> VersionMapping:
    if version_key(source) >= version_key(target):
        raise ContentError([f"no mapping from content {source} to {target}: mappings only go "
                            f"from an older version to a newer one"])
    steps = {}
    for path in (Path(root) / ARCHIVE).glob("*-to-*.toml"):
        match = _MAPPING.fullmatch(path.name)
        if match:
            steps[match.group(1)] = (match.group(2), path)
    mapping: VersionMapping | None = None
    version = source
    while version != target:
        if version not in steps:
            raise ContentError([f"no mapping file from content {version} (needed to read {source} "
                                f"in {target}) in {Path(root) / ARCHIVE}"])
        nxt, path = steps[version]
        step = _read_mapping(path, load_version(version, root), load_version(nxt, root))
        mapping = step if mapping is None else mapping.then(step)
        version = nxt
    return mapping


def _read_mapping(path: Path, old: Content, new: Content) -> VersionMapping:
    """Read and validate one mapping file against the two contents. Lists every problem."""
    problems: list[str] = []
    raw = _read_toml(path)
    where = path.name
    if raw.get("from") != old.version or raw.get("to") != new.version:
        problems.append(f"{where}: 'from' and 'to' must be \"{old.version}\" and \"{new.version}\"")
    questions: dict[str, QuestionMap] = {}
    listed = raw.get("questions") or {}
    targets: dict[str, str] = {}
    for qid in old.questions:
        if qid not in listed:
            problems.append(f"{where} [{qid}]: every {old.version} question must be listed")
    for qid, entry in listed.items():
        q_old = old.questions.get(qid)
        if q_old is None:
            problems.append(f"{where} [{qid}]: not a question of content {old.version}")
            continue
        qmap = _question_map(qid, entry, q_old, new, problems, where)
        if qmap.new:
            if qmap.new in targets:
                problems.append(f"{where} [{qid}]: {qmap.new} is already the target of {targets[qmap.new]}")
            targets[qmap.new] = qid
        questions[qid] = qmap
    actions: dict[str, str | None] = {}
    listed_actions = raw.get("actions") or {}
    for aid in old.actions:
        entry = listed_actions.get(aid)
        if entry == "same":
            actions[aid] = aid if aid in new.actions else None
            if aid not in new.actions:
                problems.append(f"{where} [{aid}]: 'same' but {new.version} has no such action")
        elif isinstance(entry, dict) and isinstance(entry.get("to"), str):
            actions[aid] = entry["to"]
            if entry["to"] not in new.actions:
                problems.append(f"{where} [{aid}]: action '{entry['to']}' is not in {new.version}")
        elif isinstance(entry, dict) and isinstance(entry.get("retired"), str):
            actions[aid] = None
        else:
            problems.append(f"{where} [{aid}]: every {old.version} action must be listed as "
                            f"\"same\", {{ to = ... }} or {{ retired = ... }}")
    for extra in set(listed_actions) - set(old.actions):
        problems.append(f"{where} [{extra}]: not an action of content {old.version}")
    new_profile = {p.id: set(p.option_ids()) for p in new.profile}
    for p in old.profile:
        if not set(p.option_ids()) <= new_profile.get(p.id, set()):
            problems.append(f"{where}: profile question '{p.id}' lost options in {new.version}; "
                            f"the mapping format does not cover profile changes yet")
    if problems:
        raise ContentError(problems)
    return VersionMapping(old.version, new.version, questions, actions)


def _question_map(qid, entry, q_old, new: Content, problems: list[str], where: str) -> QuestionMap:
    old_options = [o.id for o in q_old.options]
    if entry == "same":
        q_new = new.questions.get(qid)
        if q_new is None:
            problems.append(f"{where} [{qid}]: 'same' but {new.version} has no such question")
            return QuestionMap(qid, None, {})
        lost = [o for o in old_options if q_new.option(o) is None]
        if lost:
            problems.append(f"{where} [{qid}]: 'same' but options {lost} are gone in {new.version}")
        return QuestionMap(qid, qid, {o: o for o in old_options})
    if not isinstance(entry, dict):
        problems.append(f"{where} [{qid}]: use \"same\", {{ to = ... }} or {{ not_comparable = ... }}")
        return QuestionMap(qid, None, {})
    see = tuple(entry.get("see", ()))
    for sid in see:
        if sid not in new.questions:
            problems.append(f"{where} [{qid}]: 'see' names '{sid}', not a question of {new.version}")
    reason = entry.get("not_comparable", "")
    target = entry.get("to")
    if target is None:
        if not reason:
            problems.append(f"{where} [{qid}]: say why it is not comparable, or where it went ('to')")
        return QuestionMap(qid, None, {}, reason, see)
    q_new = new.questions.get(target)
    if q_new is None:
        problems.append(f"{where} [{qid}]: 'to' names '{target}', not a question of {new.version}")
        return QuestionMap(qid, None, {}, reason, see)
    options = dict(entry.get("options", {}))
    for o_old, o_new in options.items():
        if o_old not in old_options:
            problems.append(f"{where} [{qid}]: '{o_old}' is not an option of {qid}")
        if q_new.option(o_new) is None:
            problems.append(f"{where} [{qid}]: '{o_new}' is not an option of {target}")
    if set(old_options) - set(options) and not reason:
        problems.append(f"{where} [{qid}]: options {sorted(set(old_options) - set(options))} are "
                        f"left out: say why in not_comparable")
    return QuestionMap(qid, target, options, reason, see)


# --------------------------------------------------------------------------------------------
# Checkups of any version


@dataclass(frozen=True)
class Translation:
    """An older checkup restated with a newer version's ids, to compare it with a newer one."""

    assessment: Assessment            # a copy: target ids, content_version = target
    not_comparable: tuple[str, ...]   # old question ids answered then, without a match now
    dropped_actions: tuple[str, ...] = field(default=())  # tracked old actions that were retired


def translate_assessment(assessment: Assessment, target: str,
                         content_dir: Path | str | None = None) -> Translation:
    """The answers and action tracking of `assessment` restated in content `target`.

    Only for comparing: the translated copy is never scored as if it had been answered with
    `target` by the owner (each checkup is scored with its own version).
    """
    if assessment.content_version == target:
        return Translation(assessment, ())
    mapping = load_mapping(assessment.content_version, target, content_dir)
    answers: dict[str, Answer] = {}
    lost: list[str] = []
    for qid, answer in assessment.answers.items():
        matched = mapping.answer(qid, answer.option)
        if matched is None:
            lost.append(qid)
        else:
            answers[matched[0]] = replace(answer, option=matched[1])
    tracking: dict[str, ActionTracking] = {}
    dropped: list[str] = []
    for aid, state in assessment.actions.items():
        new_id = mapping.action(aid)
        if new_id is None:
            dropped.append(aid)
        else:
            tracking[new_id] = state
    copy = replace(assessment, content_version=target, answers=answers, actions=tracking,
                   profile=dict(assessment.profile))
    order = list(mapping.questions)
    lost.sort(key=lambda q: order.index(q) if q in order else len(order))
    return Translation(copy, tuple(lost), tuple(sorted(dropped)))


def parse_any_version(data: Any, content_dir: Path | str | None = None) -> tuple[Assessment, Content]:
    """An assessment (decoded JSON) of any available version, validated against that version."""
    return _with_its_content(parse_assessment(data), content_dir)


def read_any_version(path: Path | str, content_dir: Path | str | None = None) -> tuple[Assessment, Content]:
    """Read an assessment file of any available version, with the content it was answered with."""
    return _with_its_content(read_assessment(path), content_dir)


def _with_its_content(assessment: Assessment, content_dir) -> tuple[Assessment, Content]:
    return assessment, with_its_content(assessment, content_dir=content_dir)


def with_its_content(assessment: Assessment, *known: Content | None,
                     content_dir: Path | str | None = None) -> Content:
    """Validate `assessment` against the content it was answered with (one of `known` when it
    is that version, else an archived one) and return that content. AssessmentError saying
    what is wrong (an unknown id, a version this Boussole does not have)."""
    try:
        content = next((c for c in known if c is not None
                        and c.version == assessment.content_version), None) \
            or load_version(assessment.content_version, content_dir)
    except ContentError as exc:
        raise AssessmentError(f"field 'content_version' is '{assessment.content_version}': "
                              f"{exc.problems[0]}") from None
    validate_against(assessment, content)
    return content
