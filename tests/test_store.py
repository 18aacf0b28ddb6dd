"""The local store: businesses, checkups, answers, notes, positions, tracking, history.

Real SQLite files in tmp_path; nothing mocked.
"""
from __future__ import annotations

import sqlite3

import pytest

from checks.assessment import Assessor
from desktop.store import Store, StoreError, fold


@pytest.fixture
def store(data_dir):
    s = Store.open_folder(data_dir)
    yield s
    s.close()


def _checkup(store, name="Boulangerie Martin", city="Lyon", profile=None):
    business = store.create_business(name, sector="food", staff_band="2_9", postcode="69003",
                                     city=city)
    checkup = store.create_checkup(business, "2026.1", "fr", Assessor("Paul Martin"),
                                   profile or {"website": "yes"})
    return business, checkup


def test_open_creates_folder_and_database(tmp_path):
    folder = tmp_path / "new" / "data"
    with Store.open_folder(folder) as store:
        assert store.path == folder / "boussole.db"
        assert store.path.exists()
        assert store.recovered_from is None
        mode = store._conn.execute("PRAGMA journal_mode").fetchone()[0]
        assert mode == "wal"
        assert store._conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store._conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert store._conn.execute("PRAGMA secure_delete").fetchone()[0] == 1


def test_open_uses_boussole_data_dir_by_default(monkeypatch, tmp_path):
    monkeypatch.setenv("BOUSSOLE_DATA_DIR", str(tmp_path / "env-data"))
    with Store.open_folder() as store:
        assert store.path == tmp_path / "env-data" / "boussole.db"


def test_business_crud(store):
    bid = store.create_business("  Coiffure Zoé ", sector="services", city="Nantes")
    got = store.get_business(bid)
    assert (got["name"], got["sector"], got["city"]) == ("Coiffure Zoé", "services", "Nantes")
    store.update_business(bid, name="Coiffure Zoé & Fils", postcode="44000")
    got = store.get_business(bid)
    assert (got["name"], got["postcode"], got["city"]) == ("Coiffure Zoé & Fils", "44000", "Nantes")
    assert store.list_businesses("fils")[0]["id"] == bid
    with pytest.raises(StoreError, match="unknown business field"):
        store.update_business(bid, siret="123")
    with pytest.raises(StoreError, match="no name"):
        store.update_business(bid, name="  ")
    with pytest.raises(StoreError, match="no name"):
        store.create_business("")
    store.delete_business(bid)
    with pytest.raises(StoreError, match="not found"):
        store.get_business(bid)


@pytest.mark.parametrize("call", [
    lambda s: s.get_business("nope"),
    lambda s: s.update_business("nope", city="Lyon"),
    lambda s: s.delete_business("nope"),
    lambda s: s.history("nope"),
    lambda s: s.create_checkup("nope", "1", "fr", Assessor(), {}),
    lambda s: s.get_checkup("nope"),
    lambda s: s.load_assessment("nope"),
    lambda s: s.export_assessment("nope"),
    lambda s: s.save_answer("nope", "q", "yes"),
    lambda s: s.save_note("nope", "q", "n"),
    lambda s: s.clear_answer("nope", "q"),
    lambda s: s.save_profile("nope", {}),
    lambda s: s.set_position("nope", "q"),
    lambda s: s.get_position("nope"),
    lambda s: s.complete_checkup("nope"),
    lambda s: s.update_summary("nope", 50.0, 10.0, "solid"),
    lambda s: s.delete_checkup("nope"),
    lambda s: s.set_action("nope", "a", status="done"),
])
def test_unknown_ids_give_store_error(store, call):
    with pytest.raises(StoreError, match="not found"):
        call(store)


