"""Set-aside copies of the database, as a person sees them: list them (Settings, `boussole-cli
list`), delete one, and find the ones that still hold a business being erased. Qt-free; the
app reaches them through ui/session.py like every use case.

What they are: a damaged database set aside when Boussole opened the folder (kind "damaged",
`boussole.db.corrupt-<date>`), after salvaging what could be read into the new one; a copy made
before a schema upgrade (kind "backup", `boussole.db.bak-v<N>`). They are encrypted like the
store (desktop/store/aside.py) and never deleted behind the person's back: erasing a business
cannot reach inside them, so erasing one says which copies still hold it and offers to delete
them.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from pathlib import Path

from desktop.store.salvage import Salvage
from desktop.workspace import Workspace

__all__ = ["Salvage", "SideFile", "copies_holding", "delete_side_file", "salvage_line",
           "side_files", "summary_line"]


@dataclass(frozen=True)
class SideFile:
    name: str                  # the file's name in the data folder
    kind: str                  # "damaged" or "backup"
    modified: _dt.datetime     # when it was set aside (local timezone)
    size: int                  # bytes, its -wal and -shm included
    may_hold: bool | None = None   # copies_holding: True holds it, None cannot tell (damaged)


def _side_file(path: Path) -> SideFile:
    parts = [path, *(path.with_name(path.name + s) for s in ("-wal", "-shm"))]
    size = sum(p.stat().st_size for p in parts if p.exists())
    kind = "damaged" if ".corrupt-" in path.name else "backup"
    return SideFile(path.name, kind, _set_aside_at(path), size)


def _set_aside_at(path: Path) -> _dt.datetime:
    """When it was set aside: the UTC time in a damaged copy's name (renaming keeps the
    file's own time, its last write); else the file's time (a backup is a copy made then)."""
    stamp = path.name.partition(".corrupt-")[2][:15]
    try:
        moment = _dt.datetime.strptime(stamp, "%Y%m%d-%H%M%S").replace(tzinfo=_dt.timezone.utc)
    except ValueError:
        moment = _dt.datetime.fromtimestamp(path.stat().st_mtime, _dt.timezone.utc)
    return moment.astimezone()


def side_files(workspace: Workspace) -> list[SideFile]:
    """Every set-aside copy of the open data folder, the most recent first."""
    out = []
    for path in workspace.store.side_files():
        try:
            out.append(_side_file(path))
        except OSError:   # deleted meanwhile
            continue
    return sorted(out, key=lambda f: f.modified, reverse=True)


def delete_side_file(workspace: Workspace, name: str) -> None:
    """Delete one copy (by its name), its bytes zeroed first. StoreError when it is not one
    of the folder's copies or cannot be deleted."""
    workspace.store.delete_side_file(Path(name))


def copies_holding(workspace: Workspace, business_id: str) -> list[SideFile]:
    """The copies that still hold a business (may_hold True), or are too damaged to tell
    (may_hold None). Call it before or after erasing the business: it reads the copies only."""
    out = []
    for copy in side_files(workspace):
        holds = workspace.store.side_file_holds(Path(copy.name), business_id)
        if holds is not False:
            out.append(SideFile(copy.name, copy.kind, copy.modified, copy.size, holds))
    return out


def summary_line(copies: list[SideFile]) -> str:
    """One sentence for the command line, "" when there is none."""
    if not copies:
        return ""
    size = sum(c.size for c in copies) / 1_000_000
    what = "copy" if len(copies) == 1 else "copies"
    return (f"{len(copies)} set-aside {what} of the database ({size:.1f} MB: damaged files "
            f"set aside or backups made before an upgrade) may still hold older client data; "
            f"see them and delete them in the app's Settings, under Storage")


def salvage_line(salvage: Salvage | None, kept_at: Path) -> str:
    """One sentence for the command line: the database was damaged, what was recovered."""
    if salvage is None or not salvage.readable:
        return (f"the database was damaged and nothing could be read from it; it was kept at "
                f"{kept_at} and a new one was started")
    incomplete = f" ({salvage.incomplete} with answers missing)" if salvage.incomplete else ""
    return (f"the database was damaged: {salvage.recovered} checkup(s) recovered{incomplete}, "
            f"{salvage.lost} lost; the damaged file was kept at {kept_at}")
