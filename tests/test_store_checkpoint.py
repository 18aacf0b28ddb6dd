"""An intact store is never refused after an interrupted checkpoint (issue 12, section 2).

A checkpoint copies the WAL's pages into the main file in page order, then empties the WAL.
Cut short (a process killed, a disk full at close), it leaves a main file that is inconsistent
on its own while the database with its WAL is whole. The key check used to read the main file
alone and called such a store "wrong key or damaged". Here: the exact states a cut-short
checkpoint leaves (built page by page), real processes killed with SIGKILL while checkpointing,
and a real full disk (a small tmpfs: root only, as in CI); each time the store reopens with
every checkup that was reported saved.
"""
from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from checks.assessment import write_assessment
from desktop.cipher import key_opens
from desktop.store import DB_FILE, Store
from tests.factories import make_assessment, open_checkups, open_store

ROOT = Path(__file__).resolve().parent.parent
PAGE = 4096


def big_assessment(content, seed: int, note_chars: int = 15_000):
    """A checkup of about 1.5 MB: long notes on every answer (each within the 20,000 limit)."""
    a = make_assessment(content, "mixed", name=f"Client {seed}", seed=seed)
    rng = random.Random(seed)
    for answer in a.answers.values():
        answer.note = "".join(rng.choice("abcdefghij éàç") for _ in range(note_chars))
    return a


def _crash_copy(folder: Path, to: Path) -> None:
    """The folder as a SIGKILL leaves it: the database, its WAL and its index, no checkpoint."""
    to.mkdir(parents=True)
    for path in folder.iterdir():
        if path.name.startswith(DB_FILE) or path.name == "settings.json":
            shutil.copy2(path, to / path.name)


def _checkpointed(snapshot: Path, key: bytes, to: Path) -> bytes:
    """The main file as a checkpoint that ran to the end would leave it."""
    import sqlcipher3

    shutil.copytree(snapshot, to)
    conn = sqlcipher3.connect(str(to / DB_FILE), isolation_level=None)
    conn.set_key("x'" + key.hex() + "'")
    conn.execute("PRAGMA cipher_compatibility = 4").fetchall()
    conn.execute("PRAGMA wal_checkpoint(FULL)").fetchall()   # copies, keeps the WAL's size
    data = (to / DB_FILE).read_bytes()
    conn.close()
    return data


def _cut_short(before: bytes, after: bytes, pages: int) -> bytes:
    """The main file once a checkpoint has written its first `pages` changed pages."""
    out = bytearray(before)
    changed = [n for n in range(0, len(after), PAGE) if after[n:n + PAGE] != before[n:n + PAGE]]
    for n in changed[:pages]:
        if len(out) < n:
            out.extend(b"\0" * (n - len(out)))
        out[n:n + PAGE] = after[n:n + PAGE]
    return bytes(out)


def _killed_after_commit(tmp_path: Path, content, seed: int):
    """A store killed with a big checkup committed in its WAL, and the main file before and
    after a whole checkpoint: (snapshot folder, key, checkup id, before, after)."""
    from desktop.secrets import load_key

    folder = tmp_path / "data"
    checkups = open_checkups(folder, content)
    checkup = checkups.import_assessment(big_assessment(content, seed)).checkup_id
    snapshot = tmp_path / "killed"
    _crash_copy(folder, snapshot)
    checkups.close()
    key = load_key(folder)
    before = (snapshot / DB_FILE).read_bytes()
    return snapshot, key, checkup, before, _checkpointed(snapshot, key, tmp_path / "whole")


