"""Reading assessment files says precisely what is wrong (one error class per thing the person
can do about it), asks a passphrase only for a protected file and only once its header is
sound, and a checkup already in the store is found before any import."""
from __future__ import annotations

import json

import pytest

from checks.assessment import AssessmentError
from desktop import transfer
from desktop.checkups import (CannotReadFile, DamagedFile, NewerFile, OtherContentVersion,
                              WrongPassphrase, check_protected_file, is_protected_file,
                              read_assessment_file, write_assessment_file)
from tests.factories import make_assessment, open_checkups

PASS = "cheval brun pile agrafe"


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    monkeypatch.setattr(transfer, "SCRYPT_N", 2**14)


def never(): pytest.fail("a passphrase was asked for a plain file")


def write_json(path, data):
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.fixture
def data(content):
    return json.loads(make_assessment(content, "mixed").to_json())


def test_each_problem_has_its_class(tmp_path, content, data):
    cases = {
        CannotReadFile: [tmp_path / "missing.json", tmp_path],
        DamagedFile: [write_json(tmp_path / "list.json", [1, 2]),
                      write_json(tmp_path / "other.json", {"format": "autre chose"})],
        NewerFile: [write_json(tmp_path / "newer.json", {**data, "version": 7})],
    }
    (tmp_path / "binary.json").write_bytes(b"\xff\xfe\x00garbage")
    (tmp_path / "cut.json").write_text(json.dumps(data)[:200], encoding="utf-8")
    cases[DamagedFile] += [tmp_path / "binary.json", tmp_path / "cut.json"]
    for kind, paths in cases.items():
        for path in paths:
            with pytest.raises(kind):
                read_assessment_file(path, content, never)


def test_another_questionnaire_version_names_both_versions(tmp_path, content, data):
    newer = write_json(tmp_path / "n.json", {**data, "content_version": "2099.01"})
    with pytest.raises(OtherContentVersion, match="newer questionnaire.*update Boussole") as e:
        read_assessment_file(newer, content, never)
    assert (e.value.file_version, e.value.this_version, e.value.newer) == \
        ("2099.01", content.version, True)
    older = write_json(tmp_path / "o.json", {**data, "content_version": "2001.01"})
    with pytest.raises(OtherContentVersion, match="does not have") as e:   # not archived here
        read_assessment_file(older, content, never)
    assert e.value.newer is False
    odd = write_json(tmp_path / "x.json", {**data, "content_version": "beta"})
    with pytest.raises(OtherContentVersion) as e:
        read_assessment_file(odd, content, never)
    assert e.value.newer is True          # unknown: from a Boussole this one does not know


def test_an_inconsistent_file_is_still_an_assessment_error(tmp_path, content, data):
    data["answers"][next(iter(data["answers"]))]["option"] = "n'existe pas"
    with pytest.raises(AssessmentError) as e:
        read_assessment_file(write_json(tmp_path / "a.json", data), content, never)
    assert type(e.value) is AssessmentError


def test_a_protected_file_is_checked_before_its_passphrase_is_asked(tmp_path, content):
    path = tmp_path / "c.boussole"
    write_assessment_file(make_assessment(content), path, PASS)
    assert is_protected_file(path)
    check_protected_file(path)                        # sound: no exception
    with pytest.raises(WrongPassphrase):
        read_assessment_file(path, content, lambda: "une autre phrase")
    header, _, body = path.read_bytes().partition(b"\n")
    (tmp_path / "cut.boussole").write_bytes(header + b"\n" + body[:10])
    (tmp_path / "newer.boussole").write_bytes(header.replace(b'"version":1', b'"version":2')
                                              + b"\n" + body)
    with pytest.raises(DamagedFile):
        check_protected_file(tmp_path / "cut.boussole")
    with pytest.raises(NewerFile):
        check_protected_file(tmp_path / "newer.boussole")
    with pytest.raises(DamagedFile):
        read_assessment_file(tmp_path / "cut.boussole", content, lambda: PASS)


def test_a_checkup_already_here_is_found_with_its_business_and_date(data_dir, content):
    a = make_assessment(content, "mixed", name="Boulangerie Martin")
    with open_checkups(data_dir, content) as checkups:
        assert checkups.stored_copy(a) is None
        checkups.import_assessment(a)
        checkups.edit_business(a.business.id, name="Boulangerie Martin & Fils")
        found = checkups.stored_copy(a)
        assert found == {"id": a.id, "business_id": a.business.id,
                         "business_name": "Boulangerie Martin & Fils",
                         "started_at": a.started_at, "completed_at": None, "identical": True}
        changed = make_assessment(content, "worst", name="Boulangerie Martin")
        changed.id, changed.business.id = a.id, a.business.id
        assert checkups.stored_copy(changed)["identical"] is False
        other = make_assessment(content, "mixed", name="Boulangerie Martin")
        other.business.id = a.business.id
        assert checkups.stored_copy(other) is None       # same business, a new checkup
