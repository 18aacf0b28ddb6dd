"""The one rule for a provisional score, shared by the list, the results, both PDFs and the
partner figures (re-exported by checks.evaluation).

Its own module so that the home list, which shows "62/100 · provisoire", does not load the
evaluation's types (a dozen frozen dataclasses, ~10 ms) on every start.
"""
from __future__ import annotations

# Below this share of applicable questions answered (0-100), a score is provisional.
PROVISIONAL_BELOW = 80.0


def is_provisional(completion: float) -> bool:
    """A score over fewer than 80 % of the questions that apply is provisional."""
    return completion < PROVISIONAL_BELOW
