"""The wrapped label keeps its heights per width, and never answers for a text, font or style
it no longer has."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ui.wrap_label import WrapLabel

TEXTS = [
    "Oui",
    "Avez-vous une liste à jour de vos ordinateurs, téléphones et tablettes ?",
    "Une étiquette <b>qui n'est pas</b> du balisage & un émoji 🥖 " * 6,
    "mot " * 2500,   # 10,000 characters
]
WIDTHS = [40, 120, 333, 800]


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _pair(parent, text):
    cached, plain = WrapLabel(text, parent), QLabel(text, parent)
    for label in (cached, plain):   # as label() makes them
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
    return cached, plain


@pytest.mark.parametrize("text", TEXTS)
def test_heights_are_qlabels_own(parent, text):
    cached, plain = _pair(parent, text)
    for width in WIDTHS + WIDTHS:   # the second round is answered from what was kept
        assert cached.heightForWidth(width) == plain.heightForWidth(width)


def test_a_new_text_font_style_or_margin_is_measured_again(parent):
    cached, plain = _pair(parent, TEXTS[1])
    before = cached.heightForWidth(200)
    for label in (cached, plain):
        label.setText(TEXTS[2])
    assert cached.heightForWidth(200) == plain.heightForWidth(200) != before

    for label in (cached, plain):
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        label.setFont(font)
    assert cached.heightForWidth(200) == plain.heightForWidth(200)

    for label in (cached, plain):
        label.setStyleSheet("padding: 20px;")
    assert cached.heightForWidth(200) == plain.heightForWidth(200)

    for label in (cached, plain):
        label.setContentsMargins(0, 30, 0, 30)
    assert cached.heightForWidth(200) == plain.heightForWidth(200)


def test_many_widths_do_not_grow_what_is_kept(parent):
    cached, plain = _pair(parent, TEXTS[2])
    for width in range(100, 1100):   # a window dragged wider, pixel by pixel
        assert cached.heightForWidth(width) == plain.heightForWidth(width)
    assert 0 < len(cached._kept) <= 64   # kept, and bounded


def _column(parent, text):
    from ui.wrap_label import ColumnLabel

    column, plain = ColumnLabel(text, parent), QLabel(text, parent)
    for label in (column, plain):
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
    return column, plain


@pytest.mark.parametrize("text", TEXTS[:3])
def test_a_column_label_asks_for_its_widest_word_and_a_comfortable_line(parent, text):
    column, plain = _column(parent, text)
    metrics = column.fontMetrics()
    widest = max(metrics.horizontalAdvance(word) for word in text.split())
    assert column.minimumSizeHint().width() >= widest   # no word is ever cut
    hint = column.sizeHint()
    assert hint.height() == plain.heightForWidth(hint.width())   # all its text, at that width
    if len(text) <= 40:   # a short text: on one line
        assert hint.height() == plain.heightForWidth(100_000)
    else:                 # a long one: about forty characters a line
        assert 30 * metrics.averageCharWidth() <= hint.width() <= 50 * metrics.averageCharWidth()


@pytest.mark.parametrize("kept_a_document", ["rich", "selectable", "focusable"])
def test_a_column_label_with_a_text_document_answers_as_qlabel(parent, kept_a_document):
    """Rich, selectable or focusable, QLabel lays the text out in a document sized by its
    own answers: the column label lets it answer."""
    from ui.select_on_press import SELECTABLE

    column, plain = _column(parent, TEXTS[1])
    for label in (column, plain):
        if kept_a_document == "rich":
            label.setTextFormat(Qt.TextFormat.RichText)
        elif kept_a_document == "selectable":
            label.setTextInteractionFlags(SELECTABLE)
        else:
            label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    assert column.sizeHint() == plain.sizeHint()
    assert column.minimumSizeHint() == plain.minimumSizeHint()
    assert column.heightForWidth(150) == plain.heightForWidth(150)
