"""The action plan: from scored answers to one numbered order, paced to the owner, fit to the firm.

Pure Python, deterministic. Rules (also in docs/score-json.md):

- Every applicable answer below full score proposes the actions of its option
  (Question.actions_for); "je ne sais pas" proposes the question's actions.
- Answers pointing to the same action are merged into one planned action: `because` lists their
  question ids in interview order and `impact` is the sum of weight x (1 - score) over them.
- An action proposed by a failed critical question (score below FAILED_BELOW, or don't-know) is
  `critical`; the risks those questions name (data, money, legal) rank it first.
- The one order and the priority labels: checks/ranking.py. Who, whom to ask, steps and the
  per-person cost for this firm: checks/fit.py. Periods, deadlines, hours and budget:
  checks/schedule.py.
- Each action still to do gets a number, 1..N down the plan: periods in order, and within a
  period the one order (actions in progress first). Done actions keep their rank, drop out of
  the periods and count in `progress`; marking one done pulls the next ones forward.
- Quick win: priority critical or high, effort <= 2 hours, cost free or under 100 euros.
- Totals per horizon stay the budget of the whole plan, done actions included.
"""
from __future__ import annotations

import datetime as _dt
from typing import Iterable, Mapping, NamedTuple

from checks import fit
from checks.assessment import ActionTracking
from checks.content import DONT_KNOW, FAILED_BELOW, HORIZONS, Action, Content, Question
from checks.evaluation import (PERIODS, FindOut, HorizonTotal, Overload, Period, Plan,
                               PlannedAction, Progress)
from checks.firm import ActionFit, FirmFit, firm_fit
from checks.ranking import (Candidate, one_order, priority_of, shown_priorities, tier_of,
                            value_of)
from checks.schedule import (HORIZON_PERIOD, LATER, Job, capacities, due_period,
                             held_for_budget, monthly_hours_needed, period_days, place)

URGENT_PERIOD = 2   # a legal date up to the end of the 3 months ranks its action first
QUICK_WIN_MAX_HOURS = 2.0
QUICK_WIN_COSTS = ("free", "lt100")


class ScoredAnswer(NamedTuple):
    """One applicable, answered question: the plan's input (built by checks.scoring)."""

    question: Question
    option: str     # option id or DONT_KNOW
    score: float    # 0-1; DONT_KNOW counts 0


def failed_critical(answer: ScoredAnswer) -> bool:
    return answer.question.critical and answer.score < FAILED_BELOW


class _Draft:
    """An action being gathered from several answers (mutable while the plan is built)."""

    __slots__ = ("impact", "critical", "risks", "because")

    def __init__(self) -> None:
        self.impact = 0.0
        self.critical = False
        self.risks: list[str] = []
        self.because: list[str] = []


class _Facts(NamedTuple):
    """What one proposed action is worth and costs, for this firm."""

    action: Action
    fit: ActionFit    # its people, help, steps and cost for this firm
    draft: _Draft
    tier: int
    value: float
    status: str
    urgent: bool      # a legal date past or within the first 3 months


