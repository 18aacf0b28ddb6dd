"""What an evaluation takes from the content and the profile alone is worked out once per
profile (checks/firm.py) and must give exactly what working it out afresh gives."""
from __future__ import annotations

import dataclasses

import pytest

from checks import firm
from checks.evaluation import PlannedAction
from checks.scoring import evaluate
from tests.test_plan import worst
from tests.test_scoring import FULL, mini  # noqa: F401 - mini is a fixture


def test_one_profile_is_worked_out_once_and_a_changed_one_again(mini):
    profile = {**FULL, "it_provider": "no"}
    first = firm.firm_fit(mini, profile)
    assert firm.firm_fit(mini, dict(profile)) is first               # an equal profile: kept
    assert firm.firm_fit(mini, {**profile, "it_provider": "yes"}) is not first
    assert firm.firm_fit(mini, {**profile, "it_provider": True}) is not \
        firm.firm_fit(mini, {**profile, "it_provider": 1})             # equal, not alike
    profile["staff"] = "1"                                            # the caller's dict changes
    assert firm.firm_fit(mini, profile) is not first
    assert first.profile == {**FULL, "it_provider": "no"}              # the kept one did not


def test_a_kept_fit_gives_the_evaluation_worked_out_afresh(mini, monkeypatch):
    profiles = [{**FULL, "it_provider": "no"}, {**FULL, "staff": "1"}, {}]
    kept = [evaluate(mini, p, worst(mini)) for p in profiles]
    again = [evaluate(mini, p, worst(mini)) for p in profiles]        # from the memo
    monkeypatch.setattr(firm, "_KEPT", {})                            # nothing kept
    fresh = [evaluate(mini, p, worst(mini)) for p in profiles]
    assert kept == again == fresh
    assert [a.who for a in kept[0].plan.actions] != [a.who for a in kept[1].plan.actions]


def test_the_memo_is_bounded(mini, monkeypatch):
    monkeypatch.setattr(firm, "_KEPT", {})
    monkeypatch.setattr(firm, "MAX_PROFILES", 3)
    for hours in ("1", "2", "4", "8"):
        firm.firm_fit(mini, {**FULL, "monthly_hours": hours})
    assert len(firm._kept_for(mini)) <= 3


def test_planned_action_of_is_the_constructor_and_wants_every_field(mini):
    made = evaluate(mini, FULL, worst(mini)).plan.actions[0]
    values = {f.name: getattr(made, f.name) for f in dataclasses.fields(PlannedAction)}
    assert PlannedAction.of(**values) == PlannedAction(**values) == made
    assert repr(PlannedAction.of(**values)) == repr(made)
    with pytest.raises(dataclasses.FrozenInstanceError):
        PlannedAction.of(**values).rank = 2
    del values["per_user"]
    with pytest.raises(TypeError, match="per_user"):
        PlannedAction.of(**values)


def test_every_planned_action_has_every_field_by_name(mini):
    names = {f.name for f in dataclasses.fields(PlannedAction)}
    for profile in (FULL, {**FULL, "it_provider": "no"}, {}):
        for action in evaluate(mini, profile, worst(mini)).plan.actions:
            assert set(vars(action)) == names
