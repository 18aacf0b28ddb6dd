"""Moving to the next question shows it in one paint, in its final layout (issue 15's answer
speed): no frame with the previous question's geometry, no row of the side list resized."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest

from tests.layout_check import settle
from tests.test_ui_flow_support import focused, messages, open_app  # noqa: F401
from tests.test_ui_interview import _interview


class PaintLog(QObject):
    """For each watched widget, the geometry it had at each of its paints."""

    def __init__(self, widgets):
        super().__init__()
        self.seen: dict[QObject, list] = {w: [] for w in widgets}
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.Paint:
            self.seen[watched].append(watched.geometry())
        return False

    def clear(self) -> None:
        for paints in self.seen.values():
            paints.clear()


def test_the_next_question_is_painted_once_in_its_final_layout(open_app, qtbot):
    window, page = _interview(open_app, qtbot)
    window.resize(1366, 768)
    settle()
    watched = [page.center.question_text, page.center.widget(), page.help]
    log = PaintLog(watched)
    for _ in range(12):   # questions of every length, help of every length
        QTest.keyClick(focused(), Qt.Key.Key_1)
        settle()
        log.clear()
        QTest.keyClick(focused(), Qt.Key.Key_Return)
        settle()
        for widget in watched:
            assert log.seen[widget] == [widget.geometry()], (
                page.current_question().id, type(widget).__name__, log.seen[widget],
                widget.geometry())


def test_moving_on_resizes_no_row_of_the_side_list(open_app, qtbot):
    """The current question's row is bold: rows are sized for bold text, so the row left and
    the row reached keep their heights (a changed height re-lays and repaints the whole list)."""
    window, page = _interview(open_app, qtbot)
    window.resize(1366, 768)
    settle()
    tree = page.list.tree
    for _ in range(12):
        before = {qid: tree.visualItemRect(item).height() for qid, item in page.list._items.items()}
        QTest.keyClick(focused(), Qt.Key.Key_1)
        QTest.keyClick(focused(), Qt.Key.Key_Return)
        settle()
        after = {qid: tree.visualItemRect(item).height() for qid, item in page.list._items.items()}
        assert after == before, page.current_question().id
