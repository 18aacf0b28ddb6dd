"""desktop.workspace: the folder's lock is held before any key is decided, a busy folder is
waited for, and every failure releases the folder."""
from __future__ import annotations

import io
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop.lock import FolderLock, FolderLocked
from desktop.settings import Settings
from desktop.workspace import (ASK_CHOOSE, StorageCancelled, StorageChoice, StoreLockedError,
                               open_workspace)

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "une phrase assez longue"


def _locked_by_someone(folder: Path) -> bool:
    try:
        probe = FolderLock(folder)
        probe.acquire()
    except FolderLocked:
        return True
    probe.release()
    return False


def test_the_key_is_decided_while_the_folder_is_locked(data_dir, no_keychain):
    seen = []

    def ask(situation):
        seen.append((situation, _locked_by_someone(data_dir),
                     (data_dir / "boussole.salt").exists()))
        return StorageChoice.with_passphrase(PASSPHRASE)

    with open_workspace(data_dir, ask) as workspace:
        assert workspace.folder == data_dir and workspace.settings.get("storage_mode") == "passphrase"
        workspace.store.create_business("Atelier Hêtre")
        assert _locked_by_someone(data_dir)
    assert seen == [(ASK_CHOOSE, True, False)]       # asked under the lock, nothing written yet
    assert not _locked_by_someone(data_dir)          # released by close()
    assert (data_dir / "boussole.salt").exists()


def test_a_refusal_or_a_failing_ask_releases_the_folder(data_dir, no_keychain):
    with pytest.raises(StorageCancelled):
        open_workspace(data_dir, lambda situation: StorageChoice.cancel())
    assert not _locked_by_someone(data_dir)

    class Stop(Exception):
        pass

    def ask(situation):
        raise Stop

    with pytest.raises(Stop):
        open_workspace(data_dir, ask)
    assert not _locked_by_someone(data_dir)
    assert not (data_dir / "boussole.db").exists() and not (data_dir / "boussole.salt").exists()


def test_the_settings_given_are_read_again_under_the_lock(data_dir):
    mine = Settings(data_dir)                       # read before another process chose
    other = Settings(data_dir)
    other.set("storage_mode", "plaintext")
    other.set("advisor_mode", True)
    with open_workspace(data_dir, lambda s: pytest.fail(f"asked {s}"), settings=mine) as workspace:
        assert workspace.settings is mine
        assert mine.get("storage_mode") == "plaintext" and mine.get("advisor_mode") is True
    mine.set("language", "en")                      # writes its key only, keeps the others'
    assert json.loads((data_dir / "settings.json").read_text()) == {
        "advisor_mode": True, "language": "en", "storage_mode": "plaintext"}


HOLD = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, sys.argv[1])
    from desktop.store import Store
    store = Store.open_folder(sys.argv[2])
    print("ready", flush=True)
    time.sleep(float(sys.argv[3]))
    store.close()
""")


def _holder(folder: Path, seconds: float) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(ROOT), str(folder), str(seconds)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready"
    return proc


def test_a_busy_folder_is_waited_for_then_refused_naming_the_holder(data_dir):
    Settings(data_dir).set("storage_mode", "plaintext")
    holder = _holder(data_dir, 0.6)
    try:
        pids = []
        with open_workspace(data_dir, lambda s: pytest.fail(s), wait=10,
                            waiting=pids.append) as workspace:
            workspace.store.create_business("Après l'attente")
        assert pids and set(pids) == {holder.pid}
    finally:
        holder.wait(10)
        holder.stdout.close()
    holder = _holder(data_dir, 30)
    try:
        with pytest.raises(StoreLockedError) as info:
            open_workspace(data_dir, lambda s: pytest.fail(s), wait=0.3)
        assert info.value.pid == holder.pid and "already open" in str(info.value)
    finally:
        holder.kill()
        holder.wait(10)
        holder.stdout.close()


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_command_line_says_once_that_it_waits_at_a_terminal(data_dir, monkeypatch, capsys):
    from desktop.cli import main

    Settings(data_dir).set("storage_mode", "plaintext")
    holder = _holder(data_dir, 0.6)
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    try:
        assert main(["list", "--format", "json", "--data-dir", str(data_dir)]) == 0
    finally:
        holder.wait(10)
        holder.stdout.close()
    said = terminal.getvalue()
    assert said.count("\n") == 1
    assert f"in use by process {holder.pid}; waiting up to" in said
    assert json.loads(capsys.readouterr().out) == []
