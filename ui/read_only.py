"""Checkups kept as they were made: the banner that says so, and the locks on the fields that
would change them.

A checkup is read-only when a later checkup of the same business exists (it is history) or when
it was answered with an archived checklist version (desktop.recheck decides; the session says
why in `session.read_only`). Its results, plan and PDF export still work. The store refuses
every write to it anyway; the locks here make that visible instead of failing on a click.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ui.dates import format_long_date
from ui.widgets import Card, button, label

OLDER = "older"          # desktop.recheck.OLDER
ARCHIVED = "archived"    # desktop.recheck.ARCHIVED


class ReadOnlyBanner(QWidget):
    """Under the header on the pages of a read-only checkup: why, and the way forward."""

    latest_requested = Signal(str)        # checkup id: the business's latest checkup
    new_checkup_requested = Signal(str)   # business id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 8, 16, 0)
        card = Card(self, name="banner", margins=12)
        outer.addWidget(card)
        row = QHBoxLayout()
        row.setSpacing(12)
        self.text = label("", "", card)
        self.text.setObjectName("readOnlyText")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.text, 1)
        self.action = button("", card, primary=False, name="readOnlyAction")
        self.action.clicked.connect(self._act)
        row.addWidget(self.action, 0, Qt.AlignmentFlag.AlignVCenter)
        card.body.addLayout(row)
        self._reason: str | None = None
        self._target = ""
        self.setVisible(False)

    def refresh(self, session, in_checkup: bool) -> None:
        """Show the banner for the session's open checkup when it is read-only and a page of
        the checkup is shown; hide it otherwise."""
        reason = session.read_only if in_checkup and session.checkup_id else None
        if reason is None:
            self.show_for(None, "", "", "", "")
            return
        assessment = session.assessment()
        history = session.history(assessment.business.id)
        self.show_for(reason, assessment.completed_at or assessment.started_at,
                      assessment.content_version, assessment.business.id,
                      history[-1]["id"] if history else "")

    def show_for(self, reason: str | None, date_iso: str, version: str, business_id: str,
                 latest_id: str) -> None:
        """Show why the open checkup cannot be changed (reason None: hide the banner)."""
        self._reason = reason
        if reason is None:
            self.setVisible(False)
            return
        date = format_long_date(date_iso)
        if reason == OLDER:
            text = self.tr("Diagnostic du {0}, en lecture seule : un diagnostic plus récent "
                           "existe pour cette entreprise. Il reste tel qu'il a été fait ; ses "
                           "résultats, son plan et l'export PDF restent disponibles.").format(date)
            self.action.setText(self.tr("Ouvrir le plus récent"))
            self._target = latest_id
        else:
            text = self.tr("Diagnostic fait avec le questionnaire {0}, en lecture seule : il "
                           "s'affiche et se calcule avec les questions de l'époque. Pour le mettre "
                           "à jour, commencez un nouveau diagnostic : ses réponses y seront "
                           "proposées.").format(version)
            self.action.setText(self.tr("Nouveau diagnostic"))
            self._target = business_id
        self.text.setText(text)
        self.text.setAccessibleName(text)
        self.action.setVisible(bool(self._target))
        self.setVisible(True)

    def _act(self) -> None:
        if self._reason == OLDER:
            self.latest_requested.emit(self._target)
        elif self._reason == ARCHIVED:
            self.new_checkup_requested.emit(self._target)


def lock_question(view, locked: bool) -> None:
    """The interview's answers and note (ui/question_view.QuestionView) shown, not changed."""
    for widget in (*view.option_buttons, view.dont_know):
        if widget.isEnabled() == locked:
            widget.setEnabled(not locked)
    view.note.setReadOnly(locked)
    # the focus rests on the question's text, so Enter still goes on to the next question;
    # unlocked, the label takes no focus, as QLabel by default (a label that can take the focus
    # keeps a text document, laid out again at every question)
    view.question_text.setFocusPolicy(Qt.FocusPolicy.StrongFocus if locked
                                      else Qt.FocusPolicy.NoFocus)


def lock_action_card(card, locked: bool) -> None:
    """An action's tracking (ui/action_editor.TrackingFields) shown, not changed."""
    for widget in (card.status, card.due):
        widget.setEnabled(not locked)
    card.clear_due.setVisible(not locked)
    for field in (card.owner, card.note):
        field.setReadOnly(locked)
        if locked:   # no "Qui s'en occupe ?" inviting to type where nothing can be typed
            field.setPlaceholderText("—")
