"""Reading the [[actions]] tables of a module file, and checking the order they declare.

Part of checks/content_loader.py (which calls these): an action's steps, effort, cost, horizon
and roles, and the optional planning data (schema: docs/content-format.md):
- `after = ["cyber.backup_3_2_1"]`: actions to do before this one when both are in a plan;
- `deadline = 2027-09-01`: a legal date it must be done by;
- `cost_per_user = [36, 96]`: euros per person, so the cost scales with the staff band;
- `steps.applies_if = { 4 = { it_provider = ["yes"] } }`: a step the firm may not need.
Every problem names the file, the action id and its line (checks.content_reader.TableReader).
"""
from __future__ import annotations

import datetime as _dt

from checks.content import (COST_BANDS, HORIZONS, WHO, Action, ProfileQuestion, Text)
from checks.content_reader import TableReader, french_spacing


def load_action(reader: TableReader, a: dict, module_id: str,
                profile: dict[str, ProfileQuestion]) -> Action:
    aid = reader.ident(a, "action")
    if not aid.startswith(module_id + "."):
        reader.problem(aid, f"action id must start with '{module_id}.'")
    steps = a.get("steps") or {}
    fr, en = steps.get("fr") or [], steps.get("en") or []
    if not 3 <= len(fr) <= 6:
        reader.problem(aid, f"needs 3 to 6 steps, has {len(fr)} in French")
    if len(fr) != len(en):
        reader.problem(aid, f"has {len(fr)} French steps but {len(en)} English steps")
    if any(not isinstance(s, str) or not s.strip() for s in fr + en):
        reader.problem(aid, "a step is empty")
    effort = a.get("effort_hours")
    if not isinstance(effort, (int, float)) or isinstance(effort, bool) or effort <= 0:
        reader.problem(aid, "effort_hours must be a positive number")
        effort = 1
    cost = a.get("cost")
    if cost not in COST_BANDS:
        reader.problem(aid, f"cost '{cost}' unknown (allowed: {', '.join(COST_BANDS)})")
    horizon = a.get("horizon")
    if horizon not in HORIZONS:
        reader.problem(aid, f"horizon '{horizon}' unknown (allowed: {', '.join(HORIZONS)})")
    who = reader.strings(a, "who", aid, WHO)
    if not who:
        reader.problem(aid, "'who' must name at least one")
    return Action(
        id=aid, module=module_id, title=reader.text(a, "title", aid) or Text("", ""),
        steps=tuple(Text(french_spacing(f), e) for f, e in zip(fr, en)),
        effort_hours=float(effort),
        cost=str(cost), cost_note=reader.text(a, "cost_note", aid, required=False),
        horizon=str(horizon), who=who, help=reader.strings(a, "help", aid, required=False),
        sources=reader.strings(a, "sources", aid), checked=reader.date(a, "checked", aid),
        after=reader.strings(a, "after", aid, required=False),
        deadline=_deadline(reader, a, aid), cost_per_user=_cost_per_user(reader, a, aid),
        step_conditions=_step_conditions(reader, steps, aid, len(fr), profile))


def _deadline(reader: TableReader, a: dict, aid: str) -> _dt.date | None:
    if "deadline" not in a:
        return None
    value = a["deadline"]
    if not isinstance(value, _dt.date) or isinstance(value, _dt.datetime):
        reader.problem(aid, "'deadline' must be a date such as 2027-09-01 (no quotes)")
        return None
    return value


def _cost_per_user(reader: TableReader, a: dict, aid: str) -> tuple[int, int] | None:
    if "cost_per_user" not in a:
        return None
    value = a["cost_per_user"]
    if (not isinstance(value, list) or len(value) != 2
            or not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in value)
            or value[0] > value[1]):
        reader.problem(aid, "'cost_per_user' must be [low, high]: whole euros per person, "
                            "low <= high (e.g. [36, 96])")
        return None
    return value[0], value[1]


def _step_conditions(reader: TableReader, steps: dict, aid: str, n_steps: int,
                     profile: dict[str, ProfileQuestion]) -> dict[int, dict[str, tuple[str, ...]]]:
    raw = steps.get("applies_if") or {}
    if not isinstance(raw, dict):
        reader.problem(aid, "'steps.applies_if' must be a table: { 4 = { it_provider = [\"yes\"] } }")
        return {}
    out: dict[int, dict[str, tuple[str, ...]]] = {}
    for key, wanted in raw.items():
        if not key.isdigit() or not 1 <= int(key) <= n_steps:
            reader.problem(aid, f"steps.applies_if: '{key}' is not a step number (1 to {n_steps})")
            continue
        if not isinstance(wanted, dict):
            reader.problem(aid, f"steps.applies_if.{key} must be a table of profile conditions")
            continue
        out[int(key)] = conditions(reader, wanted, aid, f"steps.applies_if.{key}", profile)
    if n_steps and len(out) >= n_steps:
        reader.problem(aid, "every step has a condition: keep at least one step for everyone")
    return out


def conditions(reader: TableReader, raw: dict, item_id: str, where: str,
                profile: dict[str, ProfileQuestion]) -> dict[str, tuple[str, ...]]:
    """Profile id -> accepted option ids, each checked against the profile questions."""
    out: dict[str, tuple[str, ...]] = {}
    for pid, accepted in raw.items():
        if pid not in profile:
            reader.problem(item_id, f"{where} refers to unknown profile question '{pid}'")
            continue
        accepted = tuple(accepted) if isinstance(accepted, list) else (accepted,)
        for option in accepted:
            if option not in profile[pid].option_ids():
                reader.problem(item_id, f"{where}: '{option}' is not an option of profile "
                                        f"question '{pid}'")
        out[pid] = accepted
    return out


def check_order(actions: dict[str, Action], readers: dict[str, TableReader]) -> None:
    """`after` names existing actions, never the action itself, and never makes a cycle."""
    for action in actions.values():
        reader = readers[action.module]
        for ref in action.after:
            if ref == action.id:
                reader.problem(action.id, "'after' names the action itself")
            elif ref not in actions:
                reader.problem(action.id, f"'after' refers to unknown action '{ref}'")
    reported: set[str] = set()
    for aid in sorted(actions):
        cycle = _cycle_from(aid, actions)
        if cycle and not set(cycle) & reported:
            reported |= set(cycle)
            first = actions[cycle[0]]
            readers[first.module].problem(
                first.id, "'after' makes a cycle: " + " -> ".join(cycle + [cycle[0]]))


def _cycle_from(start: str, actions: dict[str, Action]) -> list[str]:
    """A cycle of `after` links through `start` (the ids in order), or []."""
    path: list[str] = []
    on_path: set[str] = set()
    seen: set[str] = set()

    def walk(aid: str) -> list[str]:
        if aid in on_path:
            return path[path.index(aid):]
        if aid in seen or aid not in actions:
            return []
        seen.add(aid)
        path.append(aid)
        on_path.add(aid)
        for ref in actions[aid].after:
            if ref != aid and (found := walk(ref)):
                return found
        path.pop()
        on_path.discard(aid)
        return []

    found = walk(start)
    return found if start in found else []
