"""One checkup being worked on: answer, note, clear, profile, action tracking, resume position,
complete. Qt-free; the app's session (ui/session.py) holds one and turns its Changes into
signals.

Every write goes to the store first (durable on return), then the assessment cached here is
updated in place rather than reloaded, so answering a question costs one store write plus one
evaluation, well under a frame. Two writes are derived data and are left to the caller's pace:
the lists' summary (score, completion) and the question to resume on are remembered here and
written by `save_summary()` / `save_position()` (the app does it a moment after the answers
settle, and at once when the checkup is left or closed).

A checkup is read with the checklist version it was answered with (`content`). One that is kept
as it was made (`read_only`: a later checkup of the business exists, or an archived version)
refuses every write with desktop.recheck.ReadOnlyError; results, plan and report still work.
"""
from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from checks.assessment import ActionTracking, Answer, Assessment, now_iso
from checks.content import Content, Question, applies
from desktop.checkups import Changes, Checkups

if TYPE_CHECKING:
    from checks.compare import Comparison
    from checks.scoring import Evaluation
    from desktop.recheck import LastTime


class OpenCheckup:
    """The checkup `checkup_id` of a data folder, with its assessment and evaluation cached."""

    def __init__(self, checkups: Checkups, checkup_id: str):
        self.checkups = checkups
        self.id = checkup_id
        self._assessment: Assessment | None = None
        self._evaluation: Evaluation | None = None
        self._previous: tuple[Assessment | None] | None = None
        self._comparison: tuple[Comparison | None] | None = None
        self._pending_notes: dict[str, str] = {}   # notes of questions not answered yet
        self._summary_due = False
        self._position: str | None = None           # not written yet
        self._content: Content | None = None
        self._read_only: tuple[str | None] | None = None
        self._last_time: tuple[LastTime | None] | None = None

    @property
    def _store(self):
        return self.checkups.store

    # -- reading -------------------------------------------------------------------------------

    def assessment(self) -> Assessment:
        if self._assessment is None:
            self._assessment = self._store.load_assessment(self.id)
        return self._assessment

    @property
    def content(self) -> Content:
        """The checklist this checkup was answered with (today's, or an archived version)."""
        if self._content is None:
            self._content = self.checkups.content_for(self.assessment().content_version)
        return self._content

    @property
    def read_only(self) -> str | None:
        """Why this checkup is kept as it was made (desktop.recheck OLDER or ARCHIVED), or
        None when it can be changed."""
        if self._read_only is None:
            self._read_only = (self.checkups.read_only_reason(self.assessment()),)
        return self._read_only[0]

    def _writable(self) -> None:
        if self.read_only:
            from desktop.recheck import refuse

            raise refuse(self.read_only)

    def evaluation(self) -> Evaluation:
        if self._evaluation is None:
            from checks.scoring import evaluate_assessment

            self._evaluation = evaluate_assessment(self.content, self.assessment())
        return self._evaluation

    def record(self) -> dict:
        """The checkup's row (desktop.store get_checkup: business name, dates, summary...)."""
        return self._store.get_checkup(self.id)

    def business_id(self) -> str:
        return self.assessment().business.id

    def previous(self) -> Assessment | None:
        """The checkup of the same business started just before this one, if any."""
        if self._previous is None:
            self._previous = (self.checkups.previous(self.assessment()),)
        return self._previous[0]

    def comparison(self) -> Comparison | None:
        """checks.compare.compare(previous, this one), or None for a first checkup."""
        if self._comparison is None:
            self._comparison = (self.checkups.compare(self.previous(), self.assessment()),)
        return self._comparison[0]

    def last_time(self) -> LastTime | None:
        """The previous checkup of the business as this one sees it (its answers in this
        checkup's question ids, its profile, its date), or None for a first checkup."""
        if self._last_time is None:
            from desktop.recheck import last_time

            previous = self.previous()
            self._last_time = (last_time(previous, self.content) if previous else None,)
        return self._last_time[0]

    def profile(self) -> dict:
        return self.assessment().profile

    def missing_profile(self) -> list[str]:
        """Profile questions not answered yet (the interview waits for them)."""
        from desktop.recheck import missing_profile

        return missing_profile(self.content, self.profile())

    def interview_waits_for_profile(self) -> bool:
        """Whether the interview must wait for the profile: while no question is answered and
        a profile question is not. A new checkup starts with nothing pre-filled, so its owner
        answers the whole profile first. A checkup already answered (imported from a file made
        before a profile question existed, say) opens its questions; the profile page outlines
        what is missing once asked to go on."""
        return not self.assessment().answers and bool(self.missing_profile())

    def applicable_questions(self) -> list[Question]:
        """The questions this checkup asks, in interview order (the profile decides)."""
        profile = self.profile()
        return [q for q in self.content.questions.values() if applies(q, profile)]

    def note(self, question_id: str) -> str:
        """The note on a question, answered or not."""
        answer = self.assessment().answers.get(question_id)
        if answer is not None and answer.note:
            return answer.note
        if question_id in self._pending_notes:
            return self._pending_notes[question_id]
        return self._store.get_note(self.id, question_id)

    def position(self) -> str | None:
        """The question to resume on."""
        return self._position or self._store.get_position(self.id)

    # -- answers -------------------------------------------------------------------------------

    def answer(self, question_id: str, option: str, note: str | None = None) -> Changes:
        """Record an option (and a note; None keeps the saved one)."""
        self._writable()
        self._store.save_answer(self.id, question_id, option, note)
        assessment = self.assessment()
        old = assessment.answers.get(question_id)
        pending = self._pending_notes.pop(question_id, "")
        keep_note = note if note is not None else (old.note if old else pending)
        assessment.answers[question_id] = Answer(option, keep_note, now_iso())
        return self._answers_changed()

    def clear_answer(self, question_id: str) -> Changes:
        """Forget the chosen option; a note typed on the question is kept."""
        self._writable()
        self._store.clear_answer(self.id, question_id)
        self.assessment().answers.pop(question_id, None)
        return self._answers_changed()

    def save_note(self, question_id: str, note: str) -> Changes:
        """Save a note, also on a question not answered yet. Notes change no score."""
        self._writable()
        assessment = self.assessment()
        old = assessment.answers.get(question_id)
        if old is not None and old.note == note:
            return Changes()
        self._store.save_note(self.id, question_id, note)
        if old is not None:
            assessment.answers[question_id] = dataclasses.replace(old, note=note)
        else:
            # The store keeps notes of unanswered questions; the assessment only has answers.
            self._pending_notes[question_id] = note
        return Changes(notes=True, checkup_id=self.id)

    def save_profile(self, profile: dict) -> Changes:
        """The profile decides which questions apply: scores and plan follow."""
        self._writable()
        self._store.save_profile(self.id, profile)
        self.assessment().profile = dict(profile)
        return self._answers_changed()

    def _answers_changed(self) -> Changes:
        self._evaluation = None
        self._comparison = None
        self._summary_due = True
        return Changes(answers=True, checkup_id=self.id)

    # -- action tracking -----------------------------------------------------------------------

    def set_action(self, action_id: str, status: str | None = None, owner: str | None = None,
                   due: str | None = None, note: str | None = None) -> Changes:
        """Track an action; a field left as None keeps its saved value."""
        self._writable()
        self._store.set_action(self.id, action_id, status, owner, due, note)
        assessment = self.assessment()
        tracking = assessment.actions.get(action_id) or ActionTracking()
        given = {"status": status, "owner": owner, "due": due, "note": note}
        assessment.actions[action_id] = dataclasses.replace(
            tracking, **{k: v for k, v in given.items() if v is not None})
        self._evaluation = None
        self._comparison = None
        return Changes(actions=True, checkup_id=self.id, action_id=action_id)

    # -- derived data, written at the caller's pace ----------------------------------------------

    @property
    def summary_due(self) -> bool:
        """Answers changed since the lists' summary was last written."""
        return self._summary_due

    def save_summary(self) -> Changes:
        """Write the score and completion the lists show, if answers changed."""
        if not self._summary_due:
            return Changes()
        self._summary_due = False
        evaluation = self.evaluation()
        self._store.update_summary(self.id, evaluation.score, evaluation.completion,
                                   evaluation.maturity)
        return Changes(checkup=True, checkup_id=self.id)

    def remember_position(self, question_id: str) -> None:
        """The question shown now; written by save_position()."""
        self._position = question_id

    def save_position(self) -> Changes:
        if self._position is not None and not self.read_only:
            self._store.set_position(self.id, self._position)
            self._position = None
        return Changes()

    def complete(self) -> Changes:
        """Mark the checkup complete (the first completion time is kept). A read-only checkup
        stays as it was: nothing is written."""
        if self.read_only:
            return Changes()
        self.save_summary()
        self._store.complete_checkup(self.id)
        if self._assessment is not None and not self._assessment.completed_at:
            self._assessment.completed_at = now_iso()
        return Changes(checkup=True, checkup_id=self.id)
