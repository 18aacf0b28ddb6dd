"""The self-test (desktop/selftest.py) run in-process, its two entry points, and the sample
checkup it imports (resources/samples/bakery.json, made by tools/make_sample.py)."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import __version__, selftest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import make_sample  # noqa: E402  (tools/make_sample.py)

READ_SAMPLE = [name for name, _ in selftest.STEPS].index("read the sample checkup")


def run(tmp_path: Path, **kwargs) -> tuple[int, list[str]]:
    out = io.StringIO()
    code = selftest.run(out, parent=tmp_path, **kwargs)
    return code, out.getvalue().splitlines()


def test_every_step_passes_and_nothing_is_left_behind(tmp_path):
    home = Path(os.environ["HOME"])
    user_data = Path(os.environ["BOUSSOLE_DATA_DIR"])
    code, lines = run(tmp_path)
    assert code == 0, "\n".join(lines)
    steps = [line for line in lines if line.startswith("[")]
    assert len(steps) == len(selftest.STEPS)
    for (name, _step), line in zip(selftest.STEPS, steps):
        assert f"] {name}: ok - " in line
    assert lines[-1].startswith("OK")
    assert any("SQLCipher 4." in line for line in steps)
    assert any("owner (fr)" in line and "partner (en)" in line for line in steps)
    from desktop.about import components

    assert any(f"{len(components())} third-party components" in line for line in steps)
    assert list(tmp_path.iterdir()) == []              # the temporary data folder is gone
    assert not user_data.exists()                       # the user's data folder was not used
    assert not (home / "keyring.json").exists()         # nor the (test) keychain


def test_a_damaged_sample_names_its_step_and_exits_1(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "boussole-assessment", "version": 1', encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()
    code, lines = run(work, sample=bad)
    assert code == 1
    number = READ_SAMPLE + 1
    assert lines[-2] == f"[{number:2}/{len(selftest.STEPS)}] read the sample checkup: FAILED"
    assert lines[-1].startswith(f"FAILED at step {number} (read the sample checkup): "
                                f"DamagedFile: ")
    assert "not valid JSON" in lines[-1]
    assert not any(line.startswith("OK") for line in lines)
    assert list(work.iterdir()) == []


def test_a_sample_of_another_content_version_is_refused(tmp_path, content):
    data = json.loads(selftest.SAMPLE.read_text(encoding="utf-8"))
    data["content_version"] = "2001.01"
    other = tmp_path / "other.json"
    other.write_text(json.dumps(data), encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()
    code, lines = run(work, sample=other)
    assert code == 1
    assert f"FAILED at step {READ_SAMPLE + 1} (read the sample checkup)" in lines[-1]
    assert "'2001.01'" in lines[-1] and content.version in lines[-1]


def test_the_shipped_sample_is_complete_and_current(content):
    """Fails when the content changed (e.g. a new content version) until the sample is
    regenerated: run tools/make_sample.py and commit resources/samples/bakery.json."""
    assessment, guessed = make_sample.build(content)
    assert selftest.SAMPLE.read_text(encoding="utf-8") == assessment.to_json(), \
        "resources/samples/bakery.json is stale: run tools/make_sample.py"
    assert guessed == [], f"give these questions a realistic answer in tools/make_sample.py: {guessed}"
    from checks.scoring import evaluate_assessment

    evaluation = evaluate_assessment(content, assessment)
    assert evaluation.completion == 100
    assert 20 < evaluation.score < 80                   # a realistic mix, not all right or wrong
    assert any(a.option == "dont_know" for a in assessment.answers.values())
    assert assessment.actions and all(a in content.actions for a in assessment.actions)


def test_a_component_without_its_metadata_fails_the_licence_step(tmp_path, monkeypatch):
    """What happens in a bundle that left out a package's metadata: the About dialog could not
    show its version, so the self-test says which one."""
    from desktop import about

    index = about.read_index() + [{"name": "Ghost", "package": "ghost-package-not-installed",
                                   "licence": "MIT", "texts": ["keyring.txt"]}]
    monkeypatch.setattr(about, "read_index", lambda path=about.INDEX: index)
    code, lines = run(tmp_path)
    assert code == 1
    assert lines[-1] == ("FAILED at step 2 (read the third-party licences): SelfTestFailure: "
                         "Ghost: no version found for package ghost-package-not-installed")


def test_cli_self_test_and_version(capsys):
    from desktop.cli import main

    assert main(["self-test"]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("OK")
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"Boussole {__version__}"


def _gui_entry(*args: str) -> subprocess.CompletedProcess:
    """`boussole ARGS` in a fresh process with no display at all, reporting whether Qt loaded."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY",
                                                              "QT_QPA_PLATFORM")}
    code = ("import sys; from desktop.app import main; rc = main(['boussole', *sys.argv[1:]]); "
            "print('qt loaded' if 'PySide6' in sys.modules else 'no qt'); sys.exit(rc)")
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=120)


def test_gui_self_test_and_version_need_no_display_and_no_qt():
    done = _gui_entry("--self-test")
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[-2].startswith("OK") and lines[-1] == "no qt"
    done = _gui_entry("--version")
    assert done.returncode == 0
    assert done.stdout.splitlines() == [f"Boussole {__version__}", "no qt"]
