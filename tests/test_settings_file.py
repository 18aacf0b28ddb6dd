"""The settings file (desktop/settings.py): a damaged one, however it is damaged, is set aside
with a message and the defaults are used; nothing else is touched."""
from __future__ import annotations

import json

import pytest

from desktop.settings import REGISTRY, Settings


@pytest.mark.parametrize("text", [
    "{not json",
    "[1, 2, 3]",
    "[" * 100_000,                    # nesting deep enough to exhaust the parser's recursion
    '{"a":' * 100_000,
])
def test_a_damaged_settings_file_gives_the_defaults_and_is_kept_aside(tmp_path, text):
    (tmp_path / "settings.json").write_text(text, encoding="utf-8")
    settings = Settings(tmp_path)
    assert settings.load_problem and "damaged" in settings.load_problem
    assert all(settings.get(key) == spec.default for key, spec in REGISTRY.items())
    assert (tmp_path / "settings.damaged.json").read_text(encoding="utf-8") == text
    settings.set("language", "en")                       # and it can be written again
    assert json.loads((tmp_path / "settings.json").read_text(encoding="utf-8"))["language"] == "en"
