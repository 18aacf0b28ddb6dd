"""The answer button draws what its state says, drawn once per look and reused."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui import option_button
from ui.option_button import OptionButton


@pytest.fixture
def buttons(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    column = QVBoxLayout(parent)
    made = [OptionButton("Oui, sur tous les ordinateurs", badge="1", parent=parent),
            OptionButton("Non", badge="2", parent=parent)]
    for button in made:
        column.addWidget(button)
    parent.resize(500, 200)
    parent.show()
    qtbot.waitExposed(parent)
    yield made   # the parent lives as long as the test (qtbot holds it weakly)


def _look(button):
    return button.grab().toImage()


def test_each_state_has_its_look_and_keeps_it(buttons, qtbot):
    first, second = buttons
    second.setFocus()
    qtbot.waitUntil(second.hasFocus)
    option_button._DRAWN.clear()
    plain = _look(first)
    assert _look(first) == plain   # drawn again from what was kept: the same
    first.setChecked(True)
    checked = _look(first)
    assert checked != plain
    first.setChecked(False)
    assert _look(first) == plain
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    focused = _look(first)
    assert focused not in (plain, checked)


def test_a_kept_look_is_the_look_drawn_fresh(buttons):
    first, second = buttons
    second.setChecked(True)
    kept = [_look(first), _look(second)]
    option_button._DRAWN.clear()
    assert [_look(first), _look(second)] == kept


def test_a_new_size_is_drawn_at_that_size(buttons):
    first, _second = buttons
    before = _look(first)
    first.resize(first.width() - 50, first.height() + 40)   # a longer text, a narrower window
    after = _look(first)
    assert after.size() != before.size()
    assert after.size() == first.size() * first.devicePixelRatioF()
    # its frame reaches the new bottom and right edges: nothing of the old size is reused
    bottom, right = after.height() - 2, after.width() - 2
    assert any(after.pixelColor(x, bottom).alpha() for x in range(after.width()))
    assert any(after.pixelColor(right, y).alpha() for y in range(after.height()))
