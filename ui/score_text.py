"""A score as one short line for the lists (home page, history): "62/100 · Solide", or
"100/100 · provisoire" when too few questions are answered (checks.provisional.is_provisional):
a maturity level on 6 % of the answers would read as settled."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from checks.provisional import is_provisional
from checks.vocabulary import MATURITY_LABELS


def score_text(score: float | None, maturity: str | None, completion: float | None,
               lang: str) -> str:
    if score is None:
        return "—"
    text = f"{round(score)}/100"
    if is_provisional(completion or 0.0):
        return text + " · " + QCoreApplication.translate("ScoreText", "provisoire")
    if maturity in MATURITY_LABELS:
        text += f" · {MATURITY_LABELS[maturity].get(lang)}"
    return text