def test_search_is_accent_and_case_insensitive_on_name_and_city(store):
    a = store.create_business("Crêperie Élodie", city="Saint-Étienne")
    b = store.create_business("ŒUVRES D'ART Café", city="Besançon")
    c = store.create_business("Garage Dupont", city="Lyon")
    ids = lambda q: {r["id"] for r in store.list_businesses(q)}  # noqa: E731
    assert ids("creperie") == {a}
    assert ids("ELODIE") == {a}
    assert ids("etienne") == {a}
    assert ids("oeuvres") == {b}
    assert ids("besancon cafe") == {b}        # every word must match, in any field
    assert ids("lyon") == {c}
    assert ids("") == {a, b, c}
    assert ids("  ") == {a, b, c}
    assert ids("100%") == set()               # no LIKE wildcards
    assert ids("_") == set()


def test_list_businesses_summary_and_order(store):
    old, old_checkup = _checkup(store, "Ancienne SARL")
    new, _ = _checkup(store, "Nouvelle SAS")
    store.create_business("Sans diagnostic")
    rows = store.list_businesses()
    assert [r["name"] for r in rows][0] == "Sans diagnostic"   # most recent activity first
    # Answering in an old business's checkup brings it to the top.
    store.save_answer(old_checkup, "q1", "yes")
    store.update_summary(old_checkup, 72.5, 40.0, "solid")
    rows = store.list_businesses()
    assert rows[0]["id"] == old
    top = rows[0]
    assert set(top) >= {"id", "name", "sector", "staff_band", "postcode", "city", "checkup_count",
                        "last_checkup_id", "last_started_at", "last_completed_at", "last_score",
                        "last_completion", "last_maturity"}
    assert (top["checkup_count"], top["last_checkup_id"]) == (1, old_checkup)
    assert (top["last_score"], top["last_completion"], top["last_maturity"]) == (72.5, 40.0, "solid")
    empty = next(r for r in rows if r["name"] == "Sans diagnostic")
    assert empty["checkup_count"] == 0 and empty["last_checkup_id"] is None
    assert new in {r["id"] for r in rows}


def test_answers_notes_and_clear(store):
    _, c = _checkup(store)
    store.save_note(c, "q_backup", "typed before answering")     # note-only row
    store.save_answer(c, "q_mfa", "no", "à revoir « vite »")
    store.save_answer(c, "q_mfa", "partial")                     # note=None keeps the note
    store.save_answer(c, "q_backup", "yes")                      # keeps the earlier note
    store.save_answer(c, "q_wifi", "dont_know", "")
    a = store.load_assessment(c)
    assert {q: (x.option, x.note) for q, x in a.answers.items()} == {
        "q_mfa": ("partial", "à revoir « vite »"),
        "q_backup": ("yes", "typed before answering"),
        "q_wifi": ("dont_know", ""),
    }
    assert all(x.answered_at for x in a.answers.values())
    store.save_note(c, "q_mfa", "")                              # a note can be emptied
    store.save_note(c, "q_other", "just a note")
    store.clear_answer(c, "q_backup")                            # its note stays
    store.clear_answer(c, "q_wifi")                              # no note: row gone
    a = store.load_assessment(c)
    assert set(a.answers) == {"q_mfa"} and a.answers["q_mfa"].note == ""
    assert store.get_note(c, "q_backup") == "typed before answering"
    assert store.get_note(c, "q_other") == "just a note"
    assert store.get_note(c, "q_wifi") == ""
    assert store.notes(c) == {"q_backup": "typed before answering", "q_other": "just a note"}
    assert store.get_checkup(c)["answer_count"] == 1
    with pytest.raises(StoreError, match="no option"):
        store.save_answer(c, "q_mfa", "")


