"""Colours, paragraph styles and table styles of the report (one place to tune the look)."""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from checks.maturity_palette import MATURITY_HEX, PROVISIONAL_HEX
from reports.fonts import COND, COND_BOLD, SANS, SANS_BOLD, SANS_ITALIC

PAGE_W, PAGE_H = A4
MARGIN_L = MARGIN_R = 18 * mm
MARGIN_T = 24 * mm
MARGIN_B = 20 * mm
FRAME_W = PAGE_W - MARGIN_L - MARGIN_R
FRAME_H = PAGE_H - MARGIN_T - MARGIN_B

# Palette: a deep navy for structure, a teal accent; maturity colours shared with the app
# (checks/maturity_palette.py).
NAVY = colors.HexColor("#1B2A41")
TEAL = colors.HexColor("#0F7C80")
TEAL_LIGHT = colors.HexColor("#E3F1F1")
INK = colors.HexColor("#222B36")
MUTED = colors.HexColor("#5F6B7A")
RULE = colors.HexColor("#D5DCE3")
ZEBRA = colors.HexColor("#F5F7F9")
HEAD_BG = colors.HexColor("#E9EEF3")
RED = colors.HexColor("#B3261E")
RED_LIGHT = colors.HexColor("#FBEAE8")
WHITE = colors.white

PROVISIONAL = colors.HexColor(PROVISIONAL_HEX)
MATURITY_COLORS = {level: colors.HexColor(hex_) for level, hex_ in MATURITY_HEX.items()}
PRIORITY_COLORS = {
    "critical": RED,
    "high": colors.HexColor("#C8553D"),
    "medium": colors.HexColor("#B7791F"),
    "low": MUTED,
}


def _style(name: str, **kw) -> ParagraphStyle:
    base = dict(fontName=SANS, fontSize=9.5, leading=13.5, textColor=INK, splitLongWords=1,
                allowWidows=0, allowOrphans=0)
    base.update(kw)
    return ParagraphStyle(name, **base)


BODY = _style("body", spaceAfter=5)
BODY_SMALL = _style("body_small", fontSize=8.5, leading=11.5, spaceAfter=3)
MUTED_SMALL = _style("muted_small", fontSize=8, leading=10.5, textColor=MUTED)
H1 = _style("h1", fontName=SANS_BOLD, fontSize=17, leading=21, textColor=NAVY, spaceBefore=16,
            spaceAfter=8, keepWithNext=1)
H2 = _style("h2", fontName=SANS_BOLD, fontSize=12.5, leading=16, textColor=NAVY, spaceBefore=12,
            spaceAfter=5, keepWithNext=1)
H3 = _style("h3", fontName=SANS_BOLD, fontSize=10.5, leading=14, textColor=TEAL, spaceBefore=8,
            spaceAfter=3, keepWithNext=1)
# what a table continued from the page before is (above its repeated header row)
CONTINUED = _style("continued", fontName=SANS_BOLD, fontSize=9, leading=12, textColor=NAVY,
                   spaceAfter=3)
LEAD = _style("lead", fontSize=10, leading=14.5, textColor=MUTED, spaceAfter=8)
CELL = _style("cell", fontName=COND, fontSize=8.3, leading=10.6)
CELL_BOLD = _style("cell_bold", fontName=COND_BOLD, fontSize=8.3, leading=10.6)
CELL_SMALL = _style("cell_small", fontName=COND, fontSize=7.6, leading=9.6, textColor=MUTED)
CELL_RIGHT = _style("cell_right", fontName=COND, fontSize=8.3, leading=10.6, alignment=TA_RIGHT)
CELL_CENTER = _style("cell_center", fontName=COND, fontSize=8.3, leading=10.6,
                     alignment=TA_CENTER)
CELL_HEAD = _style("cell_head", fontName=COND_BOLD, fontSize=8, leading=10, textColor=NAVY)
CELL_HEAD_RIGHT = _style("cell_head_right", fontName=COND_BOLD, fontSize=8, leading=10,
                         textColor=NAVY, alignment=TA_RIGHT)
