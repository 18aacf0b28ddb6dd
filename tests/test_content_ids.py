"""Released ids never change: assessments on disk and in advisors' archives refer to them.

tests/data/released-ids.txt lists every id ever released (append only). An id that the
current content no longer has must be listed in tests/data/retired-ids.txt: retired ids stay
readable through the archived content of the version that used them (checks/content_versions.py)
and are never given to a new item.
"""
from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
RELEASED = DATA / "released-ids.txt"
RETIRED = DATA / "retired-ids.txt"


def _lines(path: Path):
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield tuple(line.split())


def _released():
    return list(_lines(RELEASED))


def _retired():
    return list(_lines(RETIRED))


def _exists(content, kind, *ids) -> bool:
    if kind == "profile":
        return any(p.id == ids[0] and ids[1] in p.option_ids() for p in content.profile)
    if kind == "question":
        q = content.questions.get(ids[0])
        return q is not None and q.option(ids[1]) is not None
    if kind == "action":
        return ids[0] in content.actions
    if kind == "module":
        return any(m.id == ids[0] for m in content.modules)
    return any(t.id == ids[1] for m in content.modules if m.id == ids[0] for t in m.themes)


def test_every_released_id_still_exists_unless_retired(content):
    retired = set(_retired())
    missing = [" ".join(entry) for entry in _released()
               if entry not in retired and not _exists(content, *entry)]
    assert not missing, f"released ids changed or removed (retire them on purpose): {missing[:10]}"


def test_retired_ids_were_released_and_are_never_reused(content):
    released = set(_released())
    retired = _retired()
    assert retired, "retired-ids.txt is empty"
    for entry in retired:
        assert entry in released, f"'{' '.join(entry)}' was never released: nothing to retire"
    retired_set = set(retired)
    for entry in retired:
        kind, *ids = entry
        if kind == "question":
            # A question whose every released option is retired is retired as a whole: its id
            # may not come back, even with other options.
            all_options = {e for e in released if e[:2] == ("question", ids[0])}
            if all_options <= retired_set:
                assert ids[0] not in content.questions, f"retired question id {ids[0]} reused"
                continue
        assert not _exists(content, *entry), f"retired id reused: {' '.join(entry)}"


def test_new_ids_are_recorded_as_released(content):
    """A new question, option or action must be added to released-ids.txt in the same change."""
    known = set(_released())
    for q in content.questions.values():
        for o in q.options:
            assert ("question", q.id, o.id) in known, f"add 'question {q.id} {o.id}' to {RELEASED.name}"
    for a in content.actions:
        assert ("action", a) in known, f"add 'action {a}' to {RELEASED.name}"
    for m in content.modules:
        for t in m.themes:
            assert ("theme", m.id, t.id) in known, f"add 'theme {m.id} {t.id}' to {RELEASED.name}"
