"""Released ids never change: assessments on disk and in advisors' archives refer to them."""
from __future__ import annotations

from pathlib import Path

RELEASED = Path(__file__).resolve().parent / "data" / "released-ids.txt"


def _released():
    for line in RELEASED.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            yield line.split()


def test_every_released_id_still_exists(content):
    missing = []
    for kind, *ids in _released():
        if kind == "profile":
            ok = any(p.id == ids[0] and ids[1] in p.option_ids() for p in content.profile)
        elif kind == "question":
            q = content.questions.get(ids[0])
            ok = q is not None and q.option(ids[1]) is not None
        elif kind == "action":
            ok = ids[0] in content.actions
        elif kind == "module":
            ok = any(m.id == ids[0] for m in content.modules)
        else:
            ok = any(t.id == ids[1] for m in content.modules if m.id == ids[0] for t in m.themes)
        if not ok:
            missing.append(" ".join([kind, *ids]))
    assert not missing, f"released ids changed or removed: {missing[:10]}"


def test_new_ids_are_recorded_as_released(content):
    """A new question, option or action must be added to released-ids.txt in the same change."""
    known = {tuple(x) for x in _released()}
    for q in content.questions.values():
        for o in q.options:
            assert ("question", q.id, o.id) in known, f"add 'question {q.id} {o.id}' to {RELEASED.name}"
    for a in content.actions:
        assert ("action", a) in known, f"add 'action {a}' to {RELEASED.name}"
