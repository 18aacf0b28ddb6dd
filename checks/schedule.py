"""Pacing the plan: actions, in their one order, placed into periods within the owner's hours.

Pure Python, deterministic. Rules (also in docs/score-json.md):
- Periods count from the checkup's date: this week (7 days), this month (to one month), within
  3 months, within 12 months, later. The owner's hours in a period are their monthly hours times
  its length in months: 1/4 (a week), 3/4, 2 and 9; "later" has no limit.
- Each action is due by a period: the one holding its deadline (a legal date, else the horizon:
  now = one month, 3m, 12m); a date already past is due this week.
- Budget first: walking the order, an action whose mid-band cost would take the running total
  past the yearly budget waits until "later", and so do the actions that need it.
- Periods are filled in order. Actions a deadline pulled forward (below) come first, then the
  others in the order while they fit: the first that does not fit closes the period, so nothing
  jumps ahead of it. An action bigger than what a period has left may start the period alone;
  what it runs over is taken from the next period.
- Deadlines: an action that would land past its period is pulled forward into it, with what it
  needs, when that delays no action before it in the order and makes no other action late;
  otherwise it stays where it is and is reported late.
Raising the hours never moves an action later; the same input always gives the same plan.
"""
from __future__ import annotations

import datetime as _dt
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
    pulled: frozenset[int]         # jobs a deadline pulled forward
    pulled_needs: frozenset[int]   # jobs pulled forward because a pulled job needs them
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


def monthly_hours_needed(jobs: list[Job]) -> float:
    """The fewest hours a month that could meet every deadline of the jobs not held for
    budget, counting hours alone (a lower bound: the order and whole actions may need more)."""
    need = 0.0
    months = 0.0
    for k, length in enumerate(PERIOD_MONTHS):
        months += length
        due_by_k = sum(job.hours for job in jobs if not job.held and job.due <= k)
        need = max(need, due_by_k / months)
    return need


def place(jobs: list[Job], caps: tuple[float, ...]) -> Placement:
    """Place the jobs (given in the plan's one order) into the periods of `caps`."""
    pins: dict[int, int] = {}
    period, available = _fill(jobs, caps, pins)
    base = period
    late = _late(jobs, period)
    taken, counted = _taken(jobs, period, 0), 0
    for x in sorted(late):
        taken, counted = _taken(jobs, period, x, taken, counted), x
        if x not in late or not _may_fit(jobs, period, available, x, taken):
            continue
        trial = dict(pins)
        for j in _with_needs(jobs, x):
            trial[j] = min(trial.get(j, LATER), jobs[x].due)
        new_period, new_available = _fill(jobs, caps, trial)
        new_late = _late(jobs, new_period)
        if (x not in new_late and new_late <= late
                and all(new_period[j] <= period[j] for j in range(x))):
            pins, period, available, late = trial, new_period, new_available, new_late
            taken, counted = _taken(jobs, period, x), x
    moved = {j for j in pins if period[j] < base[j]}
    targets = {x for x in moved if base[x] > jobs[x].due}
    return Placement(tuple(period), tuple(available), frozenset(targets),
                     frozenset(moved - targets), frozenset(late))


def _late(jobs: list[Job], period: list[int]) -> set[int]:
    return {i for i, job in enumerate(jobs) if not job.held and period[i] > job.due}


def _with_needs(jobs: list[Job], x: int) -> set[int]:
    out, todo = set(), [x]
    while todo:
        j = todo.pop()
        if j not in out:
            out.add(j)
            todo.extend(jobs[j].needs)
    return out


def _may_fit(jobs: list[Job], period: list[int], available: list[float], x: int,
             taken: list[float]) -> bool:
    """A quick necessary test before trying to pull x forward (it saves most of the tries when
    the owner's hours fall short): since no job before x may be delayed, x and what it still
    needs must fit in the room those jobs leave up to x's period (`taken`: their hours per
    period), unless a period there holds none of them (x could start it alone)."""
    due = jobs[x].due
    room = 0.0
    for k in range(due + 1):
        if taken[k] == 0 and available[k] > _EPS:
            return True
        room += max(0.0, available[k] - taken[k])
    need = sum(jobs[j].hours for j in _with_needs(jobs, x) if period[j] > due)
    return need <= room + _EPS


def _taken(jobs: list[Job], period: list[int], upto: int, taken: list[float] | None = None,
           since: int = 0) -> list[float]:
    """Hours per period of the jobs since..upto-1 added to `taken` (new when None)."""
    taken = [0.0] * (LATER + 1) if taken is None else taken
    for j in range(since, upto):
        taken[period[j]] += jobs[j].hours
    return taken


def _fill(jobs: list[Job], caps: tuple[float, ...],
          pins: dict[int, int]) -> tuple[list[int], list[float]]:
    """Period per job and hours per period, filling periods in order (module docstring)."""
    n = len(jobs)
    period = [LATER] * n
    pinned = sorted(pins)
    available: list[float] = []
    carry = 0.0
    first = 0  # the first job of the order not placed yet
    for k, cap in enumerate(caps):
        avail = cap - carry
        used = 0.0

        def take(j: int) -> bool:
            """Place job j in period k if it fits (or starts the period alone); False closes
            the period."""
            nonlocal used
            fits = used + jobs[j].hours <= avail + _EPS
            if fits or (used == 0.0 and avail > _EPS):
                period[j] = k
                used += jobs[j].hours
            return fits

        open_ = all(take(j) for j in pinned if period[j] == LATER and pins[j] <= k)
        if open_:
            all(take(i) for i in range(first, n) if period[i] == LATER and not jobs[i].held)
        while first < n and (period[first] != LATER or jobs[first].held):
            first += 1
        carry = max(0.0, used - avail)
        available.append(avail)
    return period, available
