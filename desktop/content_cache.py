"""The checklist content, parsed once: a pickle of checks.content.Content in the user's cache
folder (desktop.paths.cache_dir), so a start costs one file read instead of parsing and
validating the TOML files (about a tenth of a second).

The cache file's name carries a checksum of every content file and of Boussole's version: edited
content or another Boussole never reads a stale copy. Anything wrong with the cache (missing,
damaged, unreadable, not a Content, no room to write it) falls back to parsing, silently: the
cache only ever saves time. The folder is the person's own, like their settings.

Beside the pickle, a few bytes of JSON give the content's edition (its version and the date its
facts were checked): what the home page shows and what picks the checkups still open, read at
a start without loading the content model at all (its classes and the pickle cost about 20 ms).
"""
from __future__ import annotations

import datetime as _dt
import json
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

import checks
from desktop import __version__, paths

if TYPE_CHECKING:
    from checks.content import Content

FORMAT = 2   # bump when the way the cache is written changes
CODE_DIR = Path(checks.__file__).resolve().parent
# checks.content.DEFAULT_CONTENT_DIR, without importing the content model
CONTENT_DIR = CODE_DIR.parent / "resources" / "content"
MODEL_CODE = ("content.py", "text.py", "content_loader.py", "content_reader.py",
              "action_reader.py")


class Edition:
    """Which checklist this is: Content.version and Content.as_of. (A plain class: making a
    NamedTuple or a dataclass costs a start a millisecond or two.)"""
    __slots__ = ("version", "as_of")

    def __init__(self, version: str, as_of: _dt.date):
        self.version = version
        self.as_of = as_of

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Edition) and (self.version, self.as_of) == (other.version,
                                                                             other.as_of)

    def __repr__(self) -> str:
        return f"Edition({self.version!r}, {self.as_of!r})"


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


def edition(directory: Path | str | None = None, cache_folder: Path | None = None) -> Edition:
    """The edition of the content of `directory`: from the cache's JSON when there is one,
    else from the content itself (load_content: ContentError when it is damaged), and the
    JSON written for the next start."""
    directory = Path(directory) if directory else CONTENT_DIR
    try:
        path = cache_file(directory, cache_folder)
    except OSError:   # a content file unreadable: the loader says which
        content = _parse(directory)
        return Edition(content.version, content.as_of)
    try:
        data = json.loads(_edition_file(path).read_bytes())
        return Edition(str(data["version"]), _dt.date.fromisoformat(data["as_of"]))
    except (OSError, ValueError, TypeError, KeyError):   # missing, damaged: ask the content
        content = _cached(directory, path)
        found = Edition(content.version, content.as_of)
        try:
            _write_edition(path, found)
        except OSError:
            pass
        return found


def load_content(directory: Path | str | None = None, cache_folder: Path | None = None) -> Content:
    """The content of `directory` (default: Boussole's own), from the cache when it holds a
    good copy, else parsed (raising ContentError as checks.content_loader does) and cached."""
    directory = Path(directory) if directory else CONTENT_DIR
    try:
        path = cache_file(directory, cache_folder)
    except OSError:   # a content file unreadable: the loader says which
        return _parse(directory)
    return _cached(directory, path)


def _cached(directory: Path, path: Path) -> Content:
    """The pickle at `path` when it is a good Content, else `directory` parsed and cached."""
    import pickle   # with the content model: not on the way to the window

    from checks.content import Content

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
    import pickle

    from checks.atomic import atomic_write_bytes   # tempfile and its imports: a miss only

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob("content-*"):   # other versions' copies
            if old.stem != path.stem:
                old.unlink(missing_ok=True)
        atomic_write_bytes(path, pickle.dumps(content, protocol=pickle.HIGHEST_PROTOCOL))
        _write_edition(path, Edition(content.version, content.as_of))
    except OSError:
        pass


def _edition_file(path: Path) -> Path:
    return path.with_suffix(".json")


def _write_edition(path: Path, found: Edition) -> None:
    from checks.atomic import atomic_write_bytes

    text = json.dumps({"version": found.version, "as_of": found.as_of.isoformat()})
    atomic_write_bytes(_edition_file(path), text.encode("utf-8"))
