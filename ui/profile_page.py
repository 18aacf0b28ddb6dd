"""The profile step: a few questions about the business that decide which questions apply.

Single-choice questions are radio-like, multiple-choice ones tick-like; an exclusive option
("none", "not yet") clears the others and is cleared by them. Every change is saved at once.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from checks.content import ProfileQuestion, applies
from checks.interview_time import minutes_for
from ui import errors
from ui.option_button import OptionButton
from ui.profile_status import ProfileStatus
from ui.widgets import Card, Retranslatable, ScrollPage, button, label, press_focused_button


class ProfileQuestionCard(Card):
    changed = Signal()

    def __init__(self, question: ProfileQuestion, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.question = question
        self.body.setSpacing(8)
        self.title = label(question.text.get(lang), "sectionTitle", self)
        self.body.addWidget(self.title)
        # Exclusivity is handled in _clicked: an exclusive QButtonGroup would take the
        # unchecked options out of the Tab chain.
        self.buttons: dict[str, OptionButton] = {}
        indicator = OptionButton.CHECK if question.multiple else OptionButton.RADIO
        # a few short answers (yes / no) sit side by side; longer lists are stacked
        short = len(question.options) <= 3 and all(
            len(o.label.get(lang)) <= 32 for o in question.options)
        row = QHBoxLayout() if short else None
        if row is not None:
            row.setSpacing(8)
            self.body.addLayout(row)
        for option in question.options:
            widget = OptionButton(option.label.get(lang), indicator=indicator, parent=self,
                                  compact=True)
            widget.setObjectName(f"profile-{question.id}-{option.id}")
            widget.setAccessibleDescription(question.text.get(lang))
            self.buttons[option.id] = widget
            (row or self.body).addWidget(widget)
            widget.clicked.connect(lambda _c=False, oid=option.id: self._clicked(oid))

    def set_value(self, value) -> None:
        chosen = set(value) if isinstance(value, (list, tuple)) else {value}
        for option_id, widget in self.buttons.items():
            widget.blockSignals(True)
            widget.setChecked(option_id in chosen)
            widget.blockSignals(False)
            widget.update()

    def value(self):
        chosen = [oid for oid, w in self.buttons.items() if w.isChecked()]
        if self.question.multiple:
            return chosen
        return chosen[0] if chosen else None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Up/Down (and Left/Right) move between this question's answers."""
        keys = {Qt.Key.Key_Down: 1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_Left: -1}
        buttons = list(self.buttons.values())
        focus = next((b for b in buttons if b.hasFocus()), None)
        if event.key() in keys and focus is not None:
            buttons[(buttons.index(focus) + keys[event.key()]) % len(buttons)].setFocus()
            return
        super().keyPressEvent(event)

    def _clicked(self, option_id: str) -> None:
        if not self.question.multiple:
            for other, widget in self.buttons.items():
                widget.setChecked(other == option_id)
        elif self.buttons[option_id].isChecked():
            exclusive = set(self.question.exclusive)
            for other, widget in self.buttons.items():
                if other == option_id:
                    continue
                if option_id in exclusive or other in exclusive:
                    widget.setChecked(False)
        self.changed.emit()


class ProfilePage(Retranslatable, QWidget):
    done = Signal()

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.cards: dict[str, ProfileQuestionCard] = {}
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.scroll = ScrollPage(self, max_width=880)
        column.addWidget(self.scroll, 1)
        body = self.scroll.layout_
        self.title = label("", "pageTitle", self)
        self.intro = label("", "muted", self)
        body.addWidget(self.title)
        body.addWidget(self.intro)
        self.cards_box = QVBoxLayout()
        self.cards_box.setSpacing(12)
        body.addLayout(self.cards_box)
        body.addStretch(1)

        footer = QWidget(self)
        footer.setObjectName("footer")
        row = QHBoxLayout(footer)
        row.setContentsMargins(24, 10, 24, 12)
        self.summary = label("", "muted", footer)
        row.addWidget(self.summary, 1)
        self.continue_button = button("", footer, primary=True, name="profileContinue")
        self.continue_button.clicked.connect(self.go_on)
        row.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.status = ProfileStatus(self)   # carried-over marks, the missing answers
        column.addWidget(self.status.missing_line)
        column.addWidget(footer)
        self._built_for: tuple | None = None
        session.language_changed.connect(lambda _l: self._rebuild(force=True))
        session.checkup_changed.connect(lambda _c: setattr(self, "_built_for", None))
        self._retranslate()

    def page_entered(self) -> None:
        self._rebuild()
        first = next(iter(self.cards.values()), None)
        if first is not None:
            checked = [w for w in first.buttons.values() if w.isChecked()]
            (checked[0] if checked else next(iter(first.buttons.values()))).setFocus()
        if self.session.read_only:
            self.continue_button.setFocus()
        self.scroll.verticalScrollBar().setValue(0)

    def _rebuild(self, force: bool = False) -> None:
        if not self.session.checkup_id:
            return
        key = (self.session.checkup_id, self.session.language)
        if self._built_for == key and not force:
            self._load_values()
            return
        self._built_for = key
        while self.cards_box.count():
            item = self.cards_box.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.cards.clear()
        self.status.forget()
        lang = self.session.language
        for question in self.session.content.profile:
            card = ProfileQuestionCard(question, lang, self.scroll.column)
            card.setObjectName("card")
            card.changed.connect(self._save)
            self.cards[question.id] = card
            self.cards_box.addWidget(card)
        self._load_values()

    def _load_values(self) -> None:
        profile = self.session.profile()   # no default is taken for an answer
        for question_id, card in self.cards.items():
            card.set_value(profile.get(question_id))
        self.status.refresh(self.cards, self.session)
        self._update_summary(profile)

    def go_on(self) -> None:
        """On to the questions: once every profile question has an answer, or at once for a
        checkup already answered (the missing ones stay outlined here)."""
        complete = self.status.check(self.cards, self.session)
        if complete or not self.session.interview_waits_for_profile():
            self.done.emit()

    def show_missing(self) -> None:
        """Say which profile questions still need an answer (the window sent us back here)."""
        self.status.check(self.cards, self.session)

    def current_profile(self) -> dict:
        return {qid: card.value() for qid, card in self.cards.items()}

    def _save(self) -> None:
        profile = {k: v for k, v in self.current_profile().items() if v is not None}
        try:
            self.session.save_profile(profile)
        except Exception as exc:  # noqa: BLE001
            errors.error(self, self.tr("Le profil n'a pas pu être enregistré"), str(exc),
                         self.tr("Réessayez ; vos réponses précédentes sont conservées."))
            return
        self.status.refresh(self.cards, self.session)
        self._update_summary(profile)

    def _update_summary(self, profile: dict) -> None:
        count = sum(1 for q in self.session.content.questions.values() if applies(q, profile))
        minutes = minutes_for(count)
        self.summary.setText(self.tr("{0} questions vous concernent, environ {1} minutes.")
                             .format(count, minutes))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if press_focused_button(event):
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.go_on()
            return
        super().keyPressEvent(event)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Votre entreprise en bref"))
        self.intro.setText(self.tr("Ces réponses décident des questions qui vous concernent : "
                                   "celles qui ne s'appliquent pas ne seront pas posées. Vous "
                                   "pourrez revenir ici à tout moment."))
        self.continue_button.setText(self.tr("Continuer vers les questions"))
        self.continue_button.setAccessibleName(self.tr("Continuer vers les questions (Entrée)"))
        if self.session.checkup_id:
            self._update_summary(self.session.profile())
