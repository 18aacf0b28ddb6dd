"""What a checkup's evaluation takes from the content and the firm's profile alone, not from
its answers: the questions that apply, and each action's people, help, steps and cost for this
firm (checks/fit.py). Worked out once per profile and kept with the content, so that scoring the
checkups of one firm, or of firms alike (an advisor's list, a comparison, 10,000 in the
scoring benchmark), does not work them out again for every checkup: they were a sixth of it.

Pure Python. What is kept answers questions about things that do not change (a frozen Content,
a profile copied into its key), so it is never stale; it is bounded, and emptied when full. The
report's worker thread and the window may share it: an entry filled twice is filled alike.
"""
from __future__ import annotations

from typing import Any, Mapping, NamedTuple

from checks import fit
from checks.content import Content, Question, applies

MAX_PROFILES = 256   # firms kept per content; past it the memo starts again


class ActionFit(NamedTuple):
    """One action, for this firm."""

    who: tuple[str, ...]     # role ids (checks.vocabulary.ROLES)
    help: tuple[str, ...]    # help contact ids
    steps: tuple[int, ...]   # indexes of the steps that apply
    band: str                # cost band id, of the scaled cost for a per-person action
    cost_low: int
    cost_high: int


class FirmFit:
    """The content read for one profile. `profile`: as answered, for which questions apply (an
    unanswered profile question excludes nothing); `full`: with the content's defaults, for the
    plan (as the app shows the profile)."""

    def __init__(self, content: Content, profile: Mapping[str, Any]):
        self.content = content
        self.profile = dict(profile)
        self.full = fit.full_profile(content, profile)
        self.applicable: dict[str, tuple[Question, ...]] = {
            m.id: tuple(q for q in m.questions if applies(q, self.profile))
            for m in content.modules}
        self._actions: dict[str, ActionFit] = {}

    def action(self, action_id: str) -> ActionFit:
        found = self._actions.get(action_id)
        if found is None:
            action = self.content.actions[action_id]
            who = fit.resolve_who(action.who, self.full)
            found = self._actions[action_id] = ActionFit(
                who, fit.action_help(action, who, self.content), action.steps_for(self.full),
                *fit.scaled_cost(action, self.content, self.full))
        return found


def firm_fit(content: Content, profile: Mapping[str, Any]) -> FirmFit:
    """The FirmFit of this profile, kept for the content."""
    try:
        # with each value's type: True == 1 and hash alike, but a profile reads them apart.
        # In the profile's own order: the same answers in another order are only a miss.
        key = tuple((k, type(v), _frozen(v)) for k, v in profile.items())
        hash(key)
    except TypeError:   # a value no key can hold: worked out, not kept
        return FirmFit(content, profile)
    kept = _kept_for(content)
    found = kept.get(key)
    if found is None:
        if len(kept) >= MAX_PROFILES:
            kept.clear()
        found = kept[key] = FirmFit(content, profile)
    return found


def _frozen(value: Any) -> Any:
    if isinstance(value, (set, frozenset)):
        return ("set", tuple(sorted(value)))
    return tuple(value) if isinstance(value, (list, tuple)) else value


# Content id -> (the content, its FirmFits by profile). The content is held, so its id is not
# reused while it is here; a few editions at most live in one process.
_KEPT: dict[int, tuple[Content, dict]] = {}
MAX_CONTENTS = 8


def _kept_for(content: Content) -> dict:
    entry = _KEPT.get(id(content))
    if entry is None or entry[0] is not content:
        if len(_KEPT) >= MAX_CONTENTS:
            _KEPT.clear()
        entry = _KEPT[id(content)] = (content, {})
    return entry[1]
