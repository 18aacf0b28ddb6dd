"""Assessment files in and out of the store: exact round trips, never a silent overwrite."""
from __future__ import annotations

import tempfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checks.assessment import (ActionTracking, Answer, Assessment, Assessor, Business,
                               read_assessment, write_assessment)
from desktop.store import Store, StoreError


def _hand_made(name="Épicerie « Chez Zoé »", checkup_id="chk-1", business_id="biz-1"):
    """An assessment built by hand, independent of the checklist content."""
    return Assessment(
        business=Business(name, sector="retail", staff_band="2_9", postcode="13001",
                          city="Marseille", id=business_id),
        content_version="2026.11", language="en",
        assessor=Assessor("Claire Dupont", "CCI Aix-Marseille", "advisor"),
        started_at="2026-11-20T09:30:00+01:00", completed_at="2026-11-20T10:05:00+01:00",
        profile={"sells_online": ["own_site", "social"], "staff": "2_9", "website": "yes"},
        answers={"cyber.q1": Answer("yes", "", "2026-11-20T09:31:00+01:00"),
                 "cyber.q2": Answer("dont_know", "à voir avec\nle prestataire 😊",
                                    "2026-11-20T09:32:10+01:00"),
                 "online.q3": Answer("no", "", "")},
        actions={"cyber.enable_mfa": ActionTracking("in_progress", "Jérôme", "2027-01-31", "n"),
                 "online.legal_notice": ActionTracking()},
        id=checkup_id)


@pytest.fixture
def store(data_dir):
    s = Store.open_folder(data_dir)
    yield s
    s.close()


def test_import_then_export_is_exact(store):
    original = _hand_made()
    assert store.import_assessment(original) == "chk-1"
    assert store.export_assessment("chk-1").to_dict() == original.to_dict()
    business = store.get_business("biz-1")
    assert business["name"] == "Épicerie « Chez Zoé »" and business["city"] == "Marseille"
    assert store.list_businesses("chez zoe")[0]["last_checkup_id"] == "chk-1"


def test_export_file_import_into_fresh_store_round_trips(tmp_path, content):
    from tests.factories import make_assessment

    with Store.open_folder(tmp_path / "laptop-a") as a:
        bid = a.create_business("Boulangerie Martin", "retail", "2_9", "69003", "Lyon")
        made = make_assessment(content, "mixed", role="advisor")
        cid = a.create_checkup(bid, content.version, "fr", made.assessor, made.profile)
        a.save_note(cid, "not.answered.yet", "note sans réponse")   # stays in the store only
        for qid, answer in made.answers.items():
            a.save_answer(cid, qid, answer.option, answer.note)
        a.set_action(cid, next(iter(content.actions)), status="done", owner="Paul")
        a.complete_checkup(cid)
        exported = a.export_assessment(cid)
        write_assessment(exported, tmp_path / "checkup.json")
    assert len(exported.answers) == len(made.answers)
    incoming = read_assessment(tmp_path / "checkup.json", content)
    with Store.open_folder(tmp_path / "laptop-b") as b:
        assert b.import_assessment(incoming) == cid
        assert b.export_assessment(cid).to_dict() == exported.to_dict()
        assert b.history(exported.business.id)[0]["id"] == cid


def test_import_creates_business_once_and_reuses_it(store):
    store.import_assessment(_hand_made(checkup_id="chk-1"))
    later = _hand_made(checkup_id="chk-2")
    later.started_at = "2027-05-02T14:00:00+02:00"
    store.import_assessment(later)
    assert len(store.list_businesses()) == 1
    assert [h["id"] for h in store.history("biz-1")] == ["chk-1", "chk-2"]


def test_import_keeps_local_business_details(store):
    store.import_assessment(_hand_made(checkup_id="chk-1"))
    store.update_business("biz-1", name="Épicerie Zoé (renommée)")
    store.import_assessment(_hand_made(checkup_id="chk-2"))
    assert store.get_business("biz-1")["name"] == "Épicerie Zoé (renommée)"
    # The identical file imported again is recognised although the business was renamed.
    assert store.import_assessment(_hand_made(checkup_id="chk-1")) == "chk-1"


def test_reimporting_identical_file_returns_existing_id(store):
    store.import_assessment(_hand_made())
    assert store.import_assessment(_hand_made()) == "chk-1"
    assert len(store.list_checkups()) == 1


@pytest.mark.parametrize("change", [
    lambda a: setattr(a.answers["cyber.q1"], "option", "no"),
    lambda a: setattr(a.answers["cyber.q2"], "note", "autre note"),
    lambda a: a.answers.pop("online.q3"),
    lambda a: setattr(a.actions["cyber.enable_mfa"], "status", "done"),
    lambda a: setattr(a, "completed_at", None),
    lambda a: a.profile.update(staff="10_49"),
])
def test_import_never_overwrites_a_different_checkup(store, change):
    store.import_assessment(_hand_made())
    before = store.export_assessment("chk-1").to_dict()
    different = _hand_made()
    change(different)
    with pytest.raises(StoreError) as info:
        store.import_assessment(different)
    assert "already in the store" in str(info.value) and "nothing was changed" in str(info.value)
    assert store.export_assessment("chk-1").to_dict() == before


def test_failed_import_leaves_nothing_behind(store):
    bad = _hand_made()
    bad.actions["x"] = ActionTracking(status="finished")   # refused by the schema's CHECK
    with pytest.raises(StoreError):
        store.import_assessment(bad)
    assert store.list_businesses() == [] and store.list_checkups() == []


_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
_ident = st.text("abcdefghijklmnopqrstuvwxyz._0123456789", min_size=1, max_size=12)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=_text.filter(lambda s: s.strip()), city=_text, notes=st.dictionaries(_ident, _text,
       max_size=6), profile=st.dictionaries(_ident, st.one_of(_text, st.lists(_text, max_size=3)),
                                            max_size=4))
def test_round_trip_any_text(name, city, notes, profile):
    a = _hand_made()
    a.business.name, a.business.city, a.profile = name, city, profile
    a.answers = {q: Answer("yes", n, "") for q, n in notes.items()}
    with tempfile.TemporaryDirectory() as folder, Store.open_folder(folder) as store:
        store.import_assessment(a)
        assert store.export_assessment(a.id).to_dict() == a.to_dict()