def test_profile_position_complete(store):
    _, c = _checkup(store, profile={"sells_online": ["own_site"], "staff": "2_9"})
    assert store.get_position(c) is None
    store.set_position(c, "cyber.backup.offline")
    assert store.get_position(c) == "cyber.backup.offline"
    store.save_profile(c, {"sells_online": [], "staff": "none"})
    assert store.load_assessment(c).profile == {"sells_online": [], "staff": "none"}
    assert [r["id"] for r in store.unfinished_checkups()] == [c]
    store.complete_checkup(c)
    first = store.get_checkup(c)["completed_at"]
    assert first
    store.complete_checkup(c)
    assert store.get_checkup(c)["completed_at"] == first
    assert store.unfinished_checkups() == []


def test_unfinished_checkups_of_a_version_most_recent_first_and_the_first_few(store):
    _, older = _checkup(store, name="Garage Moreau")
    florist = store.create_business("Fleuriste Leroy", sector="retail")
    store.create_checkup(florist, "2025.9", "fr", Assessor("Paul Martin"), {})   # an older list
    _, recent = _checkup(store, name="Boulangerie Martin")
    store.save_answer(recent, "q1", "yes")          # worked on last
    assert [r["id"] for r in store.unfinished_checkups(content_version="2026.1")] == \
        [recent, older]
    assert [r["id"] for r in store.unfinished_checkups(content_version="2026.1", limit=1)] == \
        [recent]
    assert len(store.unfinished_checkups()) == 3


def test_position_survives_reopen(data_dir):
    with Store.open_folder(data_dir) as store:
        _, c = _checkup(store)
        store.save_answer(c, "q1", "yes")
        store.set_position(c, "q2")
    with Store.open_folder(data_dir) as store:
        assert store.get_position(c) == "q2"
        assert store.unfinished_checkups()[0]["position"] == "q2"


def test_action_tracking_partial_updates(store):
    _, c = _checkup(store)
    store.set_action(c, "cyber.enable_mfa", status="in_progress", owner="Jérôme")
    store.set_action(c, "cyber.enable_mfa", due="2027-01-31")
    store.set_action(c, "cyber.enable_mfa", note="attendre le prestataire")
    store.set_action(c, "online.legal_notice")
    t = store.load_assessment(c).actions
    assert (t["cyber.enable_mfa"].status, t["cyber.enable_mfa"].owner, t["cyber.enable_mfa"].due,
            t["cyber.enable_mfa"].note) == ("in_progress", "Jérôme", "2027-01-31",
                                             "attendre le prestataire")
    assert t["online.legal_notice"].status == "todo"
    with pytest.raises(StoreError, match="status"):
        store.set_action(c, "x", status="finished")
    with pytest.raises(StoreError, match="date"):
        store.set_action(c, "x", due="31/01/2027")


def test_history_oldest_first_across_timezones(store):
    from checks.assessment import Assessment, Business

    bid = store.create_business("Atelier Lumière")
    business = Business("Atelier Lumière", id=bid)
    # 10:00+02:00 is 08:00 UTC, before 09:00+00:00 although it sorts after it as text.
    for started, cid in (("2026-06-01T09:00:00+00:00", "late"),
                         ("2026-06-01T10:00:00+02:00", "early")):
        store.import_assessment(Assessment(business, "2026.1", started_at=started, id=cid))
    current = store.create_checkup(bid, "2026.1", "fr", Assessor(), {})
    history = store.history(bid)
    assert [h["id"] for h in history] == ["early", "late", current]
    assert set(history[0]) == {"id", "started_at", "completed_at", "score", "completion",
                               "maturity", "content_version"}


def test_list_checkups_for_the_cli(store):
    _, c1 = _checkup(store, "Alpha")
    _, c2 = _checkup(store, "Bêta")
    store.update_summary(c2, 55.0, 100.0, "progressing")
    rows = {r["id"]: r for r in store.list_checkups()}
    assert set(rows) == {c1, c2}
    assert rows[c2]["business_name"] == "Bêta"
    assert rows[c2]["score"] == 55.0 and rows[c2]["completion"] == 100.0
    assert rows[c1]["score"] is None and rows[c1]["completion"] == 0.0
    assert isinstance(rows[c1]["completion"], float)


