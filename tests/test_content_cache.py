"""The parsed content cached between starts (desktop/content_cache.py): a good cache is used,
edited content is never served stale, and a damaged cache falls back to parsing. The content's
edition (version, date) is read at a start from a few bytes, without the content model."""
from __future__ import annotations

import dataclasses
import json
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

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


# -- the edition (version and date) a start reads without the content model ---------------------

def test_the_edition_is_the_contents_and_the_next_start_reads_it_from_a_few_bytes(folder,
                                                                                  content):
    assert content_cache.CONTENT_DIR == DEFAULT_CONTENT_DIR
    first = content_cache.edition(cache_folder=folder)   # no cache yet: from the content
    assert (first.version, first.as_of) == (content.version, content.as_of)
    cache = content_cache.cache_file(DEFAULT_CONTENT_DIR, folder)
    cache.unlink()                                       # the pickle gone, the JSON kept
    assert content_cache.edition(cache_folder=folder) == first
    assert not cache.exists()                            # the content was not read for it


def test_a_start_reads_the_edition_without_loading_the_content_model(tmp_path):
    folder = tmp_path / "cache"
    content_cache.load_content(cache_folder=folder)
    probe = ("import sys; from pathlib import Path; from desktop import content_cache; "
             f"found = content_cache.edition(cache_folder=Path({str(folder)!r})); "
             "print(found.version, 'checks.content' in sys.modules, 'pickle' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).resolve().parent.parent).stdout.split()
    assert out[1:] == ["False", "False"], out
    assert out[0] == content_cache.load_content(cache_folder=folder).version


@pytest.mark.parametrize("damage", [b"", b"{not json", b'{"version": 3}', b'["2026.12"]',
                                    b'{"version": "x", "as_of": "yesterday"}'])
def test_a_damaged_edition_file_is_read_from_the_content_and_written_again(folder, content,
                                                                          damage):
    content_cache.load_content(cache_folder=folder)
    cache = content_cache.cache_file(DEFAULT_CONTENT_DIR, folder)
    cache.with_suffix(".json").write_bytes(damage)
    found = content_cache.edition(cache_folder=folder)
    assert (found.version, found.as_of) == (content.version, content.as_of)
    again = json.loads(cache.with_suffix(".json").read_text(encoding="utf-8"))
    assert again == {"version": content.version, "as_of": content.as_of.isoformat()}


def test_damaged_content_files_make_the_edition_say_so(tmp_path, folder):
    copy = tmp_path / "content"
    shutil.copytree(DEFAULT_CONTENT_DIR, copy)
    (copy / "content.toml").write_text("version = ", encoding="utf-8")
    with pytest.raises(ContentError):
        content_cache.edition(copy, cache_folder=folder)
