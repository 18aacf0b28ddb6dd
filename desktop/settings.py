"""Typed settings registry, stored as JSON in the data folder.

Each setting is declared once, with its type and default (after Picard's option registry), so
there is one obvious place to find them and a damaged or hand-edited file never yields a value
of the wrong type: a bad value falls back to the default. Secrets never go here (see secrets.py).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from checks.atomic import atomic_write_bytes
from desktop.paths import PRIVATE_FOLDER

SETTINGS_FILE = "settings.json"


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    choices: tuple = ()

    def coerce(self, value: Any) -> Any:
        if self.type is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, self.type) or (self.type is int and isinstance(value, bool)):
            return self.default
        if self.choices and value not in self.choices:
            return self.default
        return value


REGISTRY: dict[str, Setting] = {s.key: s for s in (
    Setting("language", str, "fr", ("fr", "en")),
    Setting("advisor_mode", bool, False),      # the advisor's identity itself lives in the store
    Setting("last_export_dir", str, ""),
    Setting("last_transfer_dir", str, ""),     # the folder of the last encrypted export file
    Setting("last_edition", str, "owner", ("owner", "partner")),
    Setting("window_geometry", str, ""),       # base64 of QWidget.saveGeometry()
    Setting("storage_mode", str, "", ("", "keychain", "passphrase", "plaintext")),
)}


class Settings:
    """Settings of one data folder. Read at start (and again by `reload`), written atomically
    on every change. A change writes only its own key over what the file holds at that moment,
    so the app and a command run beside it never undo each other's settings."""

    def __init__(self, folder: Path):
        self.path = Path(folder) / SETTINGS_FILE
        self._values: dict[str, Any] = {}
        self._run_only: dict[str, Any] = {}   # this run's values (override), never written
        self.load_problem: str | None = None
        self._load()

    def reload(self) -> None:
        """Read the file again: another process may have changed it (desktop.workspace calls
        this once it holds the folder's lock, before deciding anything from the settings)."""
        self._values = {}
        self._load()

    def _read(self) -> dict:
        raw = json.loads(self.path.read_text(encoding="utf-8-sig"))
        if not isinstance(raw, dict):
            raise ValueError("not an object")
        return raw

    def _load(self) -> None:
        try:
            raw = self._read()
        except FileNotFoundError:
            return
        except (ValueError, OSError, RecursionError) as exc:   # deep nesting: damaged too
            # Keep the damaged file for inspection; start from defaults.
            self.load_problem = f"settings file {self.path} is damaged ({exc}); defaults are used"
            try:
                self.path.replace(self.path.with_suffix(".damaged.json"))
            except OSError:
                pass
            return
        for key, value in raw.items():
            if key in REGISTRY:
                self._values[key] = REGISTRY[key].coerce(value)

    def get(self, key: str) -> Any:
        setting = REGISTRY[key]
        if key in self._run_only:
            return self._run_only[key]
        return self._values.get(key, setting.default)

    def override(self, key: str, value: Any) -> None:
        """Use `value` for this run only (`boussole --lang en`): the file keeps the saved
        choice for later starts. A later `set` of the key (a choice in Settings) ends it."""
        if REGISTRY[key].coerce(value) != value:
            raise ValueError(f"setting {key!r} cannot take {value!r}")
        self._run_only[key] = value

    def set(self, key: str, value: Any) -> None:
        setting = REGISTRY[key]
        if setting.coerce(value) != value:
            raise ValueError(f"setting {key!r} cannot take {value!r}")
        try:
            current = self._read()
        except (ValueError, OSError, RecursionError):   # missing or damaged: what this process knows is best
            pass
        else:
            self._values = {k: REGISTRY[k].coerce(v) for k, v in current.items()
                            if k in REGISTRY}
        self._values[key] = value
        self._run_only.pop(key, None)
        self.path.parent.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
        data = json.dumps(self._values, ensure_ascii=False, indent=2, sort_keys=True)
        atomic_write_bytes(self.path, data.encode("utf-8"))
