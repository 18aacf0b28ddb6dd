"""One colour per maturity level, shared by the screens (ui/charts.py, ui/score_gauge.py) and
the PDF (reports/styles.py): "Solide" is the same blue on screen and on paper.

Red to amber to blue to green: the two upper levels differ in hue, not only in shade, so they
stay apart in print and for most colour-blind readers. Plain hex strings: pure Python, each
side makes its own colour object.
"""
from __future__ import annotations

MATURITY_HEX = {
    "beginner": "#c0392b",
    "progressing": "#d4860b",
    "solid": "#2471a3",
    "advanced": "#1e8449",
}
# A provisional score (checks.evaluation.is_provisional): amber-brown, the PDF's "provisoire".
PROVISIONAL_HEX = "#b7791f"
