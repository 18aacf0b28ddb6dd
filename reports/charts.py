"""The summary chart: one horizontal bar per module (0-100) over the maturity bands."""
from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from checks import formatting as fmt
from checks.vocabulary import MATURITY_LABELS
from reports.fonts import SANS, SANS_BOLD
from reports.markup import fit
from reports.styles import MATURITY_COLORS, MUTED, NAVY, RULE


def module_bars(rows: list[tuple[str, float | None, str]], width: float, lang: str,
                bands: tuple[tuple[str, float], ...]) -> Drawing:
    """rows: (module title, score or None, maturity id). A bar per module, band ticks above."""
    label_w = min(150.0, width * 0.32)
    value_w = 34.0
    bar_h = 15.0
    gap = 13.0
    top = 26.0
    height = top + len(rows) * (bar_h + gap) + 6
    d = Drawing(width, height)
    x0 = label_w
    plot_w = width - label_w - value_w
    # maturity band background and labels along the top
    for i, (level, low) in enumerate(bands):
        high = bands[i + 1][1] if i + 1 < len(bands) else 100.0
        bx = x0 + plot_w * low / 100
        bw = plot_w * (high - low) / 100
        col = MATURITY_COLORS[level]
        tint = colors.Color(col.red, col.green, col.blue, alpha=0.10)
        d.add(Rect(bx, 6, bw, height - top - 2, fillColor=tint, strokeColor=None))
        d.add(Rect(bx, height - 12, bw, 3, fillColor=col, strokeColor=None))
        d.add(String(bx + 2, height - 22, _band_label(level, lang), fontName=SANS, fontSize=6.8,
                     fillColor=MUTED))
    for tick in (0, 25, 50, 75, 100):
        tx = x0 + plot_w * tick / 100
        d.add(Line(tx, 4, tx, 8, strokeColor=RULE, strokeWidth=0.5))
    for i, (title, value, maturity) in enumerate(rows):
        y = height - top - (i + 1) * (bar_h + gap) + gap / 2 + 2
        lines = _lines(title, label_w - 8)
        if len(lines) == 1:
            d.add(String(0, y + 4, lines[0], fontName=SANS_BOLD, fontSize=8.6, fillColor=NAVY))
        else:
            d.add(String(0, y + 9, lines[0], fontName=SANS_BOLD, fontSize=8.6, fillColor=NAVY))
            d.add(String(0, y - 1.5, lines[1], fontName=SANS_BOLD, fontSize=8.6,
                         fillColor=NAVY))
        d.add(Rect(x0, y, plot_w, bar_h, fillColor=colors.Color(1, 1, 1, alpha=0.6),
                   strokeColor=RULE, strokeWidth=0.4))
        if value is not None:
            d.add(Rect(x0, y, max(1.5, plot_w * max(0.0, min(100.0, value)) / 100), bar_h,
                       fillColor=MATURITY_COLORS[maturity], strokeColor=None))
            text = fmt.score(value, lang)
        else:
            text = "—"
        d.add(String(x0 + plot_w + 6, y + 4, text, fontName=SANS_BOLD, fontSize=10,
                     fillColor=NAVY))
    return d


def _band_label(level: str, lang: str) -> str:
    return MATURITY_LABELS[level].get(lang)


def _lines(text: str, width: float) -> list[str]:
    """The label on one line, else on two (the second cut with an ellipsis)."""
    if stringWidth(text, SANS_BOLD, 8.6) <= width:
        return [text]
    words = text.split()
    first = ""
    for i, word in enumerate(words):
        trial = f"{first} {word}".strip()
        if stringWidth(trial, SANS_BOLD, 8.6) > width:
            if not first:
                return [fit(text, SANS_BOLD, 8.6, width)]
            return [first, fit(" ".join(words[i:]), SANS_BOLD, 8.6, width)]
        first = trial
    return [first]