def test_every_state_a_cut_short_checkpoint_leaves_opens_with_its_checkups(tmp_path, content):
    folder = tmp_path / "data"
    with open_checkups(folder, content) as checkups:
        first = checkups.import_assessment(big_assessment(content, 1)).checkup_id
    # The second checkup is committed (in the WAL), then the process "dies" before closing.
    snapshot, key, second, before, after = _killed_after_commit(tmp_path, content, 2)
    changed = sum(after[n:n + PAGE] != before[n:n + PAGE] for n in range(0, len(after), PAGE))
    assert changed > 100, "the WAL should hold the second checkup's pages"
    for pages in sorted({1, 2, 3, changed // 3, changed // 2, changed - 1}):
        trial = tmp_path / f"cut-{pages}"
        shutil.copytree(snapshot, trial)
        (trial / DB_FILE).write_bytes(_cut_short(before, after, pages))
        assert key_opens(trial / DB_FILE, key), f"refused after {pages} pages"
        with Store.open_folder(trial, key=key) as store:
            assert {first, second} <= {row["id"] for row in store.list_checkups()}
            assert store.check_integrity() == []
            assert store.recovered_from is None
        assert not list(trial.glob(f"{DB_FILE}.corrupt-*"))


def test_a_wrong_key_is_still_refused_and_writes_nothing(tmp_path, content):
    """The WAL-honouring check reads only: a wrong key changes no byte of the database or
    its WAL, even when the main file alone is inconsistent."""
    snapshot, key, _, before, after = _killed_after_commit(tmp_path, content, 3)
    (snapshot / DB_FILE).write_bytes(_cut_short(before, after, 1))
    files = {p.name: p.read_bytes() for p in snapshot.iterdir() if not p.name.endswith("-shm")}
    assert not key_opens(snapshot / DB_FILE, bytes(32))
    assert {p.name: p.read_bytes() for p in snapshot.iterdir()
            if not p.name.endswith("-shm")} == files


KILLED_WHILE_CLOSING = """
import sys
from pathlib import Path
from checks.assessment import read_assessment
from checks.content_loader import load_content
from desktop.checkups import Checkups
from desktop.workspace import open_workspace
content = load_content()
folder, files = sys.argv[1], sys.argv[2:]
def never(situation):
    raise SystemExit(f"asked {situation}")
for name in files:
    checkups = Checkups(open_workspace(folder, never), content)
    checkup = checkups.import_assessment(read_assessment(name, content)).checkup_id
    print("saved", checkup, flush=True)      # committed: the import returned
    print("closing", flush=True)
    checkups.close()                          # the checkpoint at close
"""


@pytest.mark.parametrize("seed", range(6))
def test_killed_while_checkpointing_at_close_reopens_with_every_saved_checkup(tmp_path, content,
                                                                               seed):
    rng = random.Random(seed)
    files = []
    for n in range(3):
        path = tmp_path / f"c{n}.json"
        write_assessment(big_assessment(content, 10 * seed + n), path)
        files.append(str(path))
    folder = tmp_path / "data"
    script = f"import sys; sys.path.insert(0, {str(ROOT)!r})\n" + textwrap.dedent(KILLED_WHILE_CLOSING)
    proc = subprocess.Popen([sys.executable, "-c", script, str(folder), *files],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    saved, closings, kill_at = [], 0, rng.randint(1, 3)
    try:
        for line in proc.stdout:
            if line.startswith("saved"):
                saved.append(line.split()[1])
            elif line.startswith("closing"):
                closings += 1
                if closings == kill_at:
                    # The checkpoint of a 1.5 MB checkup takes a few milliseconds: land in it.
                    import time

                    time.sleep(rng.uniform(0, 0.004))
                    os.kill(proc.pid, signal.SIGKILL)
                    break
        proc.wait(30)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stdout.close()
        err = proc.stderr.read()
        proc.stderr.close()
    assert saved, err
    with open_store(folder) as store:
        listed = {row["id"] for row in store.list_checkups()}
        assert store.recovered_from is None
    assert set(saved) <= listed


# -- a real full disk ---------------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path):
    """A 3 MiB tmpfs: room for a 1.5 MB checkup in the WAL, not for its checkpoint too."""
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a small tmpfs needs root (CI runs as root)")
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def _cli(*args: str, capsys) -> tuple[int, str, str]:
    from desktop.cli import main

    capsys.readouterr()
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("mode", ["keychain", "passphrase", "plaintext"])
def test_full_disk_at_close_then_the_store_reopens_with_every_reported_import(
        small_disk, tmp_path, content, capsys, monkeypatch, mode):
    folder = small_disk / "data"
    if mode == "passphrase":
        import keyring
        from keyring.backends import fail

        keyring.set_keyring(fail.Keyring())   # the conftest puts the test keychain back
        monkeypatch.setenv("BOUSSOLE_PASSPHRASE", "correct horse battery")
    elif mode == "plaintext":
        folder.mkdir()
        (folder / "settings.json").write_text('{"storage_mode": "plaintext"}', encoding="utf-8")
    files = []
    for n in range(2):
        path = tmp_path / f"c{n}.json"
        write_assessment(big_assessment(content, 40 + n, note_chars=12_000), path)
        files.append(path)
    code, out, err = _cli("import", str(files[0]), "--data-dir", str(folder), capsys=capsys)
    assert code == 0, err
    reported = out.strip()
    assert (folder / f"{DB_FILE}-wal").stat().st_size > 0, "the checkpoint at close had room"
    # Still full: listing works, and a second import says the disk is full, in one line.
    code, out, err = _cli("list", "--data-dir", str(folder), capsys=capsys)
    assert code == 0, err
    assert reported in out
    code, out, err = _cli("import", str(files[1]), "--data-dir", str(folder), capsys=capsys)
    assert code == 2
    assert "disk is full" in err and len(err.strip().splitlines()) == 1, err
    # Room again: everything reported is there, and the next import works.
    subprocess.run(["mount", "-o", "remount,size=40m", str(small_disk)], check=True)
    code, out, err = _cli("import", str(files[1]), "--data-dir", str(folder), capsys=capsys)
    assert code == 0, err
    second = out.strip()
    code, out, err = _cli("list", "--format", "json", "--data-dir", str(folder), capsys=capsys)
    assert code == 0, err
    assert reported in out and second in out
    assert not list(folder.glob(f"{DB_FILE}.corrupt-*"))
