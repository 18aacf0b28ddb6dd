"""shiboken6's support modules (shibokensupport: PySide6's signatures and its __feature__ import
hook) as compiled files for the bundle, so that the bundled app stops compiling them at every
start.

shiboken6 carries these ~15 modules (~150 KB of Python) as a zip inside its binary and compiles
them from source each time a program imports PySide6: ~100 million instructions, 8 % of the
bundled app's launch to "ready" (callgrind: 1,314 -> 1,212 million). When a folder `files.dir` sits next to shiboken6's
__init__, its bootstrap (signature_bootstrap.find_incarnated_files) imports them from there as
ordinary modules instead, and their bytecode can be read from __pycache__. (PySide6's own
switch, SBK_EMBED=0, writes that folder into the installed package; the build must not change
the virtual environment it runs from, so the files are taken from the loaded zip instead.)

The bytecode is written "unchecked-hash" (PEP 552): valid whatever the files' dates after
PyInstaller copies them and the archive is unpacked, and never rewritten at run time (the
bundle's folder may be read-only).
"""
from __future__ import annotations

import importlib.util
import py_compile
import sys
from pathlib import Path

DEST = "shiboken6/files.dir"   # inside the bundle's _internal/, next to shiboken6/__init__


def embedded_sources() -> dict[str, bytes]:
    """The support modules shiboken6 carries, by their path in its zip (e.g.
    "shibokensupport/signature/loader.py"), as loaded by this interpreter's shiboken6."""
    import shiboken6  # noqa: F401 - loads shibokensupport from the embedded zip

    loader = sys.modules["shibokensupport.signature.loader"].__loader__
    archive = getattr(loader, "zfile", None)
    if archive is None:   # already loaded from a files.dir: nothing embedded to take
        origin = Path(sys.modules["shibokensupport"].__file__).resolve().parent.parent
        return {path.relative_to(origin).as_posix(): path.read_bytes()
                for path in origin.rglob("*.py")}
    return {name: archive.read(name) for name in archive.namelist() if name.endswith(".py")}


def write_support(folder: Path) -> list[tuple[str, str]]:
    """The support modules and their bytecode written under `folder`, as (source file,
    destination folder in the bundle) pairs for PyInstaller's datas."""
    out = []
    for name, source in sorted(embedded_sources().items()):
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(source)
        compiled = Path(importlib.util.cache_from_source(str(path)))
        py_compile.compile(str(path), cfile=str(compiled), doraise=True,
                           invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
        for written in (path, compiled):
            relative = written.parent.relative_to(folder)
            out.append((str(written), "/".join([DEST, *relative.parts])))
    return out
