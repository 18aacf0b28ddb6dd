"""Re-checkups: what a new checkup of a business takes from its last one, and which checkups
stay as they were made (read-only).

Qt-free; desktop.checkups and desktop.open_checkup call it, the app reaches it through them.

- A new checkup starts from the last checkup's profile answers (those that still exist in
  today's checklist); a business never checked starts with the profile unanswered, and the
  interview waits until every profile question has an answer (`missing_profile`).
- Under each question, the answer given last time (`LastTime`): the previous checkup's answers
  restated in this checkup's content version (checks.content_versions), so a question that
  changed meaning shows nothing rather than a wrong hint.
- A checkup is read-only when a later checkup of the same business exists (history keeps what
  was said then) or when it was answered with an archived content version (its questions are
  no longer asked; a new checkup takes its answers as "last time").
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

from checks.assessment import Answer, Assessment
from checks.content import Content
from checks.content_versions import version_key
from desktop.errors import StoreError

OLDER = "older"          # a later checkup of the same business exists
ARCHIVED = "archived"    # answered with a content version this Boussole keeps in its archive


class ReadOnlyError(StoreError):
    """A write to a checkup kept as it was made."""


@dataclass(frozen=True)
class LastTime:
    """The previous checkup of the same business, as the one being answered sees it."""

    checkup_id: str
    date: str                                   # ISO 8601: completed_at, else started_at
    content_version: str
    answers: Mapping[str, Answer] = field(default_factory=dict)   # this checkup's question ids
    profile: Mapping[str, Any] = field(default_factory=dict)      # valid in this checkup's content


def checkup_date(assessment: Assessment) -> str:
    return assessment.completed_at or assessment.started_at or ""


def carried_profile(profile: Mapping[str, Any], content: Content) -> dict:
    """The profile answers that still read the same in `content` (unknown questions or
    options are dropped: they will be asked)."""
    out = {}
    for question in content.profile:
        value = profile.get(question.id)
        if value is None or value == []:
            continue
        values = value if isinstance(value, list) else [value]
        if question.multiple != isinstance(value, list):
            continue
        if all(v in question.option_ids() for v in values):
            out[question.id] = list(value) if question.multiple else value
    return out


def missing_profile(content: Content, profile: Mapping[str, Any]) -> list[str]:
    """Profile questions without an answer yet, in the profile's order."""
    return [q.id for q in content.profile if profile.get(q.id) in (None, "", [])]


def last_time(previous: Assessment, content: Content) -> LastTime:
    """`previous` as seen from a checkup answered with `content`: its answers in `content`'s
    ids (an answer that changed meaning is left out), its profile and its date."""
    answers: dict[str, Answer] = {}
    if previous.content_version == content.version:
        answers = dict(previous.answers)
    elif version_key(previous.content_version) < version_key(content.version):
        from checks.content_versions import translate_assessment

        answers = dict(translate_assessment(previous, content.version).assessment.answers)
    # else: answered with a later checklist than this checkup's; nothing maps back.
    answers = {qid: a for qid, a in answers.items() if qid in content.questions}
    return LastTime(previous.id, checkup_date(previous), previous.content_version, answers,
                    carried_profile(previous.profile, content))


def read_only_reason(assessment: Assessment, history_ids: list[str],
                     current_version: str) -> str | None:
    """Why a checkup cannot be changed (OLDER, ARCHIVED), or None when it can."""
    return reason_for(assessment.id, assessment.content_version, history_ids, current_version)


def reason_for(checkup_id: str, content_version: str, history_ids: list[str],
               current_version: str) -> str | None:
    """read_only_reason from a checkup's id and version and its business's history (ids,
    oldest first)."""
    if history_ids and checkup_id in history_ids and history_ids[-1] != checkup_id:
        return OLDER
    if content_version != current_version:
        return ARCHIVED
    return None


def refuse(reason: str) -> ReadOnlyError:
    if reason == OLDER:
        return ReadOnlyError("this checkup is kept as it was made, because a later checkup of "
                             "the same business exists; open the latest one to make changes")
    return ReadOnlyError("this checkup was answered with an earlier version of the checklist "
                         "and is kept as it was made; start a new checkup to update it")