def build_plan(content: Content, answers: Iterable[ScoredAnswer],
               tracking: Mapping[str, ActionTracking] | None = None,
               profile: Mapping | None = None, start: _dt.date | None = None,
               firm: FirmFit | None = None) -> Plan:
    """Build the plan from applicable answered questions given in interview order.

    tracking maps action id to its ActionTracking (status, owner, due, note); profile is the
    checkup's (missing answers take the content's defaults); start is the day the periods
    count from (the checkup's date; the content's date when not given); firm: the profile's
    FirmFit when the caller has it (checks.scoring does).
    """
    answers = tuple(answers)
    tracking = tracking or {}
    firm = firm or firm_fit(content, profile or {})   # who, help, steps, cost: kept per profile
    profile = firm.full
    start = start or content.as_of
    days = period_days(start)
    facts = {aid: _facts(content, aid, draft, tracking.get(aid), firm, days)
             for aid, draft in _gather(answers).items()}
    order = one_order(Candidate(aid, f.tier, f.value, f.action.after, f.status == "in_progress",
                                f.urgent) for aid, f in facts.items())
    open_ids = [aid for aid, _pulled in order if facts[aid].status != "done"]
    index = {aid: i for i, aid in enumerate(open_ids)}
    deadlines = {aid: _deadline(facts[aid].action, days) for aid in facts}
    capacity = fit.capacity(profile)
    # each action's prerequisites still to do, in the plan
    after = {aid: tuple(a for a in f.action.after if a in index) for aid, f in facts.items()}
    needs = [tuple(index[a] for a in after[aid]) for aid in open_ids]
    held = held_for_budget([(facts[a].fit.cost_low + facts[a].fit.cost_high) / 2
                            for a in open_ids],
                           needs, capacity.yearly_budget)
    jobs = [Job(facts[aid].action.effort_hours, due_period(deadlines[aid][0], days), needs[i],
                held[i]) for i, aid in enumerate(open_ids)]
    caps = capacities(capacity.monthly_hours)
    placement = place(jobs, caps)
    # by period, and in the one order within one (a stable sort keeps the order of ties)
    numbered = sorted(range(len(open_ids)), key=placement.period.__getitem__)
    number = {open_ids[i]: n for n, i in enumerate(numbered, 1)}
    pulled_up = {aid for aid, pulled in order if pulled}
    own = {aid: priority_of(f.tier, f.value) for aid, f in facts.items()}
    shown = shown_priorities(order, own, {aid: after[aid] for aid in open_ids})
    ranked = []
    for rank, (aid, _pulled) in enumerate(order, 1):
        i = index.get(aid)
        pace = _Pace(number.get(aid), PERIODS[placement.period[i]] if i is not None else "done",
                     *deadlines[aid], i is not None and i in placement.late,
                     i is not None and held[i], _why_now(facts[aid], aid in pulled_up),
                     after[aid])
        ranked.append(_planned(facts[aid], tracking.get(aid), rank, pace, own[aid], shown[aid]))
    actions = tuple(sorted((p for p in ranked if p.number is not None), key=lambda p: p.number)
                    + [p for p in ranked if p.number is None])
    return Plan(actions=actions, totals=_totals(ranked), find_out=_find_out(answers, profile),
                start=start.isoformat(), capacity=capacity,
                periods=_periods(actions, days, caps, placement.available),
                overload=_overload(actions, capacity.yearly_budget, content,
                                   monthly_hours_needed(jobs) if placement.late else 0),
                progress=Progress(sum(p.status == "done" for p in ranked),
                                  sum(p.status == "in_progress" for p in ranked), len(ranked)))


class _Pace(NamedTuple):
    """Where the scheduler put one action, and why."""

    number: int | None
    period: str
    deadline: _dt.date
    legal: bool
    late: bool
    over_budget: bool
    why_now: str
    after: tuple[str, ...]


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
            if critical:
                draft.critical = True
                draft.risks += [r for r in q.risk if r not in draft.risks]
            if q.id not in draft.because:  # an option may list an action once, but be safe
                draft.because.append(q.id)
    return drafts


def _facts(content: Content, aid: str, draft: _Draft, tracked: ActionTracking | None,
           firm: FirmFit, days: list) -> _Facts:
    action = content.actions[aid]
    fitted = firm.action(aid)
    urgent = action.deadline is not None and action.deadline <= days[URGENT_PERIOD][1]
    return _Facts(action, fitted, draft, tier_of(draft.critical, draft.risks, urgent),
                  value_of(draft.impact, action.effort_hours, fitted.band),
                  (tracked.status if tracked else "") or "todo", urgent)


def _deadline(action: Action, days: list) -> tuple[_dt.date, bool]:
    """(at the latest, is it the legal date): the horizon's period end, or an earlier legal date."""
    horizon_end = days[HORIZON_PERIOD[action.horizon]][1]
    if action.deadline is not None and action.deadline <= horizon_end:
        return action.deadline, True
    return horizon_end, False


def _why_now(f: _Facts, pulled_up: bool) -> str:
    if f.status == "in_progress":
        return "in_progress"
    if pulled_up:
        return "dependency"
    if f.urgent:
        return "deadline"
    return "critical" if f.tier < 2 else "value"


