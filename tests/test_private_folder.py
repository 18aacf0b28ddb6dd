"""A data folder Boussole creates is readable by its user only: the checkups describe a firm's
weak points, and SQLite makes its database readable by every account (0644)."""
from __future__ import annotations

import os
import stat
from pathlib import Path

from desktop import paths
from desktop.cli import main
from desktop.settings import Settings
from desktop.store import Store

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "samples" / "bakery.json"


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_every_way_a_data_folder_is_made_makes_it_private(tmp_path):
    made = {"app start": paths.ensure_dir(tmp_path / "a" / "data"),
            "settings": tmp_path / "b" / "data", "store": tmp_path / "c" / "data"}
    Settings(made["settings"]).set("language", "fr")
    with Store.open_folder(made["store"]):
        pass
    for how, folder in made.items():
        assert mode(folder) == 0o700, how


def test_the_command_line_makes_it_private_and_leaves_an_existing_folder_as_it_is(tmp_path,
                                                                                  capsys):
    new = tmp_path / "new"
    assert main(["import", str(SAMPLE), "--data-dir", str(new)]) == 0
    assert mode(new) == 0o700
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o750)
    os.chmod(shared, 0o750)   # whatever the umask
    assert main(["import", str(SAMPLE), "--data-dir", str(shared)]) == 0
    assert mode(shared) == 0o750
