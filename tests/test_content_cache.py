"""The parsed content cached between starts (desktop/content_cache.py): a good cache is used,
edited content is never served stale, and a damaged cache falls back to parsing."""
from __future__ import annotations

import dataclasses
import pickle
import shutil

import pytest

from checks.content_loader import DEFAULT_CONTENT_DIR, load_content as parse
from checks.errors import ContentError
from desktop import content_cache, paths


@pytest.fixture
def folder(tmp_path):
    return tmp_path / "cache"


def test_first_load_parses_and_writes_the_cache_the_next_reads_it(folder, content):
    loaded = content_cache.load_content(cache_folder=folder)
    assert loaded == content
    cache = content_cache.cache_file(DEFAULT_CONTENT_DIR, folder)
    assert cache.is_file()
    # what the next start reads is the cache: a marked copy written there comes back
    marked = dataclasses.replace(content, version="from-the-cache")
    cache.write_bytes(pickle.dumps(marked))
    assert content_cache.load_content(cache_folder=folder).version == "from-the-cache"


def test_the_default_cache_folder_is_the_users_cache(monkeypatch, tmp_path, content):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert content_cache.load_content() == content
    assert list((tmp_path / "xdg").glob("*/content-*.pickle"))
    assert paths.cache_dir().parent == tmp_path / "xdg"


@pytest.mark.parametrize("damage", [b"", b"not a pickle at all", "truncated", "wrong type"])
def test_a_damaged_cache_is_parsed_again_and_repaired(folder, content, damage):
    content_cache.load_content(cache_folder=folder)
    cache = content_cache.cache_file(DEFAULT_CONTENT_DIR, folder)
    good = cache.read_bytes()
    if damage == "truncated":
        damage = good[: len(good) // 2]
    elif damage == "wrong type":
        damage = pickle.dumps({"version": "evil"})
    cache.write_bytes(damage)
    assert content_cache.load_content(cache_folder=folder) == content
    assert pickle.loads(cache.read_bytes()) == content   # rewritten whole


def test_edited_content_is_never_served_from_an_older_cache(tmp_path, folder):
    copy = tmp_path / "content"
    shutil.copytree(DEFAULT_CONTENT_DIR, copy)
    before = content_cache.load_content(copy, cache_folder=folder)
    meta = copy / "content.toml"
    meta.write_text(meta.read_text(encoding="utf-8").replace(
        f'version = "{before.version}"', 'version = "2099.01"', 1), encoding="utf-8")
    after = content_cache.load_content(copy, cache_folder=folder)
    assert after.version == "2099.01" == parse(copy).version
    assert len(list(folder.glob("content-*.pickle"))) == 1   # the old copy is gone


def test_damaged_content_still_says_so(tmp_path, folder):
    copy = tmp_path / "content"
    shutil.copytree(DEFAULT_CONTENT_DIR, copy)
    content_cache.load_content(copy, cache_folder=folder)
    (copy / "cyber.toml").write_text("[[module\nbroken", encoding="utf-8")
    with pytest.raises(ContentError):
        content_cache.load_content(copy, cache_folder=folder)


def test_a_cache_folder_that_cannot_be_written_costs_nothing_but_time(tmp_path, content):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x", encoding="utf-8")
    assert content_cache.load_content(cache_folder=blocked) == content


def test_a_change_to_the_content_model_code_is_never_served_an_older_pickle(monkeypatch,
                                                                           tmp_path):
    code = tmp_path / "code"
    code.mkdir()
    for name in content_cache.MODEL_CODE:
        (code / name).write_text(f"# {name}\n", encoding="utf-8")
    monkeypatch.setattr(content_cache, "CODE_DIR", code)
    before = content_cache.cache_key(DEFAULT_CONTENT_DIR)
    (code / "content.py").write_text("# content.py, a field added\n", encoding="utf-8")
    assert content_cache.cache_key(DEFAULT_CONTENT_DIR) != before
