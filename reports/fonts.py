"""The bundled DejaVu family (resources/fonts/, licence in LICENSE-DejaVu.txt), registered once.

Every character a French business name or note can hold (accents, œ, « », €, narrow no-break
space) is in DejaVu Sans, and so are Greek, Cyrillic and many symbols. A character the font
lacks (most emoji, CJK) is replaced by a visible fallback glyph before it reaches reportlab:
reportlab would otherwise draw an unrelated glyph for characters beyond U+FFFF.
"""
from __future__ import annotations

import threading
from pathlib import Path

from reports.font_subsets import keep_font_objects, keep_subsets

FONT_DIR = Path(__file__).resolve().parent.parent / "resources" / "fonts"

SANS = "BoussoleSans"
SANS_BOLD = "BoussoleSans-Bold"
SANS_ITALIC = "BoussoleSans-Italic"
SANS_BOLD_ITALIC = "BoussoleSans-BoldItalic"
COND = "BoussoleSansCond"
COND_BOLD = "BoussoleSansCond-Bold"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_ITALIC: "DejaVuSans-Oblique.ttf",
    SANS_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    COND: "DejaVuSansCondensed.ttf",
    COND_BOLD: "DejaVuSansCondensed-Bold.ttf",
}

FALLBACK_CHAR = "\u25a1"  # WHITE SQUARE: shown for a character the font cannot draw

_lock = threading.Lock()
_registered = False
_coverage: frozenset[int] = frozenset()


class FontError(Exception):
    """The bundled fonts are missing or unreadable."""


def register_fonts() -> None:
    """Register the family with reportlab (idempotent, thread-safe)."""
    global _registered, _coverage
    if _registered:
        return
    with _lock:
        if _registered:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        for name, filename in _FILES.items():
            path = FONT_DIR / filename
            try:
                pdfmetrics.registerFont(TTFont(name, str(path)))
            except Exception as exc:  # missing file, truncated file, not a TrueType font
                raise FontError(f"the bundled font {path} cannot be loaded ({exc}); "
                                f"reinstall Boussole") from None
        for name in _FILES:
            keep_subsets(pdfmetrics.getFont(name).face)
            keep_font_objects(pdfmetrics.getFont(name))
        for family, regular, bold in ((SANS, SANS, SANS_BOLD), (COND, COND, COND_BOLD)):
            addMapping(family, 0, 0, regular)
            addMapping(family, 1, 0, bold)
            addMapping(family, 0, 1, SANS_ITALIC)
            addMapping(family, 1, 1, SANS_BOLD_ITALIC)
        # Coverage: the intersection of the faces (a glyph missing in bold would be a box there).
        covered = None
        for name in _FILES:
            chars = set(pdfmetrics.getFont(name).face.charToGlyph)
            covered = chars if covered is None else covered & chars
        _coverage = frozenset(c for c in covered or () if c <= 0xFFFF)
        _registered = True


def coverage() -> frozenset[int]:
    register_fonts()
    return _coverage
