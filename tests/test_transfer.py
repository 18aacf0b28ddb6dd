"""Passphrase-protected export files: round trip, wrong passphrase, tampering, damage."""
from __future__ import annotations

import pytest

from checks.assessment import AssessmentError
from desktop.transfer import is_encrypted, read_encrypted, write_encrypted
from tests.factories import make_assessment

PASS = "correct horse battery"


@pytest.fixture(scope="module")
def encrypted(tmp_path_factory, content):
    a = make_assessment(content, "mixed", name="Garage Lefèvre « secret »")
    path = tmp_path_factory.mktemp("x") / "client.boussole"
    write_encrypted(a, path, PASS)
    return a, path


def test_round_trip(encrypted, content):
    original, path = encrypted
    assert is_encrypted(path)
    assert read_encrypted(path, PASS, content).to_dict() == original.to_dict()


def test_file_holds_no_clear_text(encrypted):
    original, path = encrypted
    raw = path.read_bytes()
    assert "Lefèvre".encode() not in raw and b"Garage" not in raw
    for answer in original.answers.values():
        if answer.note:
            assert answer.note.encode("utf-8") not in raw


def test_wrong_passphrase_is_refused_cleanly(encrypted, content):
    _, path = encrypted
    before = path.read_bytes()
    with pytest.raises(AssessmentError, match="wrong passphrase"):
        read_encrypted(path, "not the passphrase", content)
    assert path.read_bytes() == before


def test_a_changed_byte_is_detected(encrypted, content, tmp_path):
    _, path = encrypted
    raw = bytearray(path.read_bytes())
    body_at = raw.index(b"\n") + 10
    raw[body_at] = ord("A") if raw[body_at] != ord("A") else ord("B")
    tampered = tmp_path / "tampered.boussole"
    tampered.write_bytes(bytes(raw))
    with pytest.raises(AssessmentError, match="wrong passphrase, or the file was damaged"):
        read_encrypted(tampered, PASS, content)


def test_damaged_header_says_so(encrypted, content, tmp_path):
    _, path = encrypted
    damaged = tmp_path / "damaged.boussole"
    damaged.write_bytes(path.read_bytes()[:40] + b"\n???")
    with pytest.raises(AssessmentError, match="damaged"):
        read_encrypted(damaged, PASS, content)


def test_plain_json_is_not_taken_for_encrypted(tmp_path, content):
    path = tmp_path / "plain.json"
    path.write_text(make_assessment(content).to_json(), encoding="utf-8")
    assert not is_encrypted(path)


def test_short_passphrase_is_refused(tmp_path, content):
    with pytest.raises(AssessmentError, match="too short"):
        write_encrypted(make_assessment(content), tmp_path / "x", "short")
    assert not (tmp_path / "x").exists()
