"""What fits this firm: who does an action, whom to ask, which steps, its cost, the owner's pace.

Resolved from the checkup's profile (profile.toml ids `staff`, `it_provider`, `monthly_hours`,
`yearly_budget`, whose option ids are stable once released), so that the plan only names people
the firm has:
- no IT provider: "it_provider" becomes "provider_to_choose" ("un prestataire à choisir", with
  where to find one), both for who can do an action and for whom to ask on "je ne sais pas";
- working alone: never "un salarié" (the owner is asked instead);
- a per-person cost (`cost_per_user`) is multiplied by the staff band's headcount;
- steps with `steps.applies_if` the firm does not meet are left out.
Pure Python; the words are in checks/vocabulary.py.
"""
from __future__ import annotations

from typing import Any, Mapping

from checks.content import COST_BANDS, Action, Content
from checks.evaluation import Capacity

TO_CHOOSE = "provider_to_choose"
# Headcount range of each staff band, and the hours a month a firm of that size can usually give
# to the plan when the owner has not said (profile answer "auto").
STAFF_PEOPLE = {"1": (1, 1), "2_9": (2, 9), "10_49": (10, 49), "50_249": (50, 249)}
STAFF_HOURS = {"1": 4.0, "2_9": 8.0, "10_49": 16.0, "50_249": 32.0}
DEFAULT_HOURS = 8.0
# Roles the firm has come before the ones it would have to find.
_TO_FIND = (TO_CHOOSE, "web_agency", "lawyer")


def full_profile(content: Content, profile: Mapping[str, Any]) -> dict[str, Any]:
    """The profile with the content's defaults for what was not answered (as the app shows it)."""
    return {**content.default_profile(), **profile}


def has_it_provider(profile: Mapping[str, Any]) -> bool:
    return profile.get("it_provider") == "yes"


def works_alone(profile: Mapping[str, Any]) -> bool:
    return profile.get("staff") == "1"


def resolve_who(who: tuple[str, ...], profile: Mapping[str, Any]) -> tuple[str, ...]:
    """Who can do an action, for this firm: role ids of checks.vocabulary.ROLES."""
    out: list[str] = []
    for role in who:
        if role == "staff" and works_alone(profile):
            continue
        if role == "it_provider" and not has_it_provider(profile):
            role = TO_CHOOSE
        if role not in out:
            out.append(role)
    out.sort(key=lambda r: r in _TO_FIND)  # stable: content order within each group
    return tuple(out) or ("owner",)


def resolve_ask(ask: str, profile: Mapping[str, Any]) -> str:
    """Whom to ask on "je ne sais pas", for this firm: someone it has, or a provider to choose."""
    if ask == "it_provider" and not has_it_provider(profile):
        return TO_CHOOSE
    if ask == "staff" and works_alone(profile):
        return "owner"
    return ask


def action_help(action: Action, who: tuple[str, ...], content: Content) -> tuple[str, ...]:
    """The action's help contacts, plus where to find a provider when one is to be chosen."""
    extra = ("cybermalveillance",) if TO_CHOOSE in who else ()
    return tuple(dict.fromkeys(h for h in action.help + extra if h in content.help))


def scaled_cost(action: Action, content: Content,
                profile: Mapping[str, Any]) -> tuple[str, int, int]:
    """(cost band id, low, high euros) of the action for this firm's headcount."""
    if action.cost_per_user is None:
        band = content.cost_bands[action.cost]
        return action.cost, band.low, band.high
    fewest, most = STAFF_PEOPLE.get(str(profile.get("staff")), (1, 1))
    low, high = action.cost_per_user[0] * fewest, action.cost_per_user[1] * most
    for band_id in COST_BANDS:
        if content.cost_bands[band_id].high >= high:
            return band_id, low, high
    return COST_BANDS[-1], low, high


def capacity(profile: Mapping[str, Any]) -> Capacity:
    """The owner's hours a month (their answer, else the default for the staff size) and budget."""
    hours = _number(profile.get("monthly_hours"))
    budget = _number(profile.get("yearly_budget"))
    if hours is None or hours <= 0:
        return Capacity(STAFF_HOURS.get(str(profile.get("staff")), DEFAULT_HOURS), True,
                        None if budget is None else int(budget))
    return Capacity(float(hours), False, None if budget is None else int(budget))


def _number(answer: Any) -> float | None:
    """A profile option id that is a number ("8", "2000"), else None ("auto", "none")."""
    return float(answer) if isinstance(answer, str) and answer.isdigit() else None
