"""The report's own building blocks: headings that feed the outline and the table of contents,
the contents placeholder, paragraphs and call-out boxes, and how much user text fits where."""
from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Table, TableStyle
from reportlab.platypus import Paragraph as _Paragraph
from reportlab.platypus.paragraph import _FUZZ

from reports import markup
from reports import styles as S

COVER_NAME_MAX = 300     # characters of a business name on the cover and in headers
CELL_TEXT_MAX = 400      # characters of user text inside a table cell (a row cannot split)
SHORT_TEXT_MAX = 120     # owner names, city...


class Paragraph(_Paragraph):
    """reportlab's Paragraph, broken into lines once per width.

    A table asks each cell for its size when it measures its rows, again for each part when
    it splits across pages, and again when it draws; breaking text into lines is the costliest
    step of the report, and for a given width the result is always the same (text and style
    never change after creation). So the lines are kept with the width they were made for.
    """

    _wrapped: tuple | None = None

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's names
        kept = self._wrapped
        if kept is not None and kept[0] == availWidth:
            self.width, self.height, self.blPara, self._wrapWidths = kept
            return availWidth, self.height
        size = super().wrap(availWidth, availHeight)
        if availWidth >= _FUZZ:
            self._wrapped = (availWidth, self.height, self.blPara, self._wrapWidths)
        return size


class Heading(Paragraph):
    """A heading that becomes a bookmark, an outline entry and (level 0/1) a contents line."""

    def __init__(self, text: str, style: ParagraphStyle, level: int, key: str, toc: bool = True,
                 keep_with_next: bool = True):
        if not keep_with_next:
            # Before a long table: keeping it with the table would push both to the next page.
            style = _no_keep(style)
        super().__init__(markup.para(text), style)
        self.outline_title = markup.line(text, 120)
        self.outline_level = level
        self.outline_key = key
        self.in_toc = toc


_NO_KEEP: dict[str, ParagraphStyle] = {}


def _no_keep(style: ParagraphStyle) -> ParagraphStyle:
    if style.name not in _NO_KEEP:
        _NO_KEEP[style.name] = ParagraphStyle(style.name + "_free", parent=style, keepWithNext=0)
    return _NO_KEEP[style.name]


@dataclass
class TocSlot:
    """Where the table of contents goes: found during layout, drawn once every page is known."""

    page: int | None = None
    top: float = 0.0


class TocPlaceholder(Flowable):
    """Reserves the rest of its page for the table of contents and records where that is."""

    def __init__(self, slot: TocSlot):
        super().__init__()
        self.slot = slot

    def wrap(self, aw, ah):
        self._height = ah
        return aw, ah

    def draw(self):
        self.slot.page = self.canv.getPageNumber()
        self.slot.top = self.canv.absolutePosition(0, self._height)[1]


def para(text: str, style: ParagraphStyle = S.BODY) -> Paragraph:
    return Paragraph(text, style)


def callout(flowables: list, color, background) -> Table:
    """A tinted box with a coloured rule on its left: edition notes, critical gaps."""
    t = Table([[flowables]], colWidths=[S.FRAME_W])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), background),
        ("LINEBEFORE", (0, 0), (0, -1), 3, color),
        ("LEFTPADDING", (0, 0), (-1, -1), 9), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]))
    return t
