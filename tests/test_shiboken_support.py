"""The bundle's precompiled copy of shiboken6's support modules (packaging/shiboken_support.py),
written here without building the bundle (tests/test_bundle.py checks the built one)."""
from __future__ import annotations

import importlib.machinery
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
import shiboken_support  # noqa: E402  (packaging/shiboken_support.py)


def _module_name(relative: Path) -> str:
    return ".".join(relative.with_suffix("").parts).removesuffix(".__init__")


def test_every_support_module_a_window_loads_is_written_with_its_bytecode(tmp_path):
    import PySide6.QtWidgets  # noqa: F401 - what the window imports

    written = shiboken_support.write_support(tmp_path)
    sources = [Path(src) for src, _dest in written if src.endswith(".py")]
    loaded = {name for name in sys.modules if name.startswith("shibokensupport")}
    assert loaded and loaded <= {_module_name(p.relative_to(tmp_path)) for p in sources}
    for src, dest in written:
        relative = Path(src).parent.relative_to(tmp_path)
        assert dest == "/".join(["shiboken6/files.dir", *relative.parts])
    compiled = {Path(src) for src, _dest in written if src.endswith(".pyc")}
    for source in sources:
        cached = Path(importlib.util.cache_from_source(str(source)))
        assert cached in compiled
        # PEP 552 flags: hash-based (bit 0), source not checked (bit 1 clear)
        assert int.from_bytes(cached.read_bytes()[4:8], "little") == 0b01


def test_the_bytecode_is_used_whatever_happens_to_the_files_dates_or_sources(tmp_path):
    written = shiboken_support.write_support(tmp_path)
    source = next(Path(src) for src, _dest in written if src.endswith("loader.py"))
    # PyInstaller's copy and the archive's unpacking change the dates; the bundled folder may
    # be read-only: the bytecode must be taken as it is, never recompiled at a start.
    source.write_text("raise SystemExit('recompiled from source')\n", encoding="utf-8")
    loader = importlib.machinery.SourceFileLoader("shibokensupport.signature.loader", str(source))
    code = loader.get_code("shibokensupport.signature.loader")
    assert "recompiled from source" not in code.co_consts
    assert any(name in code.co_names for name in ("sys", "os"))
