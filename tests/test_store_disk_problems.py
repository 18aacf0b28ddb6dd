"""A full disk says the disk is full, a read-only folder says read-only, a path too long for
SQLite says too long (issue 12, section 2): one line, exit 2, nothing lost. Real disks: a tiny
tmpfs and a read-only bind mount (root only, as in CI), a real over-long path."""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from checks.assessment import write_assessment
from desktop.cli import main
from desktop.problems import MAX_FOLDER_BYTES
from desktop.store import StoreError
from tests.factories import make_assessment, never_ask


def _cli(capsys, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _mount(*args: str) -> None:
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("needs root to mount (CI runs as root)")
    done = subprocess.run(["mount", *args], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount here: {done.stderr.strip()}")


@pytest.fixture
def sample(tmp_path, content) -> Path:
    path = tmp_path / "sample.json"
    write_assessment(make_assessment(content, "mixed"), path)
    return path


@pytest.mark.parametrize("size", ["4k", "40k", "120k"])
def test_a_full_disk_is_called_full_whatever_file_it_stops(tmp_path, sample, capsys, size):
    """4k: no room for the settings; 40k: the database's index; 120k: the import itself."""
    disk = tmp_path / "disk"
    disk.mkdir()
    _mount("-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(disk))
    try:
        code, out, err = _cli(capsys, "import", str(sample), "--data-dir", str(disk / "data"))
        assert code == 2
        assert "the disk is full" in err and len(err.strip().splitlines()) == 1, err
        assert "Traceback" not in err
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def test_a_read_only_folder_is_called_read_only(tmp_path, sample, capsys):
    source = tmp_path / "source"
    assert main(["import", str(sample), "--data-dir", str(source / "data")]) == 0
    (source / "new").mkdir()
    mounted = tmp_path / "ro"
    mounted.mkdir()
    _mount("--bind", str(source), str(mounted))
    try:
        _mount("-o", "remount,ro,bind", str(mounted))
        for folder in ("data", "new", "missing/data"):
            code, out, err = _cli(capsys, "list", "--data-dir", str(mounted / folder))
            assert code == 2, folder
            assert "is read-only" in err and len(err.strip().splitlines()) == 1, err
        from desktop.workspace import open_workspace

        with pytest.raises(StoreError) as info:
            open_workspace(mounted / "data", never_ask)
        assert info.value.reason == "read_only"
    finally:
        subprocess.run(["umount", "-l", str(mounted)], check=False)


def _long_folder(base: Path, length: int) -> Path:
    """A folder path of exactly `length` bytes, in components of at most 100 characters."""
    left = length - len(str(base)) - 1
    parts = []
    while left > 0:
        part = min(100, left)
        if 0 < left - part < 2:          # leave room for the next "/x"
            part -= 2
        parts.append("d" * part)
        left -= part + 1
    path = base.joinpath(*parts)
    assert len(str(path)) == length
    return path


def test_a_data_path_too_long_for_sqlite_is_called_too_long(tmp_path, sample, capsys):
    base = tmp_path.resolve()
    too_long = _long_folder(base, MAX_FOLDER_BYTES + 40)
    code, out, err = _cli(capsys, "import", str(sample), "--data-dir", str(too_long))
    assert code == 2
    assert "is too long for the database" in err and len(err.strip().splitlines()) == 1, err
    from desktop.workspace import open_workspace

    with pytest.raises(StoreError) as info:
        open_workspace(too_long, never_ask)
    assert info.value.reason == "too_long"
    # At the limit, everything works, set-aside copies included (their names are longest).
    fits = _long_folder(base, MAX_FOLDER_BYTES)
    code, out, err = _cli(capsys, "import", str(sample), "--data-dir", str(fits))
    assert code == 0, err
    (fits / "boussole.db").write_bytes(b"SQLite format 3\x00" + b"\xa5" * 8000)
    code, out, err = _cli(capsys, "list", "--data-dir", str(fits))
    assert code == 0, err
    assert "the database was damaged" in err
