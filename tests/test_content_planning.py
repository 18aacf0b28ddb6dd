"""The content's planning data (issue 13): `after`, `deadline`, `cost_per_user`,
`steps.applies_if` and a question's `risk`, read from the mini content and refused with the
file, the action id and its line when wrong."""
from __future__ import annotations

import datetime as _dt
import shutil

import pytest

from checks.content_loader import load_content
from checks.errors import ContentError
from tests.test_scoring_properties import MINI


def test_the_mini_content_carries_every_planning_field():
    content = load_content(MINI)
    training = content.actions["ai.training"]
    assert training.after == ("ai.policy_write",)
    assert training.deadline == _dt.date(2027, 6, 15)
    assert training.cost_per_user == (100, 400)
    backup = content.actions["cyber.backup_plan"]
    assert backup.step_conditions == {3: {"it_provider": ("yes",)}}
    assert backup.steps_for({"it_provider": "no"}) == (0, 1)
    assert backup.steps_for({"it_provider": "yes"}) == (0, 1, 2)
    assert backup.steps_for({}) == (0, 1, 2)    # not answered: nothing left out
    assert content.questions["cyber.backup"].risk == ("data",)
    assert content.questions["ai.policy"].risk == ()
    assert content.profile_question("monthly_hours").default == "auto"


def broken(tmp_path, file: str, action_id: str, line: str) -> list[str]:
    """The mini content with `line` added to one action; the problems it raises."""
    shutil.copytree(MINI, tmp_path / "c")
    path = tmp_path / "c" / file
    text = path.read_text(encoding="utf-8")
    at = text.index(f'id = "{action_id}"\n') + len(f'id = "{action_id}"\n')
    path.write_text(text[:at] + line + "\n" + text[at:], encoding="utf-8")
    with pytest.raises(ContentError) as err:
        load_content(tmp_path / "c")
    return err.value.problems


@pytest.mark.parametrize("file, action_id, line, message", [
    ("cyber.toml", "cyber.update_auto", 'after = ["cyber.nope"]',
     "'after' refers to unknown action 'cyber.nope'"),
    ("cyber.toml", "cyber.update_auto", 'after = ["cyber.update_auto"]',
     "'after' names the action itself"),
    ("cyber.toml", "cyber.update_auto", 'deadline = "2027-09-01"',
     "'deadline' must be a date such as 2027-09-01"),
    ("cyber.toml", "cyber.update_auto", "cost_per_user = [90, 30]",
     "'cost_per_user' must be [low, high]"),
    ("cyber.toml", "cyber.update_auto", 'steps.applies_if = { 9 = { it_provider = ["yes"] } }',
     "steps.applies_if: '9' is not a step number (1 to 3)"),
    ("cyber.toml", "cyber.update_auto", 'steps.applies_if = { 2 = { it_provider = ["maybe"] } }',
     "'maybe' is not an option of profile question 'it_provider'"),
    ("cyber.toml", "cyber.update_auto", 'steps.applies_if = { 2 = { pets = ["yes"] } }',
     "refers to unknown profile question 'pets'"),
])
def test_wrong_planning_data_is_named_with_file_id_and_line(tmp_path, file, action_id, line,
                                                              message):
    problems = broken(tmp_path, file, action_id, line)
    problem = next(p for p in problems if message in p)
    assert problem.startswith(f"{file}, line ") and f"[{action_id}]" in problem


def test_a_cycle_of_after_links_is_named(tmp_path):
    # online.cgv is after online.legal already: close the loop
    problems = broken(tmp_path, "online.toml", "online.legal", 'after = ["online.cgv"]')
    problem = next(p for p in problems if "makes a cycle" in p)
    assert problem.startswith("online.toml, line ")
    assert "online.cgv -> online.legal -> online.cgv" in problem or \
        "online.legal -> online.cgv -> online.legal" in problem


def test_a_risk_must_be_data_money_or_legal(tmp_path):
    shutil.copytree(MINI, tmp_path / "c")
    path = tmp_path / "c" / "ai.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('id = "ai.policy"\n', 'id = "ai.policy"\nrisk = ["fame"]\n'),
                    encoding="utf-8")
    with pytest.raises(ContentError) as err:
        load_content(tmp_path / "c")
    assert any("[ai.policy]" in p and "'risk' has unknown value 'fame'" in p
               for p in err.value.problems)
