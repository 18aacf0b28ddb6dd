"""desktop.checkups and desktop.open_checkup: the use cases the app and the command line share,
each returning what it changed."""
from __future__ import annotations

import pytest

from checks.assessment import AssessmentError, read_assessment
from checks.scoring import evaluate_assessment
from desktop import transfer
from desktop.checkups import Changes, Checkups, read_assessment_file, write_assessment_file
from desktop.open_checkup import OpenCheckup
from desktop.settings import Settings
from desktop.workspace import StoreError, open_workspace
from tests.factories import make_assessment, never_ask


@pytest.fixture
def checkups(data_dir, content):
    with Checkups(open_workspace(data_dir, never_ask), content) as use_cases:
        yield use_cases


def test_changes_say_what_changed_and_combine():
    assert not Changes()
    both = Changes(answers=True, checkup_id="c") | Changes(actions=True, action_id="a")
    assert both and (both.answers, both.actions, both.businesses) == (True, True, False)
    assert (both.checkup_id, both.action_id) == ("c", "a")


def test_businesses_created_edited_erased(checkups):
    created = checkups.create_business("Boulangerie Martin", city="Lyon")
    assert created.businesses and created.business_id
    assert [b["name"] for b in checkups.businesses("martin")] == ["Boulangerie Martin"]
    assert checkups.edit_business(created.business_id) == Changes()     # nothing to change
    edited = checkups.edit_business(created.business_id, city="Villeurbanne")
    assert edited.businesses and checkups.business(created.business_id)["city"] == "Villeurbanne"
    assert checkups.erase_business(created.business_id).businesses
    assert checkups.businesses() == []
    with pytest.raises(StoreError, match="not found"):
        checkups.erase_business(created.business_id)


def test_a_new_checkup_carries_the_last_profile_over(checkups, content):
    first = make_assessment(content, "mixed")
    first.profile = {**first.profile, "customer_wifi": "no"}
    checkups.import_assessment(first)
    checkups.edit_business(first.business.id, sector="food_service")
    started = checkups.start_checkup(first.business.id)
    assert started.checkup and started.checkup_id
    profile = OpenCheckup(checkups, started.checkup_id).profile()
    assert profile["customer_wifi"] == "no"            # from the last checkup
    assert profile["sector"] == "food_service"         # the business record wins
    assert checkups.history(first.business.id)[-1]["id"] == started.checkup_id


def test_the_advisor_runs_the_checkups_in_advisor_mode(checkups):
    business = checkups.create_business("Garage du Pont").business_id
    checkups.set_advisor("Claire Dupont", "CCI Lyon")
    assert checkups.assessor().role == "owner"
    checkups.settings.set("advisor_mode", True)
    checkup = OpenCheckup(checkups, checkups.start_checkup(business).checkup_id)
    assessor = checkup.assessment().assessor
    assert (assessor.name, assessor.organisation, assessor.role) == (
        "Claire Dupont", "CCI Lyon", "advisor")


def test_import_fills_the_summary_the_lists_show(checkups, content):
    a = make_assessment(content, "best")
    changes = checkups.import_assessment(a)
    assert changes.checkup_id == a.id and changes.businesses
    row = checkups.checkups()[0]
    expected = evaluate_assessment(content, a)
    assert (row["score"], row["completion"], row["maturity"]) == (
        expected.score, expected.completion, expected.maturity)


def test_answering_is_saved_and_says_so(checkups, content, data_dir):
    a = make_assessment(content, "mixed", fraction=0.5)
    checkup = OpenCheckup(checkups, checkups.import_assessment(a).checkup_id)
    question = checkup.applicable_questions()[-1]
    option = question.options[0].id
    assert checkup.save_note(question.id, "à revoir") == Changes(notes=True, checkup_id=a.id)
    changes = checkup.answer(question.id, option)
    assert changes.answers and not changes.actions
    assert checkup.summary_due and checkup.save_summary().checkup
    assert not checkup.summary_due and checkup.save_summary() == Changes()
    tracked = checkup.set_action("cyber.enable_mfa", status="done", owner="Paul")
    assert tracked.actions and tracked.action_id == "cyber.enable_mfa"
    checkup.remember_position(question.id)
    checkup.save_position()
    assert checkup.complete().checkup
    stored = checkups.store.load_assessment(a.id)
    assert stored.answers[question.id].option == option
    assert stored.answers[question.id].note == "à revoir"           # the note was kept
    assert stored.actions["cyber.enable_mfa"].owner == "Paul"
    assert stored.completed_at
    assert checkups.store.get_position(a.id) == question.id
    assert checkup.clear_answer(question.id).answers
    assert question.id not in checkups.store.load_assessment(a.id).answers


def test_history_and_comparison_with_the_previous_checkup(checkups, content):
    before = make_assessment(content, "worst")
    after = make_assessment(content, "best", seed=3)
    after.business = before.business
    after.started_at = "2027-05-20T09:30:00+02:00"
    checkups.import_assessment(before)
    checkup = OpenCheckup(checkups, checkups.import_assessment(after).checkup_id)
    assert checkup.previous().id == before.id
    assert checkup.comparison() is not None
    assert OpenCheckup(checkups, before.id).comparison() is None


def test_assessment_files_plain_and_protected(tmp_path, content, monkeypatch):
    monkeypatch.setattr(transfer, "SCRYPT_N", 2**14)
    a = make_assessment(content, "mixed")
    plain, protected = tmp_path / "a.json", tmp_path / "a.boussole"
    write_assessment_file(a, plain)
    write_assessment_file(a, protected, "une phrase de passe")
    assert read_assessment(plain, content).to_dict() == a.to_dict()
    asked = []
    assert read_assessment_file(plain, content, lambda: asked.append(1) or "x").id == a.id
    assert asked == []                                  # no passphrase for a plain file
    assert read_assessment_file(protected, content, lambda: "une phrase de passe").to_dict() \
        == a.to_dict()
    with pytest.raises(AssessmentError, match="wrong passphrase"):
        read_assessment_file(protected, content, lambda: "pas la bonne phrase")


def test_the_settings_of_the_workspace_are_the_ones_used(data_dir, content):
    Settings(data_dir).set("language", "en")
    with Checkups(open_workspace(data_dir, never_ask), content) as checkups:
        business = checkups.create_business("Fleuriste").business_id
        checkup = checkups.store.get_checkup(checkups.start_checkup(business).checkup_id)
        assert checkup["language"] == "en"
