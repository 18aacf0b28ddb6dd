"""The checklist content, parsed once: a pickle of checks.content.Content in the user's cache
folder (desktop.paths.cache_dir), so a start costs one file read instead of parsing and
validating the TOML files (about a tenth of a second).

The cache file's name carries a checksum of every content file and of Boussole's version: edited
content or another Boussole never reads a stale copy. Anything wrong with the cache (missing,
damaged, unreadable, not a Content, no room to write it) falls back to parsing, silently: the
cache only ever saves time. The folder is the person's own, like their settings.
"""
from __future__ import annotations

import pickle
import zlib
from pathlib import Path

import checks
from checks.content import DEFAULT_CONTENT_DIR, Content
from desktop import __version__, paths

FORMAT = 1   # bump when the way the cache is written changes
CODE_DIR = Path(checks.__file__).resolve().parent
MODEL_CODE = ("content.py", "content_loader.py", "content_reader.py", "action_reader.py")


def cache_key(directory: Path) -> str:
    """A checksum of Boussole's version, of the code that builds a Content (a developer's
    change to the model must not meet an older pickle) and of every content file's name and
    bytes (CRC-32 per file: it catches any edit, and zlib is loaded already where hashlib's
    OpenSSL is not)."""
    parts = [f"boussole {__version__} cache {FORMAT}"]
    code = [CODE_DIR / name for name in MODEL_CODE if (CODE_DIR / name).is_file()]   # frozen: none
    for path in [*code, *sorted(directory.glob("*.toml"))]:
        data = path.read_bytes()
        parts.append(f"{path.name}:{len(data)}:{zlib.crc32(data):08x}")
    text = "\n".join(parts).encode()
    return f"{zlib.crc32(text):08x}{zlib.adler32(text):08x}"


def cache_file(directory: Path, cache_folder: Path | None = None) -> Path:
    return (cache_folder or paths.cache_dir()) / f"content-{cache_key(directory)}.pickle"


def load_content(directory: Path | str | None = None, cache_folder: Path | None = None) -> Content:
    """The content of `directory` (default: Boussole's own), from the cache when it holds a
    good copy, else parsed (raising ContentError as checks.content_loader does) and cached."""
    directory = Path(directory) if directory else DEFAULT_CONTENT_DIR
    try:
        path = cache_file(directory, cache_folder)
    except OSError:   # a content file unreadable: the loader says which
        return _parse(directory)
    try:
        with path.open("rb") as stream:
            content = pickle.load(stream)
        if isinstance(content, Content):
            return content
    except Exception:  # noqa: BLE001 - damaged, truncated, from elsewhere: parse instead
        pass
    content = _parse(directory)
    _write(path, content)
    return content


def _parse(directory: Path) -> Content:
    from checks.content_loader import load_content as parse   # tomllib and the checks: a miss only

    return parse(directory)


def _write(path: Path, content: Content) -> None:
    """Write the cache atomically (a reader never sees half a file); failing is harmless."""
    from checks.atomic import atomic_write_bytes   # tempfile and its imports: a miss only

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob("content-*.pickle"):   # other versions' copies
            if old != path:
                old.unlink(missing_ok=True)
        atomic_write_bytes(path, pickle.dumps(content, protocol=pickle.HIGHEST_PROTOCOL))
    except OSError:
        pass
