"""What an evaluated checkup looks like: scores, maturity, critical gaps, the action plan.

These types are the contract between the engine (checks/scoring.py, checks/plan.py), the PDF
(reports/) and the screens (ui/). Pure data, frozen, JSON-ready through to_dict().
"""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass, fields

# A score is provisional below 80 % answered: the list, the results, both PDFs and the partner
# figures say so with the same rule.
from checks.provisional import PROVISIONAL_BELOW, is_provisional  # noqa: F401 - re-exported

# Four maturity levels, lowest first; a failed critical question caps its module at the second.
# Their words are in checks.vocabulary.MATURITY_LABELS.
MATURITY_LEVELS = ("beginner", "progressing", "solid", "advanced")
# Lower bound of each level's score band (0-100).
MATURITY_BANDS = (("beginner", 0.0), ("progressing", 40.0), ("solid", 65.0), ("advanced", 85.0))
# The plan's periods, in reading order (checks/schedule.py); "later" is past the 12 months.
PERIODS = ("week", "month", "quarter", "year", "later")
# "Cette semaine" on screen shows at least this many open actions: the week's, then the next.
WEEK_FEWEST = 3
# Why an action sits where it does (checks/plan.py); words: checks.vocabulary.WHY_NOW_LABELS.
WHY_NOW = ("in_progress", "critical", "deadline", "dependency", "value")


@dataclass(frozen=True)
class ThemeResult:
    module: str
    theme: str
    score: float | None      # 0-100, None when no applicable question is answered
    completion: float        # 0-100: answered / applicable
    answered: int
    applicable: int


@dataclass(frozen=True)
class ModuleResult:
    module: str
    score: float | None      # 0-100, None when nothing applicable is answered
    completion: float        # 0-100
    answered: int
    applicable: int
    maturity: str            # one of MATURITY_LEVELS
    capped: bool             # maturity lowered by a failed critical question
    critical_gaps: tuple[str, ...]  # question ids
    themes: tuple[ThemeResult, ...]


@dataclass(frozen=True)
class CriticalGap:
    question: str
    module: str
    option: str              # the chosen option id, or "dont_know"


@dataclass(frozen=True)
class PlannedAction:
    action: str              # action id
    module: str
    rank: int                # place in the one order (ranking, dependencies), done ones included
    priority: str            # critical | high | medium | low (follows the order, see plan.py)
    impact: float            # sum over its answers of weight x shortfall
    horizon: str             # now | 3m | 12m (the content's "at the latest")
    effort_hours: float
    cost: str                # cost band id (of the scaled cost for a per-person action)
    quick_win: bool
    critical: bool           # proposed by a failed critical question
    because: tuple[str, ...] # question ids whose answers led to it, in interview order
    status: str = "todo"     # tracking: todo | in_progress | done
    owner: str = ""
    due: str = ""
    note: str = ""
    # -- the paced plan (checks/schedule.py) and what fits this firm (checks/fit.py) --
    number: int | None = None   # 1..N as the reader goes down the plan; None when done
    period: str = ""            # one of PERIODS, or "done"
    deadline: str = ""          # ISO date: at the latest (the legal date, else the horizon's)
    legal_deadline: bool = False  # the deadline is a legal date
    late: bool = False          # the plan cannot do it by its deadline (in Plan.overload)
    over_budget: bool = False   # waits past the 12 months for want of budget
    why_now: str = "value"      # one of WHY_NOW
    after: tuple[str, ...] = ()  # actions of this plan to do first (not done yet)
    who: tuple[str, ...] = ()   # role ids resolved for the firm (checks.vocabulary.ROLES)
    help: tuple[str, ...] = ()  # help contact ids (content.help)
    steps: tuple[int, ...] = ()  # indexes of the action's steps that apply to the firm
    cost_low: int = 0           # euros, scaled to the staff for a per-person cost
    cost_high: int = 0
    per_user: bool = False      # the cost is per person (cost_per_user in the content)

    @classmethod
    def of(cls, **values) -> PlannedAction:
        """cls(**values), every field given, several times faster: a frozen dataclass's
        __init__ sets each of these 29 fields through object.__setattr__, which was 16 % of
        scoring a checkup (a plan makes one per action). The same instance: equal, same repr.
        (Only the number of fields is checked here, the cheap half; tests/test_firm.py checks
        that the plan's actions have every field by name.)"""
        if len(values) != len(_PLANNED_FIELDS):
            raise TypeError(f"PlannedAction.of() needs exactly its fields: "
                            f"{sorted(values.keys() ^ _PLANNED_FIELDS)}")
        planned = object.__new__(cls)
        planned.__dict__.update(values)
        return planned


_PLANNED_FIELDS = frozenset(f.name for f in fields(PlannedAction))


@dataclass(frozen=True)
class Period:
    """One period of the paced plan: its dates, the owner's hours, what it holds."""

    id: str                  # one of PERIODS
    start: str               # ISO date, first day
    end: str                 # ISO date, last day; "" for "later"
    capacity_hours: float | None  # the owner's hours in it (None for "later": no limit)
    available_hours: float | None  # capacity less what an action before it ran over (>= 0)
    hours: float             # effort of its actions
    cost_low: int            # euros
    cost_high: int
    actions: tuple[str, ...]  # action ids in number order
    over_hours: float        # hours beyond available_hours (one action alone bigger than it)
    late: int                # actions in it that are past their deadline


@dataclass(frozen=True)
class Capacity:
    monthly_hours: float     # the owner's hours a month for the plan
    from_staff: bool         # the default for the staff size (profile answer "auto" or none)
    yearly_budget: int | None  # euros over the 12 months; None: no set budget


