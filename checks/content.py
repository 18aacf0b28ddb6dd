"""The checklist content as typed, frozen objects: modules, themes, questions, actions, profile.

Pure Python, no Qt, nothing of the app. checks/content_loader.py builds a Content from the TOML
files of resources/content/ (schema: docs/content-format.md) and validates it; everything else
reads these objects.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from checks.text import Text   # re-exported: the model's texts are checks.content.Text too

DONT_KNOW = "dont_know"  # reserved option id, added by the app to every question
HORIZONS = ("now", "3m", "12m")
COST_BANDS = ("free", "lt100", "lt1000", "lt5000", "more")
WHO = ("owner", "staff", "it_provider", "web_agency", "accountant", "lawyer")
ASK = ("it_provider", "web_agency", "accountant", "bank", "insurer", "staff", "owner", "lawyer")
# What a failed critical question can cost the firm: its data, its money, a legal fine. The plan
# puts actions answering such a risk first (checks/ranking.py).
RISKS = ("data", "money", "legal")
FAILED_BELOW = 0.5  # an answer scoring below this fails its question
# The content shipped with Boussole (checks/content_loader.py parses it)
DEFAULT_CONTENT_DIR = Path(__file__).resolve().parent.parent / "resources" / "content"


@dataclass(frozen=True)
class Option:
    id: str
    label: Text
    score: float
    actions: tuple[str, ...] | None = None  # overrides the question's actions when set


@dataclass(frozen=True)
class Question:
    id: str
    module: str
    theme: str
    text: Text
    why: Text
    check: Text | None
    options: tuple[Option, ...]
    weight: int
    critical: bool
    applies_if: dict[str, tuple[str, ...]]
    actions: tuple[str, ...]
    ask: str
    sources: tuple[str, ...]
    checked: _dt.date
    risk: tuple[str, ...] = ()   # RISKS a failed answer exposes the firm to (critical questions)

    def option(self, option_id: str) -> Option | None:
        for opt in self.options:
            if opt.id == option_id:
                return opt
        return None

    def actions_for(self, option_id: str) -> tuple[str, ...]:
        """Actions proposed when this option is chosen ("don't know" gets the question's)."""
        opt = self.option(option_id)
        if opt is not None and opt.score >= 1.0:
            return ()
        if opt is not None and opt.actions is not None:
            return opt.actions
        return self.actions


@dataclass(frozen=True)
class Theme:
    id: str
    module: str
    title: Text


@dataclass(frozen=True)
class Module:
    id: str
    title: Text
    intro: Text
    themes: tuple[Theme, ...]
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class Action:
    id: str
    module: str
    title: Text
    steps: tuple[Text, ...]
    effort_hours: float
    cost: str
    cost_note: Text | None
    horizon: str
    who: tuple[str, ...]
    help: tuple[str, ...]
    sources: tuple[str, ...]
    checked: _dt.date
    after: tuple[str, ...] = ()            # action ids to do before this one, when both are planned
    deadline: _dt.date | None = None       # a legal date it must be done by (e.g. e-invoicing)
    cost_per_user: tuple[int, int] | None = None   # euros per person (low, high): scales with staff
    # Step number (1-based) -> the profile conditions it needs, like a question's applies_if:
    # a step naming something the firm does not have is left out of its plan.
    step_conditions: dict[int, dict[str, tuple[str, ...]]] = field(default_factory=dict)

    def steps_for(self, profile: dict[str, Any]) -> tuple[int, ...]:
        """Indexes (0-based) of the steps that apply to a business with this profile."""
        if not self.step_conditions:
            return tuple(range(len(self.steps)))
        return tuple(i for i in range(len(self.steps))
                     if conditions_hold(self.step_conditions.get(i + 1, {}), profile))


@dataclass(frozen=True)
class ProfileOption:
    id: str
    label: Text


@dataclass(frozen=True)
class ProfileQuestion:
    id: str
    text: Text
    options: tuple[ProfileOption, ...]
    multiple: bool
    exclusive: tuple[str, ...]  # options that exclude all others (e.g. "none")
    default: str | tuple[str, ...]

    def option_ids(self) -> tuple[str, ...]:
        return tuple(o.id for o in self.options)


@dataclass(frozen=True)
class HelpContact:
    id: str
    name: Text
    contact: str  # a web address, or "" where the description says whom to ask
    what: Text

    def address(self, lang: str) -> str:
        """The address worth showing beside the name: "" when there is none or it is the name."""
        return "" if self.contact.casefold() == self.name.get(lang).casefold() else self.contact

    def display(self, lang: str) -> str:
        """'France Num (francenum.gouv.fr)'; the name alone when the address adds nothing."""
        address = self.address(lang)
        return f"{self.name.get(lang)} ({address})" if address else self.name.get(lang)


@dataclass(frozen=True)
class CostBand:
    id: str
    low: int
    high: int
    label: Text


@dataclass(frozen=True)
class GlossaryEntry:
    id: str
    term: Text
    definition: Text


@dataclass(frozen=True)
class Content:
    version: str
    as_of: _dt.date
    modules: tuple[Module, ...]
    actions: dict[str, Action]
    profile: tuple[ProfileQuestion, ...]
    help: dict[str, HelpContact]
    cost_bands: dict[str, CostBand]
    glossary: tuple[GlossaryEntry, ...]
    _questions: dict[str, Question] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        for module in self.modules:
            for q in module.questions:
                self._questions[q.id] = q

    @property
    def questions(self) -> dict[str, Question]:
        """Every question by id, in interview order."""
        return self._questions

    def module(self, module_id: str) -> Module:
        for m in self.modules:
            if m.id == module_id:
                return m
        raise KeyError(module_id)

    def theme(self, module_id: str, theme_id: str) -> Theme:
        for t in self.module(module_id).themes:
            if t.id == theme_id:
                return t
        raise KeyError(f"{module_id}/{theme_id}")

    def profile_question(self, profile_id: str) -> ProfileQuestion:
        for p in self.profile:
            if p.id == profile_id:
                return p
        raise KeyError(profile_id)

    def default_profile(self) -> dict[str, Any]:
        return {p.id: (list(p.default) if p.multiple else p.default) for p in self.profile}


def applies(question: Question, profile: dict[str, Any]) -> bool:
    """Whether a question applies to a business with this profile (conditions_hold)."""
    return conditions_hold(question.applies_if, profile)


def conditions_hold(applies_if: dict[str, tuple[str, ...]], profile: dict[str, Any]) -> bool:
    """Whether `applies_if` conditions (profile id -> accepted options) hold for a profile.

    All conditions must hold; one condition holds when the answer (or, for a multiple-choice
    profile question, any chosen option) is among the accepted ones. A profile question not
    answered yet does not exclude anything: better to ask one question too many than to skip one.
    """
    for profile_id, accepted in applies_if.items():
        given = profile.get(profile_id)
        if given is None or given == []:
            continue
        chosen = set(given) if isinstance(given, (list, tuple, set)) else {given}
        if not chosen & set(accepted):
            return False
    return True
