"""User text to safe reportlab markup.

What a user typed (business name, notes, owner names) is text, never markup: it is escaped for
reportlab's Paragraph mini-language, its line breaks are kept, characters the font lacks become a
visible fallback glyph, control characters are dropped. Very long words are split at the line
width by reportlab itself (ParagraphStyle.splitLongWords, on in every style of reports/styles.py),
so a 5,000-character word wraps over lines instead of pushing a table or a page out of shape.
"""
from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape

from reports.fonts import FALLBACK_CHAR, coverage

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\ufffe\uffff]")
_NEWLINES = re.compile(r"\r\n|\r|\u2028|\u2029|\x85")


_DRAWABLE: frozenset[str] = frozenset()


def _drawable() -> frozenset[str]:
    """Every character the fonts draw, and the line break: one set test per text (the report
    cleans thousands of texts)."""
    global _DRAWABLE
    if not _DRAWABLE:
        _DRAWABLE = frozenset(map(chr, coverage())) | {"\n"}
    return _DRAWABLE


def clean(text: str | None) -> str:
    """Plain text the font can draw: NFC, no control characters, unknown glyphs replaced."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", str(text))
    text = _NEWLINES.sub("\n", text)
    text = _CONTROL.sub("", text.replace("\t", " "))
    if not _drawable().issuperset(text):
        cov = coverage()
        out = []
        prev_fallback = False
        for c in text:
            if c == "\n" or ord(c) in cov:
                out.append(c)
                prev_fallback = False
            elif unicodedata.category(c) in ("Mn", "Me", "Cf") or c in "\ufe0f\ufe0e":
                continue  # combining marks / joiners / variation selectors of an unknown glyph
            elif not prev_fallback:
                out.append(FALLBACK_CHAR)
                prev_fallback = True
        text = "".join(out)
    return text


def para(text: str | None, max_chars: int | None = None) -> str:
    """User text as Paragraph markup: escaped, line breaks kept.

    max_chars cuts the text (with an ellipsis) for places with bounded room such as table cells.
    """
    text = clean(text)
    if max_chars is not None and len(text) > max_chars:
        text = text[: max_chars - 1].rstrip() + "…"
    text = escape(text, {'"': "&quot;"})
    return text.replace("\n", "<br/>")


def line(text: str | None, max_chars: int = 200) -> str:
    """User text for a single line drawn on the canvas (headers): no markup, one line, bounded."""
    text = " ".join(clean(text).split())
    if len(text) > max_chars:
        text = text[: max_chars - 1].rstrip() + "…"
    return text


def fit(text: str, font: str, size: float, width: float) -> str:
    """Cut a single line with an ellipsis so that it fits `width` points."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if stringWidth(text[:mid] + "…", font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"