@dataclass(frozen=True)
class Overload:
    """What the owner's hours and budget cannot do in time: never left unsaid."""

    late: tuple[str, ...] = ()         # action ids that miss their deadline, in number order
    missing_hours: float = 0.0         # their effort: the hours to find elsewhere
    monthly_hours_needed: float = 0.0  # fewest whole hours a month meeting every deadline
    over_budget: tuple[str, ...] = ()  # action ids pushed past the 12 months by the budget
    missing_budget: int = 0            # euros (mid-band estimates) beyond the budget
    helpers: tuple[str, ...] = ()      # role ids who could take the late actions on
    help: tuple[str, ...] = ()         # help contact ids to suggest (e.g. cci)

    @property
    def any(self) -> bool:
        return bool(self.late or self.over_budget)


@dataclass(frozen=True)
class Progress:
    done: int
    in_progress: int
    total: int               # actions in the plan, done ones included


@dataclass(frozen=True)
class HorizonTotal:
    horizon: str
    count: int
    effort_hours: float
    cost_low: int            # euros
    cost_high: int


@dataclass(frozen=True)
class FindOut:
    question: str            # question id answered "je ne sais pas"
    module: str
    ask: str                 # who to ask: it_provider, web_agency, accountant, ...


@dataclass(frozen=True)
class Week:
    """This week of a plan (Plan.week()): the actions the schedule placed in its first period and
    their hours, the figures the pace section draws; `then` are the next actions, shown after
    them with their own period, never counted as this week's."""

    actions: tuple[PlannedAction, ...]   # period "week", number order
    hours: float                         # their effort: the week Period's hours
    available_hours: float | None        # the owner's hours in it (None: no periods)
    end: str                             # ISO last day ("" when the plan has no periods)
    then: tuple[PlannedAction, ...] = ()  # the next open actions, up to `fewest` in all

    @property
    def shown(self) -> tuple[PlannedAction, ...]:
        return self.actions + self.then


@dataclass(frozen=True)
class Plan:
    actions: tuple[PlannedAction, ...]   # number order, then the done ones in rank order
    totals: tuple[HorizonTotal, ...]     # one per horizon, in HORIZONS order
    find_out: tuple[FindOut, ...]
    start: str = ""                      # ISO date the periods count from (the checkup's)
    capacity: Capacity = Capacity(8.0, True, None)
    periods: tuple[Period, ...] = ()     # one per PERIODS, in that order
    overload: Overload = Overload()
    progress: Progress = Progress(0, 0, 0)

    def by_horizon(self, horizon: str) -> tuple[PlannedAction, ...]:
        return tuple(a for a in self.actions if a.horizon == horizon)

    def select(self, period: str | None = None, status: str | None = None,
               module: str | None = None) -> tuple[PlannedAction, ...]:
        """The actions of one period / status / module (None: any), in plan order."""
        return tuple(a for a in self.actions
                     if (period is None or a.period == period)
                     and (status is None or a.status == status)
                     and (module is None or a.module == module))

    def next_actions(self, limit: int = 5) -> tuple[PlannedAction, ...]:
        """The first actions still to do, in number order, whatever their period (the PDF's
        first actions). Not "this week": that is week()."""
        return tuple(a for a in self.actions if a.number is not None)[:limit]

    def week(self, fewest: int = WEEK_FEWEST) -> Week:
        """"Cette semaine" wherever it is said (the plan's card, the home list, the PDF): the
        schedule's first period, the 7 days from `start` (checks/schedule.py), with its hours;
        and, when it holds fewer than `fewest` actions, the next ones to show after it."""
        week = self.select(period="week")   # numbers 1..len(week): periods are numbered in order
        then = self.next_actions(fewest)[len(week):]
        period = next((p for p in self.periods if p.id == "week"), None)
        if period is None:                  # a plan made without pacing (tests)
            return Week(week, round(float(sum(a.effort_hours for a in week)), 2), None, "", then)
        return Week(week, period.hours, period.available_hours, period.end, then)

    def months_at_pace(self) -> int:
        """Whole months the open actions' hours take at the owner's pace (deadlines aside):
        the calm figure beside the hours a month that would keep every deadline. 0 when no
        hours a month are given to the plan."""
        hours = sum(a.effort_hours for a in self.actions if a.number is not None)
        pace = self.capacity.monthly_hours
        return math.ceil(round(hours / pace, 6)) if pace > 0 else 0

    def needed_by(self) -> dict[str, int]:
        """Action id -> the number of the first action that needs it done first (`after`)."""
        out: dict[str, int] = {}
        for a in self.actions:
            for need in a.after:
                if a.number is not None and (need not in out or a.number < out[need]):
                    out[need] = a.number
        return out

    def period(self, period_id: str) -> Period:
        for p in self.periods:
            if p.id == period_id:
                return p
        raise KeyError(period_id)


@dataclass(frozen=True)
class Evaluation:
    content_version: str
    score: float | None      # overall 0-100: mean over the modules that apply and have answers
    completion: float        # overall 0-100
    maturity: str
    modules: tuple[ModuleResult, ...]
    critical_gaps: tuple[CriticalGap, ...]
    plan: Plan
    capped: bool = False     # the overall level lowered by a failed critical question

    @property
    def provisional(self) -> bool:
        """The overall score rests on too few answers to be settled (is_provisional)."""
        return is_provisional(self.completion)

    def module(self, module_id: str) -> ModuleResult:
        for m in self.modules:
            if m.module == module_id:
                return m
        raise KeyError(module_id)

    def to_dict(self) -> dict:
        return asdict(self)
