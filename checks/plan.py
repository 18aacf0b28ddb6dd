"""The action plan: from scored answers to a ranked, costed list of actions.

Pure Python, deterministic. Rules (also in docs/score-json.md):

- Every applicable answer below full score proposes the actions of its option
  (Question.actions_for); "je ne sais pas" proposes the question's actions.
- Answers pointing to the same action are merged into one planned action: `because` lists their
  question ids in interview order and `impact` is the sum of weight x (1 - score) over them.
- An action proposed by a failed critical question (score below FAILED_BELOW, or don't-know) is
  `critical`.
- Priority: critical, else high (impact >= 2: a weight-2 question fully failed, or more),
  medium (impact >= 1), low.
- Rank: by priority (critical, high, medium, low), then by value = impact / burden, where
  burden = effort hours + a cost band expressed in hours (COST_HOURS), then by action id so that
  equal actions always come out in the same order. Ranking inside the priority band keeps the
  priority labels in step with the order a reader sees them in.
- Quick win: priority critical or high, effort <= 2 hours, cost free or under 100 euros.
- Done actions stay in the plan (status "done"), at their rank, and in the totals: the totals are
  the budget of the whole plan, the same list the owner and the bank read.
"""
from __future__ import annotations

from typing import Iterable, Mapping, NamedTuple

from checks.assessment import ActionTracking
from checks.content import DONT_KNOW, FAILED_BELOW, HORIZONS, Action, Content, Question
from checks.evaluation import FindOut, HorizonTotal, Plan, PlannedAction

PRIORITIES = ("critical", "high", "medium", "low")
HIGH_IMPACT = 2.0
MEDIUM_IMPACT = 1.0
QUICK_WIN_MAX_HOURS = 2.0
QUICK_WIN_COSTS = ("free", "lt100")
# A cost band weighed as hours of the owner's time: for a small firm, cash is scarcer than an
# afternoon. Only used to order actions within one priority band, never shown.
COST_HOURS = {"free": 0.0, "lt100": 1.0, "lt1000": 4.0, "lt5000": 16.0, "more": 40.0}


class ScoredAnswer(NamedTuple):
    """One applicable, answered question: the plan's input (built by checks.scoring)."""

    question: Question
    option: str     # option id or DONT_KNOW
    score: float    # 0-1; DONT_KNOW counts 0


def failed_critical(answer: ScoredAnswer) -> bool:
    return answer.question.critical and answer.score < FAILED_BELOW


class _Draft:
    """An action being gathered from several answers (mutable while the plan is built)."""

    __slots__ = ("impact", "critical", "because")

    def __init__(self) -> None:
        self.impact = 0.0
        self.critical = False
        self.because: list[str] = []


def build_plan(content: Content, answers: Iterable[ScoredAnswer],
               tracking: Mapping[str, ActionTracking] | None = None) -> Plan:
    """Build the plan from applicable answered questions given in interview order.

    tracking maps action id to its ActionTracking (status, owner, due, note).
    """
    answers = tuple(answers)
    tracking = tracking or {}
    entries = []
    for aid, draft in _gather(answers).items():
        action = content.actions[aid]
        priority = priority_of(draft.impact, draft.critical)
        entries.append((_rank_key(priority, draft.impact, action), action, draft, priority))
    entries.sort(key=lambda e: e[0])  # keys end with the action id: never a tie
    ranked = tuple(_planned(action, draft, priority, rank, tracking.get(action.id))
                   for rank, (_key, action, draft, priority) in enumerate(entries, 1))
    return Plan(actions=ranked, totals=_totals(content, ranked), find_out=_find_out(answers))


def _gather(answers: tuple[ScoredAnswer, ...]) -> dict[str, _Draft]:
    drafts: dict[str, _Draft] = {}
    for answer in answers:
        if answer.score >= 1.0:
            continue
        q = answer.question
        shortfall = q.weight * (1.0 - answer.score)
        critical = failed_critical(answer)
        for aid in q.actions_for(answer.option):
            draft = drafts.setdefault(aid, _Draft())
            draft.impact += shortfall
            draft.critical = draft.critical or critical
            if q.id not in draft.because:  # an option may list an action once, but be safe
                draft.because.append(q.id)
    return drafts


def priority_of(impact: float, critical: bool) -> str:
    if critical:
        return "critical"
    if impact >= HIGH_IMPACT:
        return "high"
    if impact >= MEDIUM_IMPACT:
        return "medium"
    return "low"


def _rank_key(priority: str, impact: float, action: Action) -> tuple:
    burden = action.effort_hours + COST_HOURS[action.cost]
    value = impact / burden if burden > 0 else float("inf")
    return (PRIORITIES.index(priority), -value, action.id)


def _planned(action: Action, draft: _Draft, priority: str, rank: int,
             tracked: ActionTracking | None) -> PlannedAction:
    quick = (priority in ("critical", "high") and action.effort_hours <= QUICK_WIN_MAX_HOURS
             and action.cost in QUICK_WIN_COSTS)
    return PlannedAction(
        action=action.id, module=action.module, rank=rank, priority=priority,
        impact=round(draft.impact, 6), horizon=action.horizon,
        effort_hours=action.effort_hours, cost=action.cost, quick_win=quick,
        critical=draft.critical, because=tuple(draft.because),
        status=(tracked.status if tracked else "") or "todo",
        owner=tracked.owner if tracked else "", due=tracked.due if tracked else "",
        note=tracked.note if tracked else "")


def _totals(content: Content, actions: tuple[PlannedAction, ...]) -> tuple[HorizonTotal, ...]:
    out = []
    for horizon in HORIZONS:
        chosen = [a for a in actions if a.horizon == horizon]
        bands = [content.cost_bands[a.cost] for a in chosen]
        out.append(HorizonTotal(
            horizon=horizon, count=len(chosen),
            effort_hours=round(float(sum(a.effort_hours for a in chosen)), 2),
            cost_low=sum(b.low for b in bands), cost_high=sum(b.high for b in bands)))
    return tuple(out)


def _find_out(answers: tuple[ScoredAnswer, ...]) -> tuple[FindOut, ...]:
    return tuple(FindOut(a.question.id, a.question.module, a.question.ask)
                 for a in answers if a.option == DONT_KNOW)
