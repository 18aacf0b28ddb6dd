"""What an evaluated checkup looks like: scores, maturity, critical gaps, the action plan.

These types are the contract between the engine (checks/scoring.py, checks/plan.py), the PDF
(reports/) and the screens (ui/). Pure data, frozen, JSON-ready through to_dict().
"""
from __future__ import annotations

from dataclasses import asdict, dataclass

# Four maturity levels, lowest first; a failed critical question caps its module at the second.
# Their words are in checks.vocabulary.MATURITY_LABELS.
MATURITY_LEVELS = ("beginner", "progressing", "solid", "advanced")
# Lower bound of each level's score band (0-100).
MATURITY_BANDS = (("beginner", 0.0), ("progressing", 40.0), ("solid", 65.0), ("advanced", 85.0))


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
    rank: int                # 1 = do first, over the whole plan
    priority: str            # critical | high | medium | low
    impact: float            # sum over its answers of weight x shortfall
    horizon: str             # now | 3m | 12m
    effort_hours: float
    cost: str                # cost band id
    quick_win: bool
    critical: bool           # proposed by a failed critical question
    because: tuple[str, ...] # question ids whose answers led to it, in interview order
    status: str = "todo"     # tracking: todo | in_progress | done
    owner: str = ""
    due: str = ""
    note: str = ""


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
class Plan:
    actions: tuple[PlannedAction, ...]   # ordered by rank
    totals: tuple[HorizonTotal, ...]     # one per horizon, in HORIZONS order
    find_out: tuple[FindOut, ...]

    def by_horizon(self, horizon: str) -> tuple[PlannedAction, ...]:
        return tuple(a for a in self.actions if a.horizon == horizon)


@dataclass(frozen=True)
class Evaluation:
    content_version: str
    score: float | None      # overall 0-100: mean over the modules that apply and have answers
    completion: float        # overall 0-100
    maturity: str
    modules: tuple[ModuleResult, ...]
    critical_gaps: tuple[CriticalGap, ...]
    plan: Plan

    def module(self, module_id: str) -> ModuleResult:
        for m in self.modules:
            if m.module == module_id:
                return m
        raise KeyError(module_id)

    def to_dict(self) -> dict:
        return asdict(self)