def test_delete_checkup_cascades(store):
    b, c = _checkup(store)
    store.save_answer(c, "q1", "yes", "n")
    store.set_action(c, "a1", status="done")
    store.delete_checkup(c)
    conn = store._conn
    for table in ("checkups", "answers", "action_tracking"):
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    assert store.history(b) == []


def test_delete_business_cascades(store):
    b, c = _checkup(store)
    store.save_answer(c, "q1", "yes", "n")
    store.set_action(c, "a1", status="done")
    store.delete_business(b)
    for table in ("businesses", "checkups", "answers", "action_tracking"):
        assert store._conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0


def test_advisor_profile(store):
    assert store.get_advisor() == {"name": "", "organisation": "", "logo_path": ""}
    store.set_advisor("Claire Dupont", "CCI Lyon Métropole", "/tmp/logo.png")
    store.set_advisor("Claire Dupont", "CCI Auvergne-Rhône-Alpes")
    assert store.get_advisor() == {"name": "Claire Dupont",
                                   "organisation": "CCI Auvergne-Rhône-Alpes", "logo_path": ""}
    assert store._conn.execute("SELECT count(*) FROM advisor").fetchone()[0] == 1


def test_closed_store_says_so(data_dir):
    store = Store.open_folder(data_dir)
    store.close()
    store.close()  # twice is harmless
    with pytest.raises(StoreError, match="closed"):
        store.list_businesses()


def test_foreign_keys_enforced(store):
    with pytest.raises(sqlite3.IntegrityError):
        store._conn.execute("INSERT INTO answers (checkup_id, question_id, option) "
                            "VALUES ('ghost', 'q', 'yes')")


def test_fold():
    assert fold("  Crêperie   ÉLODIE ") == "creperie elodie"
    assert fold("Œuf & Bœuf") == "oeuf & boeuf"
    assert fold("Straße") == "strasse"
    assert fold("") == ""


def test_check_integrity_and_side_files(data_dir):
    (data_dir / "boussole.db").write_bytes(b"broken" * 100)
    (data_dir / "boussole.db.bak-v1").write_bytes(b"old copy")
    (data_dir / "notes.txt").write_text("not ours")
    with Store.open_folder(data_dir) as store:
        assert store.check_integrity() == []
        names = [p.name for p in store.side_files()]
        assert names[0] == "boussole.db.bak-v1"
        assert len(names) == 2 and names[1].startswith("boussole.db.corrupt-")


def test_saves_from_several_threads_are_serialised(store):
    import threading

    _, c = _checkup(store)
    errors = []

    def worker(prefix):
        try:
            for i in range(60):
                store.save_answer(c, f"{prefix}{i}", "yes", f"{prefix} {i}")
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(p,)) for p in "abc"]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(store.load_assessment(c).answers) == 180


def test_latest_checkup_and_count_follow_inserts_and_deletes(store):
    from checks.assessment import Assessment, Business

    bid = store.create_business("Menuiserie Noël")
    business = Business("Menuiserie Noël", id=bid)
    store.import_assessment(Assessment(business, "2026.1", started_at="2025-01-10T09:00:00+01:00",
                                       id="2025"))
    current = store.create_checkup(bid, "2026.1", "fr", Assessor(), {})
    store.import_assessment(Assessment(business, "2026.1", started_at="2024-03-01T09:00:00+01:00",
                                       id="2024"))   # an older one imported later
    row = store.list_businesses()[0]
    assert (row["checkup_count"], row["last_checkup_id"]) == (3, current)
    store.delete_checkup(current)
    row = store.list_businesses()[0]
    assert (row["checkup_count"], row["last_checkup_id"]) == (2, "2025")
    store.delete_checkup("2025")
    store.delete_checkup("2024")
    row = store.list_businesses()[0]
    assert (row["checkup_count"], row["last_checkup_id"], row["last_score"]) == (0, None, None)
