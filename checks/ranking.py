"""The plan's one order: critical risks first, then value, what an action needs right before it.

Pure Python, deterministic. Rules (also in docs/score-json.md):
- Tier 0: actions proposed by a failed critical question that names a risk of losing data,
  money or a legal fine (`risk` in the content), and actions whose legal date (`deadline`) is
  past or less than 3 months away ("deadline"); tier 1: other failed critical questions;
  tier 2: the rest. Other deadlines never reorder the plan: checks/schedule.py reports them.
- Within a tier: value = impact / burden, highest first, where burden = effort hours + the cost
  band weighed in hours (COST_HOURS); then the action id, so equal actions always come out in
  one order.
- Actions in progress come first (the owner has started them), in that order.
- An action's prerequisites (`after` in the content, when in the plan and not done) come right
  before it, pulled up if they ranked lower ("dependency").
- Priority labels follow the order: critical for tiers 0-1, else high / medium / low by value;
  an action that another one needs first shows the higher of its own label and that one's (the
  plan's n° 1 never reads "low" above a critical n° 2 that waits for it).
"""
from __future__ import annotations

from typing import Iterable, Mapping, NamedTuple

# A cost band weighed as hours of the owner's time: for a small firm, cash is scarcer than an
# afternoon. Only used to order actions, never shown.
COST_HOURS = {"free": 0.0, "lt100": 1.0, "lt1000": 4.0, "lt5000": 16.0, "more": 40.0}
PRIORITIES = ("critical", "high", "medium", "low")
# Value thresholds of the priority labels: a point of score gained per hour of burden is high.
HIGH_VALUE = 1.0
MEDIUM_VALUE = 0.3


class Candidate(NamedTuple):
    """One action proposed by the answers, with what ranks it."""

    id: str
    tier: int                 # 0, 1 or 2 (see above)
    value: float              # impact / burden
    after: tuple[str, ...]    # content `after` ids
    started: bool             # in progress
    urgent: bool = False      # a legal date past or less than 3 months away


def tier_of(critical: bool, risks: Iterable[str], urgent: bool = False) -> int:
    if urgent or (critical and any(True for _ in risks)):
        return 0
    return 1 if critical else 2


def value_of(impact: float, effort_hours: float, cost_band: str) -> float:
    burden = effort_hours + COST_HOURS[cost_band]
    return impact / burden if burden > 0 else float("inf")


def priority_of(tier: int, value: float) -> str:
    if tier < 2:
        return "critical"
    if value >= HIGH_VALUE:
        return "high"
    if value >= MEDIUM_VALUE:
        return "medium"
    return "low"


def shown_priorities(order: Iterable[tuple[str, bool]], own: Mapping[str, str],
                     needs: Mapping[str, Iterable[str]]) -> dict[str, str]:
    """Each action's label: its own, raised to the label of any open action that needs it
    first (`needs`: action -> the prerequisites still to do), along whole chains."""
    shown = dict(own)
    for aid, _pulled in reversed(list(order)):   # those who need come after what they need
        for before in needs.get(aid, ()):
            if PRIORITIES.index(shown[aid]) < PRIORITIES.index(shown[before]):
                shown[before] = shown[aid]
    return shown


def rank_key(c: Candidate) -> tuple:
    return (c.tier, -c.value, c.id)


def one_order(candidates: Iterable[Candidate]) -> list[tuple[str, bool]]:
    """(action id, pulled up by an action that needs it) in the plan's one order.

    Dependencies on actions not among the candidates (done, or not proposed) are ignored; the
    content loader refuses cycles, and a cycle would only stop the pulling, never loop.
    """
    by_id: Mapping[str, Candidate] = {c.id: c for c in candidates}
    ranked = sorted(by_id.values(), key=lambda c: (not c.started, rank_key(c)))
    out: list[tuple[str, bool]] = []
    emitted: set[str] = set()
    visiting: set[str] = set()

    def emit(c: Candidate, pulled: bool) -> None:
        if c.id in emitted or c.id in visiting:
            return
        visiting.add(c.id)
        if c.after:   # most actions need none: no sort to make (scoring 10,000 checkups)
            for need in sorted((by_id[a] for a in c.after if a in by_id), key=rank_key):
                emit(need, True)
        visiting.discard(c.id)
        emitted.add(c.id)
        out.append((c.id, pulled))

    for c in ranked:
        emit(c, False)
    return out
