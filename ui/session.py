"""The session: the one object every page receives (no globals).

It holds the store, the content and the settings, knows which checkup is open, and caches the
assessment and its evaluation. Every change goes through it so that the store is written first
(durable on return) and the pages are told afterwards through its signals:

- ``checkup_changed(checkup_id)``: another checkup was opened (or "" when none is);
- ``answers_changed()``: an answer or the profile changed (scores, plan and applicability too);
- ``actions_changed(action_id)``: an action's tracking changed (status, owner, due, note);
- ``language_changed(lang)``: the display language changed (after the translators switched).

The cached assessment is updated in place after each write rather than reloaded, so answering a
question costs one store write plus one evaluation, well under a frame.
"""
from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:   # imported where used: the window is painted before the domain loads
    from checks.assessment import Assessment, Assessor
    from checks.content import Content, Question



SUMMARY_DELAY_MS = 1500
POSITION_DELAY_MS = 250


class Session(QObject):
    checkup_changed = Signal(str)
    answers_changed = Signal()
    actions_changed = Signal(str)
    language_changed = Signal(str)

    def __init__(self, store, content: Content, settings, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store            # None until the app has opened it (see ui.app.run)
        self._content = content
        self.settings = settings
        self.checkup_id: str | None = None
        self._assessment: Assessment | None = None
        self._evaluation = None
        self._previous: tuple[str | None, Assessment | None] | None = None
        self._comparison: tuple[Any] | None = None
        self._pending_notes: dict[str, str] = {}   # notes of questions not answered yet
        self.closed = False
        # The home list's summary (score, completion) is derived data: written a moment after
        # the answers settle, and at once when the checkup is left or closed. The answers
        # themselves are written at once, always.
        self._summary_timer = QTimer(self)
        self._summary_timer.setSingleShot(True)
        self._summary_timer.setInterval(SUMMARY_DELAY_MS)
        self._summary_timer.timeout.connect(self.flush_summary)
        self._summary_dirty = False
        # The current question is remembered a moment after it settles (racing through with
        # Enter writes only the last one) and at once when the checkup is left or closed.
        self._position: str | None = None
        self._position_timer = QTimer(self)
        self._position_timer.setSingleShot(True)
        self._position_timer.setInterval(POSITION_DELAY_MS)
        self._position_timer.timeout.connect(self.flush_position)

    @property
    def content(self) -> Content:
        """The checklist content (loaded on first use when not given)."""
        if self._content is None:
            from checks.content import load_content

            self._content = load_content()
        return self._content

    @content.setter
    def content(self, value: Content) -> None:
        self._content = value

    def attach(self, workspace, content: Content) -> None:
        """The data folder, once opened (desktop.workspace.open_workspace)."""
        self.workspace = workspace
        self.store = workspace.store
        self._content = content

    def close(self) -> None:
        """Close the store (releases the data folder). The pages must not be used after."""
        if not self.closed:
            self.flush_position()
            self.flush_summary()
            self.closed = True
            if self.store is not None:
                self.store.close()

    # -- language ------------------------------------------------------------------------------

    @property
    def language(self) -> str:
        return self.settings.get("language")

    def set_language(self, lang: str) -> None:
        """Switch the display language live: settings, translators, then every listener."""
        if lang == self.language:
            return
        self.settings.set("language", lang)
        from ui import i18n

        i18n.switch_language(lang)
        self.language_changed.emit(lang)

    # -- the open checkup ----------------------------------------------------------------------

    def open_checkup(self, checkup_id: str | None) -> None:
        self.flush_position()
        self.flush_summary()
        self.checkup_id = checkup_id or None
        self._invalidate(all_=True)
        self.checkup_changed.emit(checkup_id or "")

    def close_checkup(self) -> None:
        self.open_checkup(None)

    def _require(self) -> str:
        if not self.checkup_id:
            raise RuntimeError("no checkup is open")
        return self.checkup_id

    def _invalidate(self, all_: bool = False) -> None:
        self._evaluation = None
        self._comparison = None
        if all_:
            self._assessment = None
            self._previous = None
            self._pending_notes = {}

    def assessment(self) -> Assessment:
        if self._assessment is None:
            self._assessment = self.store.load_assessment(self._require())
        return self._assessment

    def evaluation(self):
        if self._evaluation is None:
            from checks.scoring import evaluate_assessment

            self._evaluation = evaluate_assessment(self.content, self.assessment())
        return self._evaluation

    def checkup(self) -> dict:
        return self.store.get_checkup(self._require())

    def business_id(self) -> str:
        return self.assessment().business.id

    def previous_assessment(self) -> Assessment | None:
        """The checkup of the same business started just before this one, if any."""
        if self._previous is not None and self._previous[0] == self.checkup_id:
            return self._previous[1]
        previous = None
        history = self.store.history(self.business_id())
        ids = [_checkup_id(row) for row in history]
        if self.checkup_id in ids:
            index = ids.index(self.checkup_id)
            if index > 0:
                previous = self.store.load_assessment(ids[index - 1])
        self._previous = (self.checkup_id, previous)
        return previous

    def comparison(self):
        """checks.compare.compare(previous, current), or None for a first checkup."""
        if self._comparison is None:
            previous = self.previous_assessment()
            result = None
            if previous is not None:
                from checks.compare import compare

                result = compare(self.content, previous, self.assessment())
            self._comparison = (result,)
        return self._comparison[0]

    # -- what applies --------------------------------------------------------------------------

    def profile(self) -> dict:
        return self.assessment().profile

    def applicable_questions(self) -> list[Question]:
        """The questions this checkup asks, in interview order (profile decides)."""
        profile = self.profile()
        from checks.content import applies

        return [q for q in self.content.questions.values() if applies(q, profile)]

    # -- writes: store first, then the cache, then the signal -------------------------------------

    def answer(self, question_id: str, option: str, note: str | None = None) -> None:
        checkup = self._require()
        self.store.save_answer(checkup, question_id, option, note)
        assessment = self.assessment()
        old = assessment.answers.get(question_id)
        pending = self._pending_notes.pop(question_id, "")
        keep_note = note if note is not None else (old.note if old else pending)
        from checks.assessment import Answer, now_iso

        assessment.answers[question_id] = Answer(option, keep_note, now_iso())
        self._after_answers()

    def clear_answer(self, question_id: str) -> None:
        checkup = self._require()
        self.store.clear_answer(checkup, question_id)
        self.assessment().answers.pop(question_id, None)
        self._after_answers()

    def save_note(self, question_id: str, note: str) -> None:
        """Save a note (also on an unanswered question). No signal: notes change no score."""
        checkup = self._require()
        assessment = self.assessment()
        old = assessment.answers.get(question_id)
        if old is not None and old.note == note:
            return
        self.store.save_note(checkup, question_id, note)
        if old is not None:
            assessment.answers[question_id] = dataclasses.replace(old, note=note)
        else:
            # The store keeps notes of unanswered questions; the assessment only has answers.
            self._pending_notes[question_id] = note

    def note(self, question_id: str) -> str:
        answer = self.assessment().answers.get(question_id)
        if answer is not None and answer.note:
            return answer.note
        if question_id in self._pending_notes:
            return self._pending_notes[question_id]
        getter = getattr(self.store, "get_note", None)
        return (getter(self._require(), question_id) or "") if getter else ""

    def save_profile(self, profile: dict) -> None:
        checkup = self._require()
        self.store.save_profile(checkup, profile)
        self.assessment().profile = dict(profile)
        self._after_answers()

    def _after_answers(self) -> None:
        self._invalidate()
        self._summary_dirty = True
        self._summary_timer.start()
        self.answers_changed.emit()

    def flush_summary(self) -> None:
        """Write the score and completion shown on the home page, if answers changed."""
        self._summary_timer.stop()
        if not self._summary_dirty or self.closed or not self.checkup_id:
            return
        self._summary_dirty = False
        evaluation = self.evaluation()
        self.store.update_summary(self.checkup_id, evaluation.score, evaluation.completion,
                                  evaluation.maturity)

    def set_action(self, action_id: str, **fields: Any) -> None:
        checkup = self._require()
        self.store.set_action(checkup, action_id, **fields)
        assessment = self.assessment()
        from checks.assessment import ActionTracking

        tracking = assessment.actions.get(action_id) or ActionTracking()
        known = {f.name for f in dataclasses.fields(ActionTracking)}
        assessment.actions[action_id] = dataclasses.replace(
            tracking, **{k: v for k, v in fields.items() if k in known and v is not None})
        self._evaluation = None
        self.actions_changed.emit(action_id)

    def set_position(self, question_id: str) -> None:
        if self.checkup_id:
            self._position = question_id
            self._position_timer.start()

    def flush_position(self) -> None:
        self._position_timer.stop()
        if self._position is not None and self.checkup_id and not self.closed:
            self.store.set_position(self.checkup_id, self._position)
        self._position = None

    def position(self) -> str | None:
        if not self.checkup_id:
            return None
        return self._position or self.store.get_position(self._require())

    def complete(self) -> None:
        checkup = self._require()
        self.flush_summary()
        self.store.complete_checkup(checkup)
        if self._assessment is not None and not self._assessment.completed_at:
            from checks.assessment import now_iso

            self._assessment.completed_at = now_iso()

    # -- new checkups ----------------------------------------------------------------------------

    def assessor(self) -> Assessor:
        """Who runs a new checkup: the advisor (advisor mode) or the owner."""
        from checks.assessment import Assessor

        if self.settings.get("advisor_mode"):
            advisor = self.advisor()
            return Assessor(advisor.get("name", ""), advisor.get("organisation", ""), "advisor")
        return Assessor("", "", "owner")

    def start_checkup(self, business_id: str, profile: dict | None = None) -> str:
        """Create a checkup for a business (profile: the previous one's, else defaults) and open it."""
        if profile is None:
            profile = self.content.default_profile()
            profile.update(self._business_profile(business_id))
            for row in reversed(self.store.history(business_id)):
                try:
                    previous = self.store.load_assessment(_checkup_id(row))
                except Exception:  # an unreadable old checkup must not block a new one
                    continue
                if previous.profile:
                    profile = {**profile, **previous.profile,
                               **self._business_profile(business_id)}
                    break
        checkup_id = self.store.create_checkup(business_id, self.content.version, self.language,
                                               self.assessor(), profile)
        self.open_checkup(checkup_id)
        return checkup_id

    def _business_profile(self, business_id: str) -> dict:
        """Sector and staff band of the business, as profile answers (when they are options)."""
        try:
            business = self.store.get_business(business_id)
        except Exception:  # noqa: BLE001
            return {}
        out = {}
        for profile_id, key in (("sector", "sector"), ("staff", "staff_band")):
            try:
                question = self.content.profile_question(profile_id)
            except KeyError:
                continue
            if business.get(key) in question.option_ids():
                out[profile_id] = business[key]
        return out

    def advisor(self) -> dict:
        try:
            return dict(self.store.get_advisor() or {})
        except AttributeError:
            return {}


def _checkup_id(row: dict) -> str:
    return row.get("id") or row.get("checkup_id")
