"""Tables that break across pages the way a reader can follow.

Grid: a reportlab Table that
  - never leaves fewer than `min_tail` rows alone on the page it continues on (the rows before
    move with them: one lone row on an otherwise empty page reads as a layout accident), and
  - can say what it is on every page it continues on: `continued` makes the caption
    ("Ce mois-ci · jusqu'au 29 décembre 2026 (suite)") put above the repeated header row, so a
    page that starts in the middle of a table names it.
RoomFor: a conditional page break that measures what must stay together (a heading, its facts
line, a table's header and first row) when the page is laid out, so a heading is never left
alone at the bottom of a page while its table starts on the next one.
"""
from __future__ import annotations

from typing import Callable

from reportlab.platypus import CondPageBreak, Flowable, Table

from reports import styles as S

_SLACK = 0.01   # points: a height that holds exactly these rows and not the next one


def _header_rows(repeat: int | tuple | list) -> int:
    return repeat if isinstance(repeat, int) else len(repeat)


class Grid(Table):
    """A Table with widow control (min_tail) and a caption on its continued parts (continued:
    makes a fresh caption flowable each time the table goes on to a new page)."""

    def __init__(self, *args, min_tail: int = 1,
                 continued: Callable[[], Flowable] | None = None, **kw):
        super().__init__(*args, **kw)
        self.min_tail = min_tail
        self.continued = continued

    def onSplit(self, T, byRow=1):  # noqa: N802, N803 - reportlab's names
        # reportlab makes the parts with self.__class__(...): give them our settings
        T.min_tail, T.continued = self.min_tail, self.continued

    def split(self, availWidth, availHeight):  # noqa: N803
        parts = super().split(availWidth, availHeight)
        if len(parts) == 2 and self.min_tail > 1:
            parts = self._keep_tail(parts, availWidth)
        if len(parts) == 2 and self.continued is not None:
            parts = [parts[0], Continued(self.continued(), parts[1])]
        return parts

    def _keep_tail(self, parts: list, width: float) -> list:
        head, tail = parts
        repeat = _header_rows(self.repeatRows)
        if head._nrows + tail._nrows - repeat != self._nrows:
            return parts            # a row was cut in two (rows taller than a page): as it is
        short = self.min_tail - (tail._nrows - repeat)
        if short <= 0:
            return parts
        keep = head._nrows - short  # rows (header included) left on this page
        if keep > repeat:
            moved = super().split(width, sum(self._rowHeights[:keep]) + _SLACK)
            return moved if len(moved) == 2 else parts
        # Too short to leave anything here: the whole table goes on, if a page can hold it.
        return [] if sum(self._rowHeights) <= S.FRAME_H * 0.9 else parts


class Continued(Flowable):
    """A table's continued part with its caption above it; splits again like the table."""

    def __init__(self, caption: Flowable, table: Table):
        super().__init__()
        self.caption = caption
        self.table = table
        self._caption_h = 0.0

    def _measure_caption(self, width: float, height: float) -> float:
        self._caption_h = self.caption.wrap(width, height)[1] + self.caption.getSpaceAfter()
        return self._caption_h

    def wrap(self, availWidth, availHeight):  # noqa: N803
        above = self._measure_caption(availWidth, availHeight)
        _, h = self.table.wrap(availWidth, availHeight - above)
        self.width, self.height = availWidth, above + h
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803
        above = self._measure_caption(availWidth, availHeight)
        parts = self.table.split(availWidth, availHeight - above)
        if not parts:
            return []
        # the table's own split captions its next part already
        return [Continued(self.caption, parts[0])] + list(parts[1:])

    def draw(self):
        # the caption first: text is read (copied, extracted, spoken) in the order it is drawn
        self.caption.drawOn(self.canv, 0, self.height - self.caption.height)
        self.table.drawOn(self.canv, 0, 0)


class RoomFor(CondPageBreak):
    """Goes to the next page unless the flowables `before` (a heading and what follows it) and
    the first `rows` rows of `table` after its header fit, with at least `at_least` points.
    Measured at layout time; never asks for more than most of a page (else at the top of a page
    it would only leave it empty)."""

    def __init__(self, before: list[Flowable], table: Table, rows: int = 1,
                 at_least: float = 0.0):
        super().__init__(at_least)
        self.before = before
        self.table = table
        self.rows = rows
        self.at_least = at_least

    def wrap(self, availWidth, availHeight):  # noqa: N803
        need = 0.0
        for f in self.before:
            need += f.wrap(availWidth, availHeight)[1] + f.getSpaceBefore() + f.getSpaceAfter()
        self.table.wrap(availWidth, availHeight)
        need += sum(self.table._rowHeights[:_header_rows(self.table.repeatRows) + self.rows])
        self.height = min(max(need, self.at_least), S.FRAME_H * 0.9)
        return super().wrap(availWidth, availHeight)
