"""The session: the one object every page receives (no globals), a thin Qt adapter over the
application's use cases.

The use cases live in desktop/ without Qt: `Checkups` (businesses, starting a checkup, history,
the advisor) and `OpenCheckup` (the checkup being worked on: answers, notes, profile, action
tracking). Each write returns a `Changes`; the session turns it into signals, after the store
has been written (durable on return):

- ``checkup_changed(checkup_id)``: another checkup was opened (or "" when none is);
- ``answers_changed()``: an answer or the profile changed (scores, plan and applicability too);
- ``actions_changed(action_id)``: an action's tracking changed (status, owner, due, note);
- ``businesses_changed()``: a business was created, edited or erased;
- ``language_changed(lang)``: the display language changed (after the translators switched).

What the session adds is pacing: the lists' summary is written a moment after the answers
settle and the resume position a moment after the question settles (both at once when the
checkup is left or the session closed). Pages never reach the store: they call the methods
here.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:   # imported where used: the window is painted before the domain loads
    from checks.assessment import Assessment, Assessor
    from checks.compare import Comparison
    from checks.content import Content, Question
    from checks.evaluation import Plan
    from checks.scoring import Evaluation
    from desktop.checkups import Changes, Checkups
    from desktop.content_cache import Edition
    from desktop.open_checkup import OpenCheckup
    from desktop.recheck import LastTime
    from desktop.report_job import ReportRequest
    from desktop.settings import Settings
    from desktop.signing_keys import FolderSigning
    from desktop.workspace import Workspace

SUMMARY_DELAY_MS = 1500
POSITION_DELAY_MS = 250


class Session(QObject):
    checkup_changed = Signal(str)
    answers_changed = Signal()
    actions_changed = Signal(str)
    businesses_changed = Signal()
    language_changed = Signal(str)

    def __init__(self, settings: Settings, content: Content | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.settings = settings
        self._content = content
        self._edition: Edition | None = None
        self.checkups: Checkups | None = None    # the use cases, once the data is open (attach)
        self._open: OpenCheckup | None = None
        self._applicable: tuple = (None, [])   # (checkup and profile, the questions they ask)
        self.closed = False
        self._summary_timer = _single_shot(self, SUMMARY_DELAY_MS, self.flush_summary)
        self._position_timer = _single_shot(self, POSITION_DELAY_MS, self.flush_position)

    def attach(self, workspace: Workspace, content: Content | None = None) -> None:
        """The data folder, once opened (desktop.workspace.open_workspace), and the content
        when it is loaded already (else it is read on first use: a start shows the business
        list without it)."""
        from desktop.checkups import Checkups

        self.checkups = Checkups(workspace, content or self._content, self._edition)
        self._content = None   # the use cases hold it from now on
        self._applicable = (None, [])

    @property
    def workspace(self) -> Workspace | None:
        return self.checkups.workspace if self.checkups is not None else None

    @property
    def content(self) -> Content:
        """The checklist of the open checkup (the version it was answered with), else
        today's (`current_content`)."""
        if self._open is not None:
            return self._open.content
        return self.current_content

    @property
    def current_content(self) -> Content:
        """Today's checklist, the one new checkups use (loaded on first use when not given).
        checks.errors.ContentError when Boussole's content files are damaged."""
        if self.checkups is not None:
            return self.checkups.content
        if self._content is None:
            from desktop.content_cache import load_content

            self._content = load_content()
        return self._content

    def content_edition(self) -> Edition:
        """Today's checklist's version and date (desktop.content_cache.Edition), read without
        loading the checklist when it is not loaded yet."""
        from desktop.content_cache import Edition, edition

        if self.checkups is not None:
            return self.checkups.edition()
        if self._content is not None:
            return Edition(self._content.version, self._content.as_of)
        if self._edition is None:   # the start checks it before the data opens: read once
            self._edition = edition()
        return self._edition

    def close(self) -> None:
        """Close the data folder (releases its lock). The pages must not be used after."""
        if not self.closed:
            self.flush_position()
            self.flush_summary()
            self.closed = True
            if self.checkups is not None:
                self.checkups.workspace.close()

    def _emit(self, changes: Changes) -> None:
        if changes.answers:
            self._summary_timer.start()
            self.answers_changed.emit()
        if changes.actions:
            self.actions_changed.emit(changes.action_id or "")
        if changes.businesses:
            self.businesses_changed.emit()

    # -- language ------------------------------------------------------------------------------

    @property
    def language(self) -> str:
        return self.settings.get("language")

    def set_language(self, lang: str) -> None:
        """Switch the display language live: settings, translators, then every listener."""
        if lang == self.language:
            self.settings.set("language", lang)   # during a --lang run: now saved for later too
            return
        self.settings.set("language", lang)
        from ui import i18n

        i18n.switch_language(lang)
        self.language_changed.emit(lang)

    # -- businesses and the advisor --------------------------------------------------------------

    def businesses(self, search: str = "", limit: int | None = None,
                   offset: int = 0) -> list[dict]:
        return self.checkups.businesses(search, limit, offset)

    def unfinished_checkups(self, limit: int | None = None) -> list[dict]:
        return self.checkups.unfinished(limit)

    def history(self, business_id: str) -> list[dict]:
        """A business's checkups, oldest first (docs/store.md gives the row), with "read_only"."""
        return self.checkups.history(business_id)

    def business(self, business_id: str) -> dict:
        return self.checkups.business(business_id)

    def create_business(self, **fields: str) -> str:
        """A new business from the business dialog's fields; returns its id."""
        changes = self.checkups.create_business(**fields)
        self._emit(changes)
        return changes.business_id

    def edit_business(self, business_id: str, **fields: str) -> None:
        self._emit(self.checkups.edit_business(business_id, **fields))

    def erase_business(self, business_id: str) -> None:
        """Erase a business; its checkup, if open, is closed first (its summary written)."""
        if self._open is not None and self._open.id in {
                row["id"] for row in self.checkups.history(business_id)}:
            self.close_checkup()
        self._emit(self.checkups.erase_business(business_id))

    def advisor(self) -> dict:
        return self.checkups.advisor()

    # -- set-aside copies of the database (desktop/side_files.py) --------------------------------

    def side_files(self) -> list:
        from desktop.side_files import side_files

        return side_files(self.workspace)

    def delete_side_file(self, name: str) -> None:
        from desktop.side_files import delete_side_file

        delete_side_file(self.workspace, name)

    def copies_holding(self, business_id: str) -> list:
        from desktop.side_files import copies_holding

        return copies_holding(self.workspace, business_id)

    def set_advisor(self, name: str, organisation: str, logo_path: str = "") -> None:
        self._emit(self.checkups.set_advisor(name, organisation, logo_path))

    def plan_of(self, checkup_id: str) -> tuple[Plan, Content]:
        """Any checkup's paced plan and its content (the open one's from its cache)."""
        if self._open is not None and checkup_id == self._open.id:
            return self.evaluation().plan, self.content
        return self.checkups.plan_of(checkup_id)

    def assessor(self) -> Assessor:
        """Who runs a new checkup: the advisor (advisor mode) or the owner."""
        return self.checkups.assessor()

    # -- assessment files: export and import (reading and writing run in ui.workers) -------------

    def history(self, business_id: str) -> list[dict]:
        """A business's checkups, oldest first."""
        return self.checkups.history(business_id)

    def export_assessment(self, checkup_id: str) -> Assessment:
        return self.checkups.export_assessment(checkup_id)

    def stored_copy(self, assessment: Assessment) -> dict | None:
        """The checkup already here with this file's id (an import never overwrites it)."""
        return self.checkups.stored_copy(assessment)

    def import_assessment(self, assessment: Assessment) -> str:
        """Add a checkup read from a file (its business created when new); returns its id."""
        changes = self.checkups.import_assessment(assessment)
        self._emit(changes)
        return changes.checkup_id

    # -- the open checkup ----------------------------------------------------------------------

    @property
    def checkup_id(self) -> str | None:
        return self._open.id if self._open is not None else None

    def open_checkup(self, checkup_id: str | None) -> None:
        self.flush_position()
        self.flush_summary()
        from desktop.open_checkup import OpenCheckup

        self._open = OpenCheckup(self.checkups, checkup_id) if checkup_id else None
        self._applicable = (None, [])
        self.checkup_changed.emit(checkup_id or "")

    def close_checkup(self) -> None:
        self.open_checkup(None)

    def start_checkup(self, business_id: str, profile: dict | None = None) -> str:
        """Create a checkup for a business (profile: the previous one's, else defaults) and open it."""
        changes = self.checkups.start_checkup(business_id, profile, self.language)
        self._emit(changes)
        self.open_checkup(changes.checkup_id)
        return changes.checkup_id

    def _require(self) -> OpenCheckup:
        if self._open is None:
            raise RuntimeError("no checkup is open")
        return self._open

    def assessment(self) -> Assessment:
        return self._require().assessment()

    def evaluation(self) -> Evaluation:
        return self._require().evaluation()

    def checkup(self) -> dict:
        return self._require().record()

    def business_id(self) -> str:
        return self._require().business_id()

    def previous_assessment(self) -> Assessment | None:
        """The checkup of the same business started just before this one, if any."""
        return self._require().previous()

    def comparison(self) -> Comparison | None:
        """checks.compare.compare(previous, current), or None for a first checkup."""
        return self._require().comparison()

    def profile(self) -> dict:
        return self._require().profile()

    @property
    def read_only(self) -> str | None:
        """Why the open checkup is kept as it was made ("older", "archived"), or None."""
        return self._open.read_only if self._open is not None else None

    def last_time(self) -> LastTime | None:
        """The previous checkup's answers and profile as this checkup reads them, or None."""
        return self._require().last_time()

    def missing_profile(self) -> list[str]:
        """Profile questions the open checkup has no answer to yet."""
        return self._require().missing_profile()

    def interview_waits_for_profile(self) -> bool:
        """desktop.open_checkup.OpenCheckup.interview_waits_for_profile."""
        return self._require().interview_waits_for_profile()

    def applicable_questions(self) -> list[Question]:
        """The questions this checkup asks, in interview order (profile decides). Kept while
        the profile is the same: the interview asks after every answer."""
        checkup = self._require()
        key = (checkup.id, repr(checkup.profile()))
        if self._applicable[0] != key:
            self._applicable = (key, checkup.applicable_questions())
        return list(self._applicable[1])

    def note(self, question_id: str) -> str:
        return self._require().note(question_id)

    # -- writes: the use case first (store, then its cache), then the signals ---------------------

    def answer(self, question_id: str, option: str, note: str | None = None) -> None:
        self._emit(self._require().answer(question_id, option, note))

    def clear_answer(self, question_id: str) -> None:
        self._emit(self._require().clear_answer(question_id))

    def save_note(self, question_id: str, note: str) -> None:
        """Save a note (also on an unanswered question). No signal: notes change no score."""
        self._emit(self._require().save_note(question_id, note))

    def save_profile(self, profile: dict) -> None:
        self._emit(self._require().save_profile(profile))

    def set_action(self, action_id: str, **fields: Any) -> None:
        """Track an action: status, owner, due, note (None keeps the saved value)."""
        self._emit(self._require().set_action(action_id, **fields))

    def complete(self) -> None:
        self._summary_timer.stop()
        self._emit(self._require().complete())

    def flush_summary(self) -> None:
        """Write the score and completion shown on the home page, if answers changed."""
        self._summary_timer.stop()
        if self._open is not None and not self.closed:
            self._open.save_summary()

    def set_position(self, question_id: str) -> None:
        if self._open is not None:
            self._open.remember_position(question_id)
            self._position_timer.start()

    def flush_position(self) -> None:
        self._position_timer.stop()
        if self._open is not None and not self.closed:
            self._open.save_position()

    def position(self) -> str | None:
        return self._open.position() if self._open is not None else None

    # -- the report ----------------------------------------------------------------------------

    def report_request(self, out, edition: str, lang: str) -> ReportRequest:
        """What the export dialog hands to its worker: this checkup's report, with the
        previous checkup and the advisor as desktop.report_job decides."""
        from desktop.report_job import request_for

        return request_for(self._require(), out, edition=edition, lang=lang)

    def signing(self) -> FolderSigning | None:
        """The data folder's signing identities (Settings: which certificate signs reports)."""
        if self.checkups is None:
            return None
        from desktop.signing_keys import FolderSigning

        return FolderSigning.for_workspace(self.checkups.workspace)


def _single_shot(parent: QObject, msecs: int, slot) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(msecs)
    timer.timeout.connect(slot)
    return timer
