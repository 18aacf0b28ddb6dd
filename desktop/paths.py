"""Where Boussole keeps its data: the platform's user data folder, or --data-dir.

Written without Qt (QStandardPaths) so the command line starts fast; follows the same
conventions: XDG on Linux, Application Support on macOS, %APPDATA% on Windows.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop import APP_ID, APP_NAME

ENV_DATA_DIR = "BOUSSOLE_DATA_DIR"


def default_data_dir() -> Path:
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
        return base / APP_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_NAME
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / APP_ID


def data_dir(override: str | os.PathLike | None = None) -> Path:
    """The data folder: --data-dir, else $BOUSSOLE_DATA_DIR, else the platform default."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(ENV_DATA_DIR)
    return Path(env).expanduser() if env else default_data_dir()


# A data folder Boussole creates is the user's alone: the checkups describe a firm's weak
# points, and SQLite makes the database readable by all (0644) like any new file; a folder
# that exists keeps the permissions its owner gave it.
PRIVATE_FOLDER = 0o700


def ensure_dir(path: Path) -> Path:
    """Create the data folder (PRIVATE_FOLDER); raise OSError with a message a person can act
    on."""
    try:
        path.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    except PermissionError:
        raise PermissionError(f"cannot create the data folder {path} (permission denied); "
                              f"choose another one with --data-dir") from None
    return path


def cache_dir() -> Path:
    """Boussole's cache folder (things it can rebuild, never data): ~/.cache/boussole on Linux
    (or $XDG_CACHE_HOME), ~/Library/Caches/Boussole on macOS, %LOCALAPPDATA%\\Boussole\\cache
    on Windows."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / APP_NAME / "cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / APP_NAME
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / APP_ID
