"""`boussole-cli score FILE`: valid files print the documented JSON, bad ones one clear line."""
from __future__ import annotations

import json

import pytest

from checks.assessment import write_assessment
from desktop.cli import main
from tests.factories import make_assessment

TOP_KEYS = {"format", "version", "content_version", "assessment_id", "business", "language",
            "overall", "modules", "critical_gaps", "plan"}


@pytest.fixture
def checkup(tmp_path, content):
    path = tmp_path / "checkup.json"
    write_assessment(make_assessment(content, "mixed"), path)
    return path


def run(capsys, *argv):
    code = main(["score", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


def one_error_line(capsys, *argv) -> str:
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    return err


def test_valid_file_prints_the_documented_json(capsys, checkup, content):
    code, out, err = run(capsys, checkup)
    assert code == 0 and err == ""
    data = json.loads(out)
    assert TOP_KEYS <= data.keys() and "comparison" not in data
    assert data["content_version"] == content.version and data["language"] == "fr"
    assert data["business"]["name"] == "Boulangerie Martin"
    assert {"score", "completion", "maturity", "maturity_label"} <= data["overall"].keys()
    assert [m["id"] for m in data["modules"]] == [m.id for m in content.modules]
    assert {"id", "title", "score", "completion", "maturity", "themes"} <= data["modules"][0].keys()
    assert {"actions", "totals", "find_out"} <= data["plan"].keys()
    assert [a["number"] for a in data["plan"]["actions"]] == list(
        range(1, len(data["plan"]["actions"]) + 1))
    for gap in data["critical_gaps"]:
        assert {"question", "module", "text"} <= gap.keys()
    for item in data["plan"]["find_out"]:
        assert {"question", "text", "ask"} <= item.keys()


def test_lang_option_and_previous_file(capsys, tmp_path, checkup, content):
    previous = tmp_path / "before.json"
    write_assessment(make_assessment(content, "worst"), previous)
    code, out, _ = run(capsys, checkup, "--lang", "en", "--previous", previous)
    data = json.loads(out)
    assert code == 0 and data["language"] == "en"
    assert data["modules"][0]["title"] == content.modules[0].title.en
    assert {"overall", "modules", "themes", "improved", "worsened", "actions_done",
            "new_actions"} <= data["comparison"].keys()


def test_utf8_bom_and_crlf_file_is_accepted(capsys, tmp_path, checkup):
    crlf = tmp_path / "windows.json"
    crlf.write_bytes(b"\xef\xbb\xbf" + checkup.read_bytes().replace(b"\n", b"\r\n"))
    code, out, _ = run(capsys, crlf)
    assert code == 0
    assert json.loads(out) == json.loads(run(capsys, checkup)[1])


def _edited(tmp_path, checkup, edit) -> str:
    data = json.loads(checkup.read_text(encoding="utf-8"))
    edit(data)
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


def test_damaged_json_names_the_line(capsys, tmp_path, checkup):
    damaged = tmp_path / "damaged.json"
    damaged.write_bytes(checkup.read_bytes()[:200])
    err = one_error_line(capsys, damaged)
    assert "not valid JSON" in err and "line" in err


def test_unknown_question_id_is_named(capsys, tmp_path, checkup):
    path = _edited(tmp_path, checkup, lambda d: d["answers"].update(
        {"cyber.does_not_exist": {"option": "yes"}}))
    assert "'cyber.does_not_exist'" in one_error_line(capsys, path)


def test_option_not_belonging_to_the_question_is_named(capsys, tmp_path, checkup, content):
    qid = next(iter(content.questions))
    path = _edited(tmp_path, checkup, lambda d: d["answers"].update({qid: {"option": "banana"}}))
    err = one_error_line(capsys, path)
    assert qid in err and "'banana'" in err


def test_newer_format_version_is_refused(capsys, tmp_path, checkup):
    path = _edited(tmp_path, checkup, lambda d: d.update(version=99))
    err = one_error_line(capsys, path)
    assert "'version'" in err and "newer" in err


def test_other_content_version_is_refused(capsys, tmp_path, checkup):
    path = _edited(tmp_path, checkup, lambda d: d.update(content_version="1999.01"))
    assert "'content_version'" in one_error_line(capsys, path)


def test_bad_previous_file_is_reported_too(capsys, tmp_path, checkup):
    bad = tmp_path / "bad.json"
    bad.write_text("[]", encoding="utf-8")
    assert "bad.json" in one_error_line(capsys, checkup, "--previous", bad)
