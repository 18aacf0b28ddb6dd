"""Table cells drawn by the table itself when a paragraph would draw one line in one font.

A table draws a string cell with one drawString in the cell's font and colour. A Paragraph in a
cell costs much more for the same line: it is parsed (or fetched from reports.kept_work), broken
into lines, measured again by the table, and drawn inside a saved and restored graphics state
through a text object; for the partner edition's tables of counts, hours and amounts that was
its largest drawing cost. A Plain cell is a string when its text fits on one line of its column,
else the Paragraph it stands for (so nothing is ever cut or squeezed).

The string lands where the paragraph put its line: the table's string cells and its paragraph
cells share the same baseline formulas (top: row top - top padding - font size; middle and
bottom likewise with the paragraph's height = leading x 1 line), alignment in the same padded
box, same font, size and colour, and the same characters: the words as the paragraph splits
them (reportlab.platypus.paragraph.split: on any white space but a no-break space, which is
what a narrow no-break space becomes in reports.flowables.Paragraph) joined by single spaces.
"""
from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.fonts import ps2tt, tt2ps
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Table, TableStyle
from reportlab.platypus.paragraph import split

from checks.formatting import NBSP, NNBSP
from reports.flowables import Paragraph

GRID_PADDING = 8.0   # left + right padding of reports.styles.grid_style
_ALIGN = {TA_LEFT: "LEFT", TA_RIGHT: "RIGHT", TA_CENTER: "CENTER"}


@dataclass(frozen=True)
class Plain:
    """Plain text (not markup) in a paragraph style, bold and/or in another colour if asked."""

    text: str
    style: ParagraphStyle
    bold: bool = False
    color: Color | None = None

    def font(self) -> str:
        if not self.bold:
            return self.style.fontName
        family, _, italic = ps2tt(self.style.fontName)
        return tt2ps(family, 1, italic)

    def markup(self) -> str:
        text = escape(self.text)
        if self.bold:
            text = f"<b>{text}</b>"
        if self.color is not None:
            text = f'<font color="#{self.color.hexval()[2:]}">{text}</font>'
        return text

    def line(self, width: float) -> str | None:
        """The line a paragraph would draw, if it draws the text on one line in `width`."""
        style = self.style
        if (style.leftIndent or style.rightIndent or style.firstLineIndent
                or style.alignment not in _ALIGN):
            return None
        text = " ".join(split(self.text.replace(NNBSP, NBSP)))   # as reports.flowables.Paragraph
        if stringWidth(text, self.font(), style.fontSize) > width - 0.01:
            return None
        return text

    def paragraph(self) -> Paragraph:
        return Paragraph(self.markup(), self.style)


def table(rows: list[list], col_widths: list[float], style: TableStyle,
          padding: float = GRID_PADDING, **kw) -> Table:
    """A Table whose Plain cells are strings where they fit (their font, colour and alignment
    set by commands added to `style`), Paragraphs elsewhere. padding: a column's left plus
    right padding (at least; more only makes fewer cells strings)."""
    cells: list[list] = []
    looks: dict[tuple[int, int], tuple] = {}
    for r, row in enumerate(rows):
        out = []
        for c, cell in enumerate(row):
            if isinstance(cell, Plain):
                line = cell.line(col_widths[c] - padding)
                if line is not None:
                    st = cell.style
                    looks[(r, c)] = (cell.font(), st.fontSize, st.leading,
                                     cell.color or st.textColor, _ALIGN[st.alignment])
                    cell = line
                else:
                    cell = cell.paragraph()
            out.append(cell)
        cells.append(out)
    t = Table(cells, colWidths=col_widths, **kw)
    for (c0, r0), (c1, r1), look in _blocks(looks):
        font, size, leading, color, align = look
        style.add("FONT", (c0, r0), (c1, r1), font, size, leading)
        style.add("TEXTCOLOR", (c0, r0), (c1, r1), color)
        style.add("ALIGN", (c0, r0), (c1, r1), align)
    t.setStyle(style)
    return t


def _blocks(looks: dict[tuple[int, int], tuple]):
    """Cells of the same look merged into rectangles (runs along a row, then identical runs of
    consecutive rows): a few style commands per table rather than three per cell."""
    runs: list[list] = []   # [row0, row1, col0, col1, look]
    by_row: dict[int, list] = {}
    for (r, c), look in sorted(looks.items()):
        row_runs = by_row.setdefault(r, [])
        if row_runs and row_runs[-1][3] == c - 1 and row_runs[-1][4] == look:
            row_runs[-1][3] = c
        else:
            row_runs.append([r, r, c, c, look])
    open_runs: dict[tuple, list] = {}
    for r in sorted(by_row):
        for run in by_row[r]:
            key = (run[2], run[3], run[4])
            prev = open_runs.get(key)
            if prev is not None and prev[1] == r - 1:
                prev[1] = r
            else:
                open_runs[key] = run
                runs.append(run)
    for r0, r1, c0, c1, look in runs:
        yield (c0, r0), (c1, r1), look
