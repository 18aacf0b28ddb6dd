"""boussole-cli conventions: --help everywhere, one-line errors with exit 2, checklist output."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import build_parser, main

ROOT = Path(__file__).resolve().parent.parent
SUBCOMMANDS = ["checklist", "score", "report", "verify", "list", "export", "import"]


def test_every_subcommand_has_help(capsys):
    for name in SUBCOMMANDS:
        with pytest.raises(SystemExit) as exit_:
            main([name, "--help"])
        assert exit_.value.code == 0
        out = capsys.readouterr().out
        assert out.startswith(f"usage: boussole-cli {name}"), out


def test_top_level_help_lists_every_subcommand(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for name in SUBCOMMANDS:
        assert name in out


def test_common_options_are_accepted_after_the_subcommand():
    args = build_parser().parse_args(["list", "--data-dir", "/tmp/x", "--lang", "en"])
    assert args.data_dir == "/tmp/x" and args.lang == "en"


def test_unknown_option_is_one_line_with_exit_2(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["score", "file.json", "--bogus"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--bogus" in err


@pytest.mark.parametrize("payload, expected", [
    (b"{not json", "not valid JSON at line 1"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "not UTF-8"),
    (b'{"format": "boussole-assessment", "version": 99}', "newer Boussole"),
    (b'{"format": "something-else"}', "not a Boussole assessment"),
    (b"[]", "expected a JSON object"),
])
def test_damaged_file_gives_one_clear_line_and_exit_2(tmp_path, capsys, payload, expected):
    path = tmp_path / "damaged.json"
    path.write_bytes(payload)
    assert main(["score", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1, captured.err
    assert expected in captured.err and "Traceback" not in captured.err


def test_missing_file_is_reported(tmp_path, capsys):
    assert main(["score", str(tmp_path / "nope.json")]) == 2
    assert "does not exist" in capsys.readouterr().err


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_checklist_json_holds_everything(capsys, content, lang):
    assert main(["checklist", "--format", "json", "--lang", lang]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["content_version"] == content.version
    questions = [q for m in data["modules"] for t in m["themes"] for q in t["questions"]]
    assert len(questions) == len(content.questions)
    q = questions[0]
    assert {"id", "text", "options", "weight", "critical", "applies_if", "actions"} <= set(q)
    assert {"id", "label", "score"} <= set(q["options"][0])
    assert len(data["actions"]) == len(content.actions)
    assert [p["id"] for p in data["profile"]] == [p.id for p in content.profile]
    first = next(iter(content.questions.values()))
    assert q["text"] == first.text.get(lang)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_committed_checklist_rendering_is_current(capsys, lang):
    """docs/checklist-<lang>.md must be regenerated (`make checklist-docs`) when content changes."""
    assert main(["checklist", "--format", "markdown", "--lang", lang]) == 0
    rendered = capsys.readouterr().out
    committed = (ROOT / "docs" / f"checklist-{lang}.md").read_text(encoding="utf-8")
    assert rendered == committed, "run `make checklist-docs` and commit the result"


def test_cli_help_does_not_import_heavy_modules():
    code = ("import sys; from desktop.cli import main\n"
            "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
            "heavy = [m for m in ('reportlab', 'PySide6', 'sqlite_utils') if m in sys.modules]\n"
            "print(heavy, file=sys.stderr)")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.stderr.strip() == "[]"
