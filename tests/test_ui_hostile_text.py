"""Whatever a person typed (a business name, a note) is shown as text on every page, never
interpreted as markup: a name like <b>…</b> or <img src=…> must appear literally."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel

from tests.factories import make_assessment
from tests.test_ui_flow_support import messages, open_app  # noqa: F401  (fixtures)

HOSTILE_NAME = '<b>Bold & Co</b> <img src="x"> 🥐'
HOSTILE_NOTE = "<i>note</i> & <a href='http://x'>lien</a>\nligne 2"


def _raw_markup_labels(window):
    """Labels that would render the hostile text as rich text (its tags not escaped)."""
    bad = []
    for label in window.findChildren(QLabel):
        text = label.text()
        if "<b>Bold" not in text and "<i>note" not in text:
            continue
        rich = (label.textFormat() == Qt.TextFormat.RichText
                or (label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)))
        if rich:
            bad.append((type(label.parent()).__name__, text[:80]))
    return bad


def test_every_page_shows_typed_text_literally(open_app, content, qtbot):  # noqa: F811
    from ui.pages import PageId

    window = open_app()
    assessment = make_assessment(content, "mixed", name=HOSTILE_NAME)
    first = next(iter(assessment.answers))
    assessment.answers[first].note = HOSTILE_NOTE
    checkup_id = window.session.workspace.store.import_assessment(assessment)
    window.session.open_checkup(checkup_id)
    shown_literally = 0
    for page in (PageId.HOME, PageId.PROFILE, PageId.INTERVIEW, PageId.RESULTS, PageId.PLAN):
        window.show_page(page)
        qtbot.waitUntil(lambda: window.isVisible())
        assert _raw_markup_labels(window) == [], page
        shown_literally += sum(HOSTILE_NAME in label.text() for label in window.findChildren(QLabel))
    assert shown_literally > 0, "the name should be on screen somewhere (header, titles)"
