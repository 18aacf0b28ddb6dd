"""The report's own building blocks: headings that feed the outline and the table of contents,
the contents placeholder, paragraphs and call-out boxes, and how much user text fits where."""
from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, Table, TableStyle
from reportlab.platypus import Paragraph as _Paragraph
from reportlab.platypus.paragraph import _FUZZ

from checks.formatting import NBSP, NNBSP
from reports import kept_work, markup
from reports import styles as S

COVER_NAME_MAX = 300     # characters of a business name on the cover and in headers
CELL_TEXT_MAX = 400      # characters of user text inside a table cell (a row cannot split)
SHORT_TEXT_MAX = 120     # owner names, city...


class Paragraph(_Paragraph):
    """reportlab's Paragraph, parsed once per text and style and broken into lines once per width.

    Parsing the markup and breaking it into lines are the costliest steps of a report, and for a
    given text, style and width the result is always the same. So the parse and the lines are
    kept: on the paragraph itself (a table asks each cell for its size when it measures its
    rows, again when it splits across pages, again when it draws) and, for the next paragraphs
    and reports with the same text, in reports.kept_work.
    """

    _key: tuple | None = None      # the kept-work key when self.frags is the parse of the text
    _parsed: list | None = None    # that parse, never changed: each paragraph gets copies
    _fresh = False                 # self.frags is still the parse (not yet broken into lines)
    _shared = False                # the line layout is shared with other paragraphs
    _wrapped: tuple | None = None

    def _setup(self, text, style, bulletText, frags, cleaner):  # noqa: N803
        if frags is not None or not isinstance(text, str) \
                or not isinstance(bulletText, (str, type(None))):
            return super()._setup(text, style, bulletText, frags, cleaner)
        # reportlab breaks lines at a narrow no-break space (and draws it as a plain space): the
        # French thousands and "%" spaces of checks.formatting would split "11 564 €" over two
        # lines. A no-break space is one reportlab keeps.
        text = text.replace(NNBSP, NBSP)
        key = (text, style, bulletText, self.caseSensitive)
        kept = kept_work.PARSED.get(key)
        if kept is None:
            super()._setup(text, style, bulletText, None, cleaner)
            kept = (self.text, self.style, self.bulletText, [f.clone() for f in self.frags])
            kept_work.keep(kept_work.PARSED, key, kept)
        else:
            self.text, self.style, self.bulletText, parsed = kept
            self.frags = [f.clone() for f in parsed]
            self.debug = 0
        self._key, self._parsed, self._fresh = key, kept[3], True

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's names
        kept = self._wrapped
        if kept is None or kept[0] != availWidth:
            if not self._fresh and self._parsed is not None:
                # A new width: break the parse again (the same lines whatever came before).
                self.frags = [f.clone() for f in self._parsed]
                self._fresh, self._shared = True, False
            kept = kept_work.BROKEN.get((self._key, availWidth)) if self._fresh else None
            if kept is None:
                fresh = self._fresh
                size = super().wrap(availWidth, availHeight)
                self._fresh = self._shared = False
                if availWidth < _FUZZ:
                    return size
                kept = (availWidth, self.height, self.blPara, self._wrapWidths, self.frags,
                        self._width_max, self._splitLongWordCount, self._hyphenations)
                if fresh:   # from here on, other paragraphs may draw these same lines
                    kept_work.keep(kept_work.BROKEN, (self._key, availWidth), kept)
                    self._shared = True
            else:
                self._fresh, self._shared = False, True
            self._wrapped = kept
        (self.width, self.height, self.blPara, self._wrapWidths, self.frags, self._width_max,
         self._splitLongWordCount, self._hyphenations) = kept
        return availWidth, self.height

    def split(self, availWidth, availHeight):  # noqa: N803
        if self._shared:
            # Splitting may change the words of the lines it cuts: lay out a copy of our own.
            self._shared, self._wrapped = False, None
            self.frags = [f.clone() for f in self._parsed]
            _Paragraph.wrap(self, self.width, availHeight)
        return super().split(availWidth, availHeight)


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


def new_page_unless_nearly_empty(free: float = 0.6) -> CondPageBreak:
    """Where a section starts on a page of its own: a new page, unless this one is still nearly
    empty (more than `free` of it left, e.g. a page holding only the last rows of a table), so
    no page is left with a few lines and nothing else."""
    return CondPageBreak(S.FRAME_H * free)
