"""The assessment file format: documented example valid, strict validation, tolerant encoding."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from checks.assessment import (AssessmentError, loads_assessment, read_assessment,
                               write_assessment)
from tests.factories import make_assessment

ROOT = Path(__file__).resolve().parent.parent


def _doc_example() -> str:
    doc = (ROOT / "docs" / "assessment-file.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```json\n(.*?)```", doc, flags=re.S)
    assert blocks, "docs/assessment-file.md must hold a ```json example"
    return blocks[0]


def test_documented_example_validates(content):
    a = loads_assessment(_doc_example(), content)
    assert a.business.name and a.answers
    assert a.content_version == content.version


def test_round_trip_is_exact(tmp_path, content):
    original = make_assessment(content, "mixed", name="Café « L'Étoile » & Fils <b>")
    path = tmp_path / "a.json"
    write_assessment(original, path)
    again = read_assessment(path, content)
    assert again.to_dict() == original.to_dict()
    assert again.fingerprint() == original.fingerprint()


def test_bom_crlf_and_non_ascii_are_accepted(tmp_path, content):
    original = make_assessment(content, "mixed", name="Crêperie Œuvre — 🥞")
    text = original.to_json().replace("\n", "\r\n")
    path = tmp_path / "windows.json"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert read_assessment(path, content).business.name == "Crêperie Œuvre — 🥞"


def _mutated(content, change) -> str:
    data = make_assessment(content, "mixed").to_dict()
    change(data)
    return json.dumps(data)


def _first_qid(content):
    return next(iter(content.questions))


@pytest.mark.parametrize("change, fragment", [
    (lambda d: d.update(version=2), "newer Boussole"),
    (lambda d: d.update(version="1"), "'version' must be a whole number"),
    (lambda d: d["business"].update(name=42), "'business.name' must be text"),
    (lambda d: d.pop("business"), "'business' is missing"),
    (lambda d: d["answers"].update({"cyber.no_such_question": {"option": "yes"}}), "cyber.no_such_question"),
    (lambda d: d["assessor"].update(role="boss"), "assessor.role"),
    (lambda d: d.update(language="de"), "'language'"),
    (lambda d: d["actions"].update({"x.unknown": {"status": "todo"}}), "x.unknown"),
])
def test_invalid_files_are_rejected_naming_the_field(content, change, fragment):
    with pytest.raises(AssessmentError) as err:
        loads_assessment(_mutated(content, change), content)
    assert fragment in str(err.value)


def test_option_not_belonging_to_its_question_is_rejected(content):
    qid = _first_qid(content)

    def change(d):
        d["answers"][qid] = {"option": "banana", "note": "", "answered_at": ""}
    with pytest.raises(AssessmentError) as err:
        loads_assessment(_mutated(content, change), content)
    assert qid in str(err.value) and "banana" in str(err.value)


def test_dont_know_is_always_a_valid_option(content):
    qid = _first_qid(content)

    def change(d):
        d["answers"][qid] = {"option": "dont_know"}
    assert loads_assessment(_mutated(content, change), content).answers[qid].option == "dont_know"


def test_fingerprint_ignores_action_tracking_but_not_answers(content):
    a = make_assessment(content, "mixed")
    before = a.fingerprint()
    from checks.assessment import ActionTracking
    a.actions[next(iter(content.actions))] = ActionTracking(status="done")
    assert a.fingerprint() == before
    qid = next(iter(a.answers))
    a.answers[qid].note += "!"
    assert a.fingerprint() != before


@pytest.mark.parametrize("profile_change, fragment", [
    ({"website": ["yes", "no"]}, "takes one option id"),
    ({"sells_online": ["none", "own_site"]}, "cannot be combined"),
    ({"sells_online": "own_site"}, "must be a list"),
    ({"staff": "1000"}, "not one of its options"),
    ({"colour": "blue"}, "unknown"),
])
def test_profile_answers_are_checked(content, profile_change, fragment):
    with pytest.raises(AssessmentError) as err:
        loads_assessment(_mutated(content, lambda d: d["profile"].update(profile_change)), content)
    assert fragment in str(err.value)