def _planned(f: _Facts, tracked: ActionTracking | None, rank: int, pace: _Pace,
             own: str, priority: str) -> PlannedAction:
    """`own`: the action's priority for its own worth (a quick win is judged by it);
    `priority`: the one shown, raised by what needs it first (checks.ranking)."""
    action, draft, fitted = f.action, f.draft, f.fit
    quick = (own in ("critical", "high") and action.effort_hours <= QUICK_WIN_MAX_HOURS
             and fitted.band in QUICK_WIN_COSTS)
    return PlannedAction.of(
        action=action.id, module=action.module, rank=rank, priority=priority,
        impact=round(draft.impact, 6), horizon=action.horizon,
        effort_hours=action.effort_hours, cost=fitted.band, quick_win=quick,
        critical=draft.critical, because=tuple(draft.because), status=f.status,
        owner=tracked.owner if tracked else "", due=tracked.due if tracked else "",
        note=tracked.note if tracked else "",
        number=pace.number, period=pace.period, deadline=pace.deadline.isoformat(),
        legal_deadline=pace.legal, late=pace.late, over_budget=pace.over_budget,
        why_now=pace.why_now, after=pace.after, who=fitted.who,
        # help beside who does it: a contact already named there (the accountant, a help
        # contact and a role by the same id) is not said twice
        help=tuple(h for h in fitted.help if h not in fitted.who),
        steps=fitted.steps, cost_low=fitted.cost_low, cost_high=fitted.cost_high,
        per_user=action.cost_per_user is not None)


def _periods(actions: tuple[PlannedAction, ...], days: list, caps: tuple[float, ...],
             available: tuple[float, ...]) -> tuple[Period, ...]:
    by_period: dict[str, list[PlannedAction]] = {pid: [] for pid in PERIODS}
    for a in actions:
        if a.period in by_period:   # not the done ones
            by_period[a.period].append(a)
    out = []
    for k, pid in enumerate(PERIODS):
        chosen = by_period[pid]
        hours = round(float(sum(a.effort_hours for a in chosen)), 2)
        first, last = days[k]
        room = round(max(0.0, available[k]), 2) if k < LATER else None
        out.append(Period(
            id=pid, start=first.isoformat(), end=last.isoformat() if last else "",
            capacity_hours=round(caps[k], 2) if k < LATER else None, available_hours=room,
            hours=hours, cost_low=sum(a.cost_low for a in chosen),
            cost_high=sum(a.cost_high for a in chosen), actions=tuple(a.action for a in chosen),
            over_hours=round(max(0.0, hours - room), 2) if room is not None else 0.0,
            late=sum(a.late for a in chosen)))
    return tuple(out)


def _overload(actions: tuple[PlannedAction, ...], budget: int | None, content: Content,
              hours_needed: float) -> Overload:
    late = [a for a in actions if a.late]
    held = [a for a in actions if a.over_budget]
    if not late and not held:
        return Overload()
    helpers = tuple(dict.fromkeys(r for a in late + held for r in a.who
                                  if r not in ("owner", "staff")))
    help_ids = ("cci",) + (("cybermalveillance",) if fit.TO_CHOOSE in helpers else ())
    spend = sum((a.cost_low + a.cost_high) / 2 for a in actions if a.number is not None)
    return Overload(
        late=tuple(a.action for a in late),
        missing_hours=round(float(sum(a.effort_hours for a in late)), 2),
        monthly_hours_needed=float(hours_needed),
        over_budget=tuple(a.action for a in held),
        missing_budget=max(0, round(spend - budget)) if budget is not None and held else 0,
        helpers=helpers, help=tuple(h for h in help_ids if h in content.help))


def _totals(actions: list[PlannedAction]) -> tuple[HorizonTotal, ...]:
    by_horizon: dict[str, list[PlannedAction]] = {h: [] for h in HORIZONS}
    for a in actions:
        by_horizon[a.horizon].append(a)
    out = []
    for horizon in HORIZONS:
        chosen = by_horizon[horizon]
        out.append(HorizonTotal(
            horizon=horizon, count=len(chosen),
            effort_hours=round(float(sum(a.effort_hours for a in chosen)), 2),
            cost_low=sum(a.cost_low for a in chosen), cost_high=sum(a.cost_high for a in chosen)))
    return tuple(out)


def _find_out(answers: tuple[ScoredAnswer, ...], profile: Mapping) -> tuple[FindOut, ...]:
    return tuple(FindOut(a.question.id, a.question.module, fit.resolve_ask(a.question.ask, profile))
                 for a in answers if a.option == DONT_KNOW)