STEP = _style("step", fontName=COND, fontSize=8, leading=10.2, textColor=INK, leftIndent=9,
              bulletIndent=0, bulletFontName=COND, bulletFontSize=7.6, spaceBefore=1)
CELL_NARROW = _style("cell_narrow", fontName=COND, fontSize=7.8, leading=10)
QUESTION = _style("question", fontName=SANS_BOLD, fontSize=9, leading=12.5, spaceBefore=6)
ANSWER = _style("answer", fontSize=9, leading=12.5, leftIndent=10)
NOTE = _style("note", fontName=SANS_ITALIC, fontSize=8.6, leading=12, leftIndent=10,
              textColor=colors.HexColor("#3C4756"), spaceAfter=2)
TOC_1 = _style("toc1", fontSize=10.5, leading=20)
COVER_KICKER = _style("cover_kicker", fontName=SANS_BOLD, fontSize=10, leading=14,
                      textColor=TEAL)
COVER_TITLE = _style("cover_title", fontName=SANS_BOLD, fontSize=25, leading=31,
                     textColor=NAVY)
COVER_BUSINESS = _style("cover_business", fontName=SANS_BOLD, fontSize=19, leading=24,
                        textColor=INK)
COVER_META = _style("cover_meta", fontSize=10, leading=14.5, textColor=INK)
COVER_LABEL = _style("cover_label", fontSize=8, leading=11, textColor=MUTED)
BIG_NUMBER = _style("big_number", fontName=SANS_BOLD, fontSize=34, leading=38, textColor=NAVY,
                    alignment=TA_LEFT)
CALLOUT = _style("callout", fontSize=9, leading=12.5, textColor=INK)
MONO_SMALL = _style("mono_small", fontSize=8.5, leading=12, textColor=INK)
# Courier is one of the 14 standard PDF fonts: its text is stored as plain ASCII in the page's
# content stream, which lets reports.verify read the printed fingerprint without a PDF library.
FINGERPRINT = _style("fingerprint", fontName="Courier-Bold", fontSize=8.6, leading=12,
                     textColor=NAVY)
# The signature block's certificate and figures fingerprints (Courier: plain ASCII, and never
# a bare 64-digit hex string, which reports.verify reserves for the checkup's fingerprint).
SEAL_MONO = _style("seal_mono", fontName="Courier", fontSize=7.6, leading=9.8, textColor=NAVY)


def _markup_colors() -> None:
    """Let the paragraphs' <font color="#B3261E"> find the report's colours at once.

    reportlab reads a colour written in markup by trying, in turn, CSS functions, colour names,
    Python literals and expressions (building a dictionary of every named colour each time)
    before hex: thousands of times per report. Its documented hook, the extra colour namespace,
    is looked up first: it gets the palette above as "#RRGGBB", upper and lower case (a colour
    written in markup that is not in the palette still works, only slower)."""
    from reportlab.lib.colors import Color, toColor

    palette = [v for v in globals().values() if isinstance(v, Color)]
    palette += [*MATURITY_COLORS.values(), *PRIORITY_COLORS.values()]
    palette += [colors.HexColor(c) for c in MARKUP_COLORS]
    names = dict(toColor.extraColorsNS)
    for color in palette:
        code = "#" + color.hexval()[2:]
        for key in (code.upper(), code.lower()):
            names.setdefault(key, color)
    toColor.setExtraColorsNameSpace(names)


# Colours the sections write in markup as literals, beyond the palette's named ones.
MARKUP_COLORS = ("#8A94A3", "#9AA5B1", "#3C4756")
_markup_colors()


def grid_style(header_rows: int = 1, zebra: bool = True, first_data_row: int | None = None):
    """The standard table look: light header, thin horizontal rules, optional zebra rows."""
    from reportlab.platypus import TableStyle

    cmds = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header_rows:
        cmds += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_BG),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, NAVY),
            ("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE"),
        ]
    if zebra:
        cmds.append(("ROWBACKGROUNDS", (0, first_data_row or header_rows), (-1, -1),
                     [WHITE, ZEBRA]))
    return TableStyle(cmds)
