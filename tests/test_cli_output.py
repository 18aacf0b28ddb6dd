"""What the command line writes, and where it refuses to write: a mistyped output path never
replaces the data folder's files or the file being read; standard output that fails (a full
disk, a reader gone) is said, or ends quietly, never a cut file with exit code 0 or a traceback;
names from files never reach the terminal as control characters."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from checks.assessment import write_assessment
from desktop.cli import main
from desktop.store import Store
from tests.factories import make_assessment
from tests.test_cli_store import filled  # noqa: F401 - a data folder holding one checkup

ROOT = Path(__file__).resolve().parent.parent


def listed(folder: Path, capsys) -> str:
    assert main(["list", "--data-dir", str(folder)]) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("name", ["boussole.db", "settings.json", "boussole.lock"])
def test_an_export_over_a_data_folder_file_is_refused_and_the_checkups_stay(filled, capsys,
                                                                            name):
    folder, a = filled
    target = folder / name
    assert main(["export", a.id, "-o", str(target), "--data-dir", str(folder)]) == 2
    err = capsys.readouterr().err
    assert "data folder" in err and "choose another name or folder" in err
    assert a.id.encode() not in target.read_bytes()    # the export was not written there
    assert a.id in listed(folder, capsys)


def test_a_report_over_any_data_folder_file_is_refused(filled, tmp_path, capsys, content):
    folder, a = filled
    source = tmp_path / "plan.json"
    write_assessment(a, source)
    db = folder / "boussole.db"
    before = db.read_bytes()
    assert main(["report", str(source), "-o", str(db)]) == 2
    assert "files of a Boussole data folder" in capsys.readouterr().err
    assert db.read_bytes() == before


def test_a_report_over_the_file_it_reads_is_refused(filled, tmp_path, capsys):
    _, a = filled
    source = tmp_path / "plan.json"
    write_assessment(a, source)
    before = source.read_bytes()
    for output in (source, tmp_path / "." / "plan.json"):
        assert main(["report", str(source), "-o", str(output)]) == 2
        assert "is the file being read" in capsys.readouterr().err
    assert source.read_bytes() == before


def test_a_pipe_is_not_replaced_by_a_file(filled, tmp_path, capsys):
    folder, a = filled
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    assert main(["export", a.id, "-o", str(fifo), "--data-dir", str(folder)]) == 2
    assert "not a file" in capsys.readouterr().err
    assert fifo.is_fifo()


def test_an_ordinary_file_is_still_replaced(filled, tmp_path, capsys, content):
    folder, a = filled
    out = tmp_path / "boussole.json"   # a data folder's kind of name, but not in a data folder
    out.write_text("old")
    assert main(["export", a.id, "-o", str(out), "--data-dir", str(folder)]) == 0
    assert out.read_text() != "old"


def test_export_into_a_missing_folder_says_what_to_do(filled, tmp_path, capsys):
    folder, a = filled
    assert main(["export", a.id, "-o", str(tmp_path / "nowhere" / "a.json"),
                 "--data-dir", str(folder)]) == 2
    assert "does not exist: create it or choose another path" in capsys.readouterr().err
    assert main(["export", a.id, "-o", str(tmp_path), "--data-dir", str(folder)]) == 2
    assert f"give a file name such as {tmp_path / 'export.json'}" in capsys.readouterr().err


def test_list_writes_no_control_character_from_a_name(data_dir, content, capsys):
    a = make_assessment(content, "mixed", name="Boul\x1b[31mangerie\u202e")
    with Store.open_folder(data_dir) as store:
        store.import_assessment(a)
    out = listed(data_dir, capsys)
    assert "\x1b" not in out and "\u202e" not in out
    assert "Boul\\x1b[31mangerie\\u202e" in out


def _cli(*args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "desktop.cli", *args], cwd=ROOT,
                            stderr=subprocess.PIPE, text=True, **kwargs)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (a full disk)")
def test_output_on_a_full_disk_is_said_with_exit_code_2():
    with open("/dev/full", "w") as full:
        done = _cli("checklist", "--format", "markdown", stdout=full)
        _, err = done.communicate(timeout=120)
    assert done.returncode == 2
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert "could not be written whole" in err and "free some disk space" in err


def test_a_reader_gone_ends_the_command_quietly():
    """`boussole-cli score … | true`: the reader is gone before anything is written."""
    done = _cli("score", str(ROOT / "resources" / "samples" / "bakery.json"),
                stdout=subprocess.PIPE, bufsize=0)
    done.stdout.close()
    _, err = done.communicate(timeout=120)
    assert done.returncode == 1
    assert err == ""


def test_the_apps_report_and_file_exports_refuse_a_data_folder_file(filled, content, qapp):
    """The use cases the app calls refuse it too, and the app says it in French."""
    from desktop.assessment_files import write_assessment_file
    from desktop.output_target import TargetRefused
    from desktop.report_job import ReportRequest, run_report
    from ui.workers import describe_error

    folder, a = filled
    db = folder / "boussole.db"
    before = db.read_bytes()
    with pytest.raises(TargetRefused) as refused:
        run_report(content, ReportRequest(a, db, "owner", "fr", None))
    assert "effacerait vos diagnostics enregistrés" in describe_error(refused.value)
    with pytest.raises(TargetRefused):
        write_assessment_file(a, folder / "settings.json")
    assert db.read_bytes() == before
