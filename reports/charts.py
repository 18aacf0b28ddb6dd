"""The report's charts: one horizontal bar per module (0-100) over the maturity bands (the
summary), and per period of the plan its hours against the owner's hours (the roadmap).

A chart is a handful of rectangles, lines and strings drawn straight on the page canvas
(Chart). reportlab's graphics Drawing would draw the same marks, but it validates every
attribute of every shape as it is made, and saves, sets and restores the whole graphics state
around each one as it draws: a third of the partner edition's drawing time for two charts.
"""
from __future__ import annotations

from typing import Callable, NamedTuple

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from checks import formatting as fmt
from checks.vocabulary import MATURITY_LABELS
from reports.fonts import SANS, SANS_BOLD
from reports.markup import fit
from reports.styles import MATURITY_COLORS, MUTED, NAVY, RED, RULE, TEAL

TRACK_GREY = colors.HexColor("#9AA5B1")
TRACK = colors.Color(1, 1, 1, alpha=0.6)   # a bar's empty track: white over the band tints


class Chart(Flowable):
    """Marks drawn in order, in the chart's own coordinates (origin at its bottom left).

    Every mark sets its own colours (with their opacity) and line width: none depends on
    what was drawn before it."""

    def __init__(self, width: float, height: float):
        super().__init__()
        self.width, self.height = width, height
        self._marks: list[Callable] = []

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        for mark in self._marks:
            mark(self.canv)

    def rect(self, x: float, y: float, w: float, h: float, fill: colors.Color,
             stroke: colors.Color | None = None, stroke_width: float = 1.0) -> None:
        def mark(canv):
            canv.setFillColor(fill)
            if stroke is not None:
                canv.setStrokeColor(stroke)
                canv.setLineWidth(stroke_width)
            canv.rect(x, y, w, h, stroke=int(stroke is not None), fill=1)
        self._marks.append(mark)

    def line(self, x1: float, y1: float, x2: float, y2: float, color: colors.Color,
             width: float) -> None:
        def mark(canv):
            canv.setStrokeColor(color)
            canv.setLineWidth(width)
            canv.line(x1, y1, x2, y2)
        self._marks.append(mark)

    def string(self, x: float, y: float, text: str, font: str, size: float,
               color: colors.Color) -> None:
        def mark(canv):
            canv.setFillColor(color)
            canv.setFont(font, size)
            canv.drawString(x, y, text)
        self._marks.append(mark)


def module_bars(rows: list[tuple[str, float | None, str, bool]], width: float, lang: str,
                bands: tuple[tuple[str, float], ...]) -> Chart:
    """rows: (module title, score or None, maturity id, provisional). A bar per module, band
    ticks above; a provisional score's bar is light, outlined in its colour (not a settled
    level: checks.evaluation.is_provisional)."""
    label_w = min(150.0, width * 0.32)
    value_w = 34.0
    bar_h = 15.0
    gap = 13.0
    top = 26.0
    height = top + len(rows) * (bar_h + gap) + 6
    d = Chart(width, height)
    x0 = label_w
    plot_w = width - label_w - value_w
    # maturity band background and labels along the top
    for i, (level, low) in enumerate(bands):
        high = bands[i + 1][1] if i + 1 < len(bands) else 100.0
        bx = x0 + plot_w * low / 100
        bw = plot_w * (high - low) / 100
        col = MATURITY_COLORS[level]
        tint = colors.Color(col.red, col.green, col.blue, alpha=0.10)
        d.rect(bx, 6, bw, height - top - 2, tint)
        d.rect(bx, height - 12, bw, 3, col)
        d.string(bx + 2, height - 22, _band_label(level, lang), SANS, 6.8, MUTED)
    for tick in (0, 25, 50, 75, 100):
        tx = x0 + plot_w * tick / 100
        d.line(tx, 4, tx, 8, RULE, 0.5)
    for i, (title, value, maturity, provisional) in enumerate(rows):
        y = height - top - (i + 1) * (bar_h + gap) + gap / 2 + 2
        lines = _lines(title, label_w - 8)
        if len(lines) == 1:
            d.string(0, y + 4, lines[0], SANS_BOLD, 8.6, NAVY)
        else:
            d.string(0, y + 9, lines[0], SANS_BOLD, 8.6, NAVY)
            d.string(0, y - 1.5, lines[1], SANS_BOLD, 8.6, NAVY)
        d.rect(x0, y, plot_w, bar_h, TRACK, RULE, 0.4)
        if value is not None:
            col = MATURITY_COLORS[maturity]
            bar_w = max(1.5, plot_w * max(0.0, min(100.0, value)) / 100)
            if provisional:
                d.rect(x0, y, bar_w, bar_h, colors.Color(col.red, col.green, col.blue, alpha=0.3),
                       col, 0.9)
            else:
                d.rect(x0, y, bar_w, bar_h, col)
            text = fmt.score(value, lang)
        else:
            text = "—"
        d.string(x0 + plot_w + 6, y + 4, text, SANS_BOLD, 10, NAVY)
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


class PeriodBar(NamedTuple):
    """One row of the roadmap chart."""

    label: str               # "Cette semaine"
    dates: str               # "1er – 7 déc."
    hours: float             # effort of its actions
    room: float | None       # hours the owner has in it (None: no limit, "later")
    right: str               # "3 h sur 2 h"
    late: bool               # holds actions past their deadline


def period_bars(rows: list[PeriodBar], width: float) -> Chart:
    """The roadmap: per period, its hours against the owner's hours in it (each row on its own
    scale, so a week of 2 h reads as clearly as a year of 72 h); run-over in red, and a grey
    bar with no limit for what falls past the 12 months."""
    label_w, right_w, row_h, bar_h = 118.0, 92.0, 30.0, 12.0
    plot_w = width - label_w - right_w
    d = Chart(width, len(rows) * row_h + 4)
    for i, row in enumerate(rows):
        y = d.height - (i + 1) * row_h + (row_h - bar_h) / 2
        d.string(0, y + 6, fit(row.label, SANS_BOLD, 8.6, label_w - 6), SANS_BOLD, 8.6, NAVY)
        d.string(0, y - 4, fit(row.dates, SANS, 7.2, label_w - 6), SANS, 7.2, MUTED)
        d.rect(label_w, y, plot_w, bar_h, TRACK, RULE, 0.4)
        if row.room is None:
            scale = max(row.hours, 1.0)
            fill = TRACK_GREY
        else:
            scale = max(row.room, row.hours, 0.01)
            fill = TEAL
        within = row.hours if row.room is None else min(row.hours, row.room)
        if within > 0:
            d.rect(label_w, y, plot_w * within / scale, bar_h, fill)
        if row.room is not None and row.hours > row.room:
            x = label_w + plot_w * row.room / scale
            d.rect(x, y, plot_w * (row.hours - row.room) / scale, bar_h, RED)
            d.line(x, y - 2, x, y + bar_h + 2, NAVY, 1)
        color = RED if row.late or (row.room is not None and row.hours > row.room) else NAVY
        d.string(label_w + plot_w + 6, y + 2.5, fit(row.right, SANS_BOLD, 8.6, right_w - 6),
                 SANS_BOLD, 8.6, color)
    return d
