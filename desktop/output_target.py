"""Where an export may be written: never over a data folder's own files, over the file the
export is made from, or over something that is not a plain file.

Exports are written atomically (a new file renamed over the target), so a mistyped path
replaced whatever was there: `export … -o DATA/boussole.db` put a JSON file where the database
was (every checkup gone at the next start), `-o DATA/boussole.salt` locked the folder for good,
`report plan.json -o plan.json` replaced the answers with their PDF, and a device or a pipe was
replaced by a file. Both export use cases (the PDF report, the assessment file) ask here first,
for the app and the command line alike.
"""
from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import Iterable

from desktop.keys import DB_FILE, SALT_FILE
from desktop.settings import SETTINGS_FILE

# A data folder is recognised by its database or its passphrase's salt; its own files are
# these names and every name starting with "boussole." (journal, copies set aside, backups).
MARKERS = (DB_FILE, SALT_FILE)
# settings.json, and the copy desktop.settings keeps of a damaged one
SETTINGS_NAMES = (SETTINGS_FILE, Path(SETTINGS_FILE).with_suffix(".damaged.json").name)

DATA_FILE = "data"          # one of a data folder's own files
SOURCE = "source"           # the file the export is made from
NOT_A_FILE = "not-a-file"   # a device, a pipe, a socket


class TargetRefused(OSError):
    """The target is one the export must not replace; `kind` says why (the constants above)
    and `filename` is the target, so each front end words it in its own language."""

    def __init__(self, kind: str, target: Path):
        super().__init__(errno.EEXIST, f"{target} must not be replaced ({kind})", str(target))
        self.kind = kind


def check_output_target(out: Path | str, reading: Iterable[Path | str | None] = ()) -> None:
    """Raise TargetRefused when writing `out` would replace something it must not. A target
    that does not exist yet, or an ordinary file of the person's, passes."""
    out = Path(out)
    try:
        mode = os.stat(out).st_mode
    except OSError:
        mode = None   # nothing there yet (or unreachable: the writer will say so)
    if mode is not None and not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        raise TargetRefused(NOT_A_FILE, out)
    if mode is not None:
        for source in reading:
            if source is not None and _same_file(out, Path(source)):
                raise TargetRefused(SOURCE, out)
    try:
        real = out.resolve()
        data_file = _is_data_file_name(real.name) and any((real.parent / m).exists()
                                                          for m in MARKERS)
    except OSError:
        return   # a path that cannot be reached (a name too long...): the writer says why
    if data_file:
        raise TargetRefused(DATA_FILE, out)


def _is_data_file_name(name: str) -> bool:
    return name.startswith("boussole.") or name in SETTINGS_NAMES


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False
