"""How the interview fits its window (issue 15). The one place that decides:

- short (150 % on a 1366x768 laptop leaves the page about 430 logical pixels high): every
  part of the interview turns compact (the progress strip on one line, the counter beside the
  crumb, a smaller title, tighter answers and navigation bar), so that a question's answers,
  "Je ne sais pas" included, show without scrolling;
- narrow (below WIDE): the help goes under the question, and the question list gets narrower
  so the question takes the width (fewer lines of title and answers).

The widgets only know how to look compact (`set_compact`); this decides when.
"""
from __future__ import annotations

WIDE = 1120        # below this width (logical pixels) the help goes under the question
SHORT_LINES = 34   # a page lower than this many lines of text is short (about 540 px at 100 %)
LIST_WIDTH = 290   # the question list's column, beside the question and the help
NARROW_LIST_WIDTH = 240   # ... when the help is under the question
HELP_WIDTH = 360


class InterviewFit:
    """Re-arranges an interview page (ui/interview_page.InterviewPage) on each resize."""

    def __init__(self, page):
        self.page = page
        self.short: bool | None = None
        self.beside: bool | None = None

    def update(self) -> None:
        page = self.page
        short = page.height() < page.fontMetrics().height() * SHORT_LINES
        beside = page.width() >= WIDE
        if short != self.short:
            self.short = short
            page.strip.set_compact(short)
            page.center.set_compact(short)
            top, bottom = (5, 6) if short else (10, 12)
            page.nav_bar.layout().setContentsMargins(24, top, 24, bottom)
        if beside != self.beside:
            self.beside = beside
            page.help_side.place(beside, page.center)
            sizes = page.splitter.sizes()
            side = LIST_WIDTH if beside else NARROW_LIST_WIDTH
            help_width = HELP_WIDTH if beside else 0
            centre = max(sum(sizes) - side - help_width, 0)
            page.splitter.setSizes([side, centre, help_width])
