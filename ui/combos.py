"""Drop-down lists whose open list never cuts an item ("Fai…" for "Fait", or "Fait" half
hidden under the list's bottom edge).

Qt sizes a combo box's open list before the style sheet's item padding applies, so with the
app's style the last item is cut by a few pixels (issue 15); and the list is as wide as the box,
which a narrow form column would make too narrow. `fit_popup` gives the list the height of its
visible rows and the width of its widest item. Call it again after changing the items.
`popup_problems` says what an open list cuts (the layout tests use it).
"""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QStyle

POPUP_MARGIN = 24   # the item's padding and the list's frame, in pixels


def popup_width_needed(combo: QComboBox) -> int:
    """Width the open list needs to show every item whole."""
    widest = max((combo.fontMetrics().horizontalAdvance(combo.itemText(i))
                  for i in range(combo.count())), default=0)
    scroll = combo.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    return widest + scroll + POPUP_MARGIN


def fit_popup(combo: QComboBox) -> None:
    view = combo.view()
    view.setMinimumWidth(popup_width_needed(combo))
    rows = min(combo.count(), combo.maxVisibleItems())
    if rows:
        view.setMinimumHeight(rows * view.sizeHintForRow(0) + 2 * view.frameWidth())


def popup_problems(combo: QComboBox) -> list[str]:
    """What the combo's open list cuts: items below its bottom edge, or narrower than their
    text. Opens and closes the list."""
    from PySide6.QtWidgets import QApplication

    combo.showPopup()
    QApplication.processEvents()          # the list takes its final geometry
    try:
        view = combo.view()
        room = view.viewport().rect()
        fm = view.fontMetrics()
        problems = []
        for i in range(min(combo.count(), combo.maxVisibleItems())):
            rect = view.visualRect(combo.model().index(i, combo.modelColumn()))
            text = combo.itemText(i)
            if rect.bottom() > room.bottom() + 1:
                problems.append(f"{text!r}: cut at the bottom of the list "
                                f"({rect.bottom()} > {room.bottom()})")
            if fm.horizontalAdvance(text) + 8 > room.width():
                problems.append(f"{text!r}: {room.width()}px wide, needs "
                                f"{fm.horizontalAdvance(text) + 8}")
        return problems
    finally:
        combo.hidePopup()
