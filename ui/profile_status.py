"""What the profile page says about each answer: carried over from the last checkup ("repris du
diagnostic du 12 mars 2026"), or still missing when the owner wants to go on.

A business never checked starts with its profile unanswered: a hurried owner would keep a
pre-filled "Oui" that is wrong. The interview waits until every profile question has an answer
(the window sends the owner back here, and this says which ones are missing). On a re-checkup,
the last answers are carried over and marked, so the owner checks them rather than trusting them.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, QTimer
from PySide6.QtWidgets import QLabel

from ui import style
from ui.dates import format_long_date
from ui.widgets import label

SHOWN_NAMES = 3   # more missing questions are outlined, not all named: the line stays short
MISSING_STYLE = f"QFrame#card {{ border: 2px solid {style.BAD}; }}"


class ProfileStatus(QObject):
    """Marks on the profile page's cards (ui/profile_page.ProfileQuestionCard by question id)
    and the line that names the questions still missing."""

    def __init__(self, page):
        super().__init__(page)
        self.page = page
        self.missing_line = label("", "profileMissing", page)
        self.missing_line.setStyleSheet(f"color: {style.BAD}; font-weight: 600;")
        self.missing_line.setContentsMargins(24, 6, 24, 0)
        self.missing_line.setVisible(False)
        self._marks: dict[str, QLabel] = {}
        self._asked = False        # the owner tried to go on: keep the missing list up to date

    # -- carried over -----------------------------------------------------------------------

    def refresh(self, cards: dict, session) -> None:
        """Mark the answers that are the last checkup's; lock the cards of a read-only
        checkup; update the missing line once the owner has asked to go on."""
        try:
            last = session.last_time()
        except Exception:  # noqa: BLE001 - an unreadable previous checkup: no marks
            last = None
        profile = session.profile()
        read_only = bool(session.read_only)
        date = format_long_date(last.date) if last is not None else ""
        for question_id, card in cards.items():
            for widget in card.buttons.values():
                widget.setEnabled(not read_only)
            carried = (last is not None and not read_only
                       and profile.get(question_id) not in (None, [])
                       and last.profile.get(question_id) == profile.get(question_id))
            mark = self._marks.get(question_id)
            if mark is None and carried:
                mark = label("", f"carried-{question_id}", card)
                mark.setProperty("muted", True)   # the style sheet's secondary text
                card.body.insertWidget(1, mark)
                self._marks[question_id] = mark
            if mark is not None:
                mark.setText(self.tr("Repris du diagnostic du {0}").format(date) if carried else "")
                mark.setVisible(carried)
        if self._asked:
            self.check(cards, session, focus=False)

    def forget(self) -> None:
        """The cards were rebuilt (another checkup, another language)."""
        self._marks.clear()
        self._asked = False
        self.missing_line.setVisible(False)

    # -- missing ----------------------------------------------------------------------------

    def check(self, cards: dict, session, focus: bool = True) -> bool:
        """True when every profile question has an answer. Else name the missing ones, outline
        their cards and (focus) bring the first one into view with the focus on it."""
        if session.read_only:
            return True
        self._asked = True
        missing = session.missing_profile()
        for question_id, card in cards.items():
            card.setStyleSheet(MISSING_STYLE if question_id in missing else "")
        if not missing:
            self.missing_line.setVisible(False)
            return True
        lang = session.language
        quoted = [self.tr("« {0} »").format(cards[q].question.text.get(lang))
                  for q in missing if q in cards]
        if len(quoted) == 1:
            text = self.tr("Une question reste sans réponse, encadrée en rouge : {0}. Répondez-y "
                           "pour continuer.").format(quoted[0])
        elif len(quoted) <= SHOWN_NAMES:
            text = self.tr("{0} questions restent sans réponse, encadrées en rouge : {1}. "
                           "Répondez-y pour continuer.").format(
                len(quoted), self.tr(" ; ").join(quoted))
        else:   # the red outlines show them all; a few names say where to start
            text = self.tr("{0} questions restent sans réponse, encadrées en rouge, dont {1}. "
                           "Répondez-y pour continuer.").format(
                len(quoted), self.tr(" ; ").join(quoted[:SHOWN_NAMES]))
        self.missing_line.setText(text)
        self.missing_line.setAccessibleName(text)
        self.missing_line.setVisible(True)
        first = cards.get(missing[0])
        if focus and first is not None:
            next(iter(first.buttons.values())).setFocus()
            # once laid out (cards built a moment ago have no place yet)
            QTimer.singleShot(0, lambda: self._scroll_to(first))
        return False

    def _scroll_to(self, card) -> None:
        """The card's top (its question) at the top of the page, however tall the card."""
        scroll = self.page.scroll
        top = card.mapTo(scroll.widget(), QPoint(0, 0)).y()
        scroll.verticalScrollBar().setValue(max(0, top - 12))
