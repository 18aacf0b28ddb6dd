"""Pacing the plan: actions, in their one order, placed into periods within the owner's hours.

Pure Python, deterministic. Rules (also in docs/score-json.md):
- Periods count from the checkup's date: this week (7 days), this month (to one month), within
  3 months, within 12 months, later. The owner's hours in a period are their monthly hours times
  its length in months: 1/4 (a week), 3/4, 2 and 9; "later" has no limit.
- Each action is due by a period: the one holding its deadline (a legal date, else the horizon:
  now = one month, 3m, 12m); a date already past is due this week.
- Budget first: walking the order, an action whose mid-band cost would take the running total
  past the yearly budget waits until "later", and so do the actions that need it.
- Periods are filled in order, with the actions in the plan's one order while they fit: the
  first that does not fit closes the period, so nothing lower jumps ahead of it. An action
  bigger than what a period has may start the period alone; what it runs over is taken from
  the next period.
- Deadlines never reorder the plan here (an urgent legal date already ranks the action first,
  checks/ranking.py): an action placed past its period is reported late, with its hours.
Raising the hours never moves an action later (a deadline that pulled a small action into a
period's leftover room would break that: more hours let the bigger action before it in, and
push the small one out); the same input always gives the same plan.
"""
from __future__ import annotations

import datetime as _dt
import math
from dataclasses import dataclass

PERIOD_MONTHS = (0.25, 0.75, 2.0, 9.0)   # week, month, quarter, year
LATER = len(PERIOD_MONTHS)              # index of "later"
HORIZON_PERIOD = {"now": 1, "3m": 2, "12m": 3}
_EPS = 1e-9


@dataclass(frozen=True)
class Job:
    """One action to place: its effort, the last period it may sit in, what it needs first."""

    hours: float
    due: int                     # period index 0..3
    needs: tuple[int, ...] = ()  # indexes of jobs (earlier in the order) to do first
    held: bool = False           # waits for budget: goes to "later"


@dataclass(frozen=True)
class Placement:
    period: tuple[int, ...]        # period index per job (LATER = after the 12 months)
    available: tuple[float, ...]   # hours each period had (its capacity less a run-over)
    late: frozenset[int]           # jobs past their period for want of hours (not held ones)


def add_months(day: _dt.date, months: int) -> _dt.date:
    year, month = divmod(day.month - 1 + months, 12)
    year += day.year
    month += 1
    for d in (day.day, 30, 29, 28):
        try:
            return _dt.date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def period_days(start: _dt.date) -> list[tuple[_dt.date, _dt.date | None]]:
    """(first day, last day) of each period; "later" has no last day."""
    ends = [start + _dt.timedelta(days=7), add_months(start, 1), add_months(start, 3),
            add_months(start, 12)]
    out: list[tuple[_dt.date, _dt.date | None]] = []
    first = start
    for end in ends:
        out.append((first, end - _dt.timedelta(days=1)))
        first = end
    out.append((first, None))
    return out


def due_period(deadline: _dt.date, days: list[tuple[_dt.date, _dt.date | None]]) -> int:
    """The period holding the deadline (this week when it is past); at most the 12 months."""
    for k, (_first, last) in enumerate(days[:LATER]):
        if last is not None and deadline <= last:
            return k
    return LATER - 1


def capacities(monthly_hours: float) -> tuple[float, ...]:
    return tuple(monthly_hours * m for m in PERIOD_MONTHS)


def held_for_budget(costs: list[float], needs: list[tuple[int, ...]],
                    budget: float | None) -> list[bool]:
    """Which jobs wait for budget, walking the order (costs: mid-band estimates)."""
    held = [False] * len(costs)
    spent = 0.0
    for i, cost in enumerate(costs):
        if any(held[j] for j in needs[i]):
            held[i] = True
        elif budget is not None and spent + cost > budget + _EPS:
            held[i] = True
        else:
            spent += cost
    return held


def monthly_hours_needed(jobs: list[Job]) -> int:
    """The fewest whole hours a month with which no job misses its deadline (held ones aside).

    Filling is monotone in the hours (more hours never move a job later), so a search finds
    it exactly. It starts from the hours that give each deadline room for its job and every
    job before it (_first_guess), the answer or a little under it, and gallops from there:
    one to four fillings instead of the ten of a search over every possible number of hours.
    """
    def on_time(hours: int) -> bool:
        return not place(jobs, capacities(hours)).late

    guess = _first_guess(jobs)
    if on_time(guess):
        high, step = guess, 1
        while high - step > 0 and on_time(high - step):
            high, step = high - step, step * 2
        low = max(0, high - step)
    else:
        low, step = guess, 1
        while not on_time(low + step):
            low, step = low + step, step * 2
        high = low + step
    while high - low > 1:   # on_time(high) holds, on_time(low) does not (or low = 0)
        middle = (low + high) // 2
        if on_time(middle):
            high = middle
        else:
            low = middle
    return high


def _first_guess(jobs: list[Job]) -> int:
    """Hours a month with which each job's deadline period ends with room for it and every job
    before it in the order (nothing jumps ahead): where the search starts. (A job may also run
    over a period's end, so the answer can differ by a little.)"""
    through = []   # months from the start to the end of each period
    months = 0.0
    for length in PERIOD_MONTHS:
        months += length
        through.append(months)
    needed, before = 1.0, 0.0
    for job in jobs:
        if not job.held:
            before += job.hours
            needed = max(needed, before / through[job.due])
    return math.ceil(needed - _EPS)


def place(jobs: list[Job], caps: tuple[float, ...]) -> Placement:
    """Place the jobs (given in the plan's one order) into the periods of `caps`."""
    period, available = _fill(jobs, caps)
    late = {i for i, job in enumerate(jobs) if not job.held and period[i] > job.due}
    return Placement(tuple(period), tuple(available), frozenset(late))


def _fill(jobs: list[Job], caps: tuple[float, ...]) -> tuple[list[int], list[float]]:
    """Period per job and hours per period, filling periods in order (module docstring)."""
    period = [LATER] * len(jobs)
    queue = [i for i, job in enumerate(jobs) if not job.held]   # the one order, held ones out
    available: list[float] = []
    carry = 0.0
    nxt = 0  # the next job of the queue to place
    for k, cap in enumerate(caps):
        avail = cap - carry
        used = 0.0
        while nxt < len(queue):
            hours = jobs[queue[nxt]].hours
            fits = used + hours <= avail + _EPS
            if not fits and (used > 0.0 or avail <= _EPS):
                break                       # the period is closed: nothing jumps ahead
            period[queue[nxt]] = k          # it fits, or starts the period alone
            used += hours
            nxt += 1
            if not fits:
                break
        carry = max(0.0, used - avail)
        available.append(avail)
    return period, available
