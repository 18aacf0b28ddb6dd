"""Loading the checklist content from its TOML files, and validating it.

`load_content(directory)` reads resources/content/ (or another folder of the same shape, see
docs/content-format.md) and returns a checks.content.Content, or raises ContentError listing
every problem found, each with its file, item id and line. `python -m checks.content_loader
[DIR]` validates a folder and prints a summary.
"""
from __future__ import annotations

import datetime as _dt
from pathlib import Path

from checks.action_reader import check_order, conditions, load_action
from checks.content import (ASK, COST_BANDS, DEFAULT_CONTENT_DIR, DONT_KNOW, RISKS, Action,
                            Content, CostBand, GlossaryEntry, HelpContact, Module, Option,
                            ProfileOption, ProfileQuestion, Question, Text, Theme)
from checks.content_reader import TableReader, french_spacing, read_toml
from checks.errors import ContentError

MODULE_FILES = ("cyber.toml", "online.toml", "ai.toml")


def load_content(directory: Path | str | None = None) -> Content:
    """Load and validate all content files. Raises ContentError listing every problem."""
    directory = Path(directory) if directory else DEFAULT_CONTENT_DIR
    problems: list[str] = []

    meta_raw, version, as_of, help_contacts, cost_bands = _load_meta(
        directory / "content.toml", problems)
    profile = _load_profile(directory / "profile.toml", problems)
    profile_ids = {p.id: p for p in profile}

    module_order = meta_raw.get("modules", [m.removesuffix(".toml") for m in MODULE_FILES])
    modules: list[Module] = []
    actions: dict[str, Action] = {}
    glossary: list[GlossaryEntry] = []
    readers: dict[str, TableReader] = {}
    for module_id in module_order:
        path = directory / f"{module_id}.toml"
        raw, text = read_toml(path, problems)
        if not raw:
            continue
        reader = TableReader(path, text)
        readers[module_id] = reader
        module, module_actions, module_glossary = _load_module(reader, raw, module_id, profile_ids)
        modules.append(module)
        for action in module_actions:
            if action.id in actions:
                reader.problem(action.id, "action id already used in another file")
            actions[action.id] = action
        glossary += module_glossary

    _check_references(modules, actions, help_contacts, readers)
    check_order(actions, readers)
    for reader in readers.values():
        problems += reader.problems
    _check_ids(modules, actions, glossary, problems)
    if problems:
        raise ContentError(problems)
    return Content(version, as_of, tuple(modules), actions, profile, help_contacts, cost_bands,
                   tuple(glossary))


def _load_meta(path: Path, problems: list[str]) -> tuple[
        dict, str, _dt.date, dict[str, HelpContact], dict[str, CostBand]]:
    """content.toml: (its tables, version, as_of, help contacts, cost bands)."""
    meta_raw, meta_text = read_toml(path, problems)
    meta = TableReader(path, meta_text)
    version = meta_raw.get("version")
    if not isinstance(version, str) or not version:
        meta.problem(None, "'version' is missing (e.g. version = \"2026.11\")")
        version = "?"
    as_of = meta.date(meta_raw, "as_of", None) if meta_raw else _dt.date(1970, 1, 1)
    help_contacts: dict[str, HelpContact] = {}
    for raw in meta_raw.get("help", []):
        hid = meta.ident(raw, "help contact")
        name = raw.get("name", "")
        name_text = Text(name, raw.get("name_en", name))
        what = meta.text(raw, "what", hid) or Text("", "")
        help_contacts[hid] = HelpContact(hid, name_text, str(raw.get("contact", "")), what)
    cost_bands: dict[str, CostBand] = {}
    for raw in meta_raw.get("cost_bands", []):
        cid = meta.ident(raw, "cost band")
        label = meta.text(raw, "label", cid) or Text("", "")
        cost_bands[cid] = CostBand(cid, int(raw.get("low", 0)), int(raw.get("high", 0)), label)
    for band in COST_BANDS:
        if meta_raw and band not in cost_bands:
            meta.problem(None, f"cost band '{band}' is not defined")
    problems += meta.problems
    return meta_raw, version, as_of, help_contacts, cost_bands


def _load_profile(path: Path, problems: list[str]) -> tuple[ProfileQuestion, ...]:
    raw, text = read_toml(path, problems)
    reader = TableReader(path, text)
    out = []
    for item in raw.get("profile", []):
        pid = reader.ident(item, "profile question")
        question_text = reader.text(item, "text", pid) or Text("", "")
        options = []
        for opt in item.get("options", []):
            oid = opt.get("id")
            if not isinstance(oid, str):
                reader.problem(pid, "an option has no id")
                continue
            options.append(ProfileOption(oid, Text(french_spacing(opt.get("fr", "")),
                                                   opt.get("en", ""))))
            if not opt.get("fr") or not opt.get("en"):
                reader.problem(pid, f"option '{oid}' needs fr and en labels")
        multiple = bool(item.get("multiple", False))
        ids = {o.id for o in options}
        default = item.get("default")
        defaults = default if isinstance(default, list) else [default]
        if any(d not in ids for d in defaults):
            reader.problem(pid, f"default {default!r} is not one of its options")
        exclusive = tuple(item.get("exclusive", []))
        out.append(ProfileQuestion(pid, question_text, tuple(options), multiple, exclusive,
                                   tuple(defaults) if multiple else default))
    problems += reader.problems
    return tuple(out)


def _load_module(reader: TableReader, raw: dict, module_id: str,
                 profile: dict[str, ProfileQuestion]
                 ) -> tuple[Module, list[Action], list[GlossaryEntry]]:
    """One module file: the module with its themes and questions, its actions, its glossary."""
    head = raw.get("module", {})
    if head.get("id") != module_id:
        reader.problem(None, f"[module] id must be '{module_id}' (the file's name)")
    title = reader.text(head, "title", module_id) or Text("", "")
    intro = reader.text(head, "intro", module_id) or Text("", "")
    themes = []
    for t in raw.get("themes", []):
        tid = reader.ident(t, "theme")
        themes.append(Theme(tid, module_id, reader.text(t, "title", tid) or Text("", "")))
    theme_ids = {t.id for t in themes}
    if len(theme_ids) != len(themes):
        reader.problem(None, "two themes share an id")

    questions = [_load_question(reader, q, module_id, theme_ids, profile)
                 for q in raw.get("questions", [])]
    # Interview order groups questions by theme: keep file order but check grouping.
    seen, last = set(), None
    for q in questions:
        if q.theme != last and q.theme in seen:
            reader.problem(q.id, f"questions of theme '{q.theme}' must be consecutive")
        seen.add(q.theme)
        last = q.theme

    actions = [load_action(reader, a, module_id, profile) for a in raw.get("actions", [])]
    glossary = [_load_glossary_entry(reader, g) for g in raw.get("glossary", [])]
    for tid in theme_ids:
        if not any(q.theme == tid for q in questions):
            reader.problem(tid, "theme has no question")
    module = Module(module_id, title, intro, tuple(themes), tuple(questions))
    return module, actions, glossary


def _load_question(reader: TableReader, q: dict, module_id: str, theme_ids: set[str],
                   profile: dict[str, ProfileQuestion]) -> Question:
    qid = reader.ident(q, "question")
    if not qid.startswith(module_id + "."):
        reader.problem(qid, f"question id must start with '{module_id}.'")
    theme = q.get("theme")
    if theme not in theme_ids:
        reader.problem(qid, f"theme '{theme}' is not declared in [[themes]]")
    options = _load_options(reader, q, qid)
    if not 2 <= len(options) <= 6:
        reader.problem(qid, f"needs 2 to 6 options, has {len(options)}")
    if len({o.id for o in options}) != len(options):
        reader.problem(qid, "two options share an id")
    if options and max(o.score for o in options) != 1.0:
        reader.problem(qid, "no option scores 1.0 (the best answer must give full score)")
    weight = q.get("weight")
    if weight not in (1, 2, 3):
        reader.problem(qid, "weight must be 1, 2 or 3")
        weight = 1
    critical = q.get("critical", False)
    if not isinstance(critical, bool):
        reader.problem(qid, "critical must be true or false")
    applies_if = conditions(reader, q.get("applies_if") or {}, qid, "applies_if", profile)
    ask = q.get("ask", "it_provider")
    if ask not in ASK:
        reader.problem(qid, f"ask '{ask}' unknown (allowed: {', '.join(ASK)})")
    actions = reader.strings(q, "actions", qid, required=False)
    sources = reader.strings(q, "sources", qid)
    if not sources:
        reader.problem(qid, "needs at least one source")
    question = Question(
        id=qid, module=module_id, theme=str(theme),
        text=reader.text(q, "text", qid) or Text("", ""),
        why=reader.text(q, "why", qid) or Text("", ""),
        check=reader.text(q, "check", qid, required=False),
        options=tuple(options), weight=int(weight), critical=bool(critical),
        applies_if=applies_if, actions=actions, ask=ask,
        sources=sources, checked=reader.date(q, "checked", qid),
        risk=reader.strings(q, "risk", qid, RISKS, required=False))
    for opt in options:
        if opt.score < 1.0 and not (opt.actions if opt.actions is not None else actions):
            reader.problem(qid, f"option '{opt.id}' scores below 1.0 but leads to no action")
    return question


def _load_options(reader: TableReader, q: dict, qid: str) -> list[Option]:
    return [opt for o in q.get("options", []) if (opt := _load_option(reader, o, qid)) is not None]


def _load_option(reader: TableReader, o: dict, qid: str) -> Option | None:
    oid = o.get("id")
    if not isinstance(oid, str):
        reader.problem(qid, "an option has no id")
        return None
    if oid == DONT_KNOW:
        reader.problem(qid, f"option id '{DONT_KNOW}' is reserved: the app adds it")
    score = o.get("score")
    if not isinstance(score, (int, float)) or isinstance(score, bool) or not 0 <= score <= 1:
        reader.problem(qid, f"option '{oid}' score must be a number from 0 to 1")
        score = 0.0
    label = reader.text({"label": {"fr": o.get("fr"), "en": o.get("en")}}, "label", qid)
    opt_actions = o.get("actions")
    return Option(oid, label or Text("", ""), float(score),
                  tuple(opt_actions) if opt_actions is not None else None)


def _load_glossary_entry(reader: TableReader, g: dict) -> GlossaryEntry:
    gid = reader.ident(g, "glossary entry")
    return GlossaryEntry(gid, reader.text(g, "term", gid) or Text("", ""),
                         reader.text(g, "definition", gid) or Text("", ""))


def _check_references(modules: list[Module], actions: dict[str, Action],
                      help_contacts: dict[str, HelpContact],
                      readers: dict[str, TableReader]) -> None:
    """Every action referred to exists and is reachable; every help contact is defined."""
    reachable: set[str] = set()
    for module in modules:
        reader = readers[module.id]
        for q in module.questions:
            refs = set(q.actions)
            for o in q.options:
                refs |= set(o.actions or ())
            for ref in sorted(refs):
                if ref not in actions:
                    reader.problem(q.id, f"refers to unknown action '{ref}'")
            for o in q.options:
                if o.score < 1.0:
                    reachable |= set(q.actions_for(o.id))
            reachable |= set(q.actions)  # "don't know" leads to the question's actions
    for action in actions.values():
        reader = readers[action.module]
        if action.id not in reachable:
            reader.problem(action.id, "no answer leads to this action")
        for h in action.help:
            if h not in help_contacts:
                reader.problem(action.id, f"help '{h}' is not defined in content.toml")


def _check_ids(modules: list[Module], actions: dict[str, Action],
               glossary: list[GlossaryEntry], problems: list[str]) -> None:
    # One namespace for every id, so a reference can never be ambiguous.
    question_ids = {q.id for m in modules for q in m.questions}
    seen_g: set[str] = set()
    for entry in glossary:
        if entry.id in seen_g or entry.id in question_ids or entry.id in actions:
            problems.append(f"glossary id '{entry.id}' is already used (prefix it, e.g. <module>.term_...)")
        seen_g.add(entry.id)
    for aid in sorted(set(actions) & question_ids):
        problems.append(f"{actions[aid].module}.toml [{aid}]: an action may not share its id with a question")
    seen_q: set[str] = set()
    for module in modules:
        for q in module.questions:
            if q.id in seen_q:
                problems.append(f"{module.id}.toml [{q.id}]: question id used twice")
            seen_q.add(q.id)


def main() -> int:
    """`python -m checks.content_loader [DIR]`: validate the content and print a summary."""
    import sys

    directory = sys.argv[1] if len(sys.argv) > 1 else None
    try:
        content = load_content(directory)
    except ContentError as exc:
        for p in exc.problems:
            print(p, file=sys.stderr)
        print(f"{len(exc.problems)} problem(s) found.", file=sys.stderr)
        return 1
    for m in content.modules:
        print(f"{m.id}: {len(m.themes)} themes, {len(m.questions)} questions")
    print(f"{len(content.actions)} actions, {len(content.glossary)} glossary entries, "
          f"version {content.version} as of {content.as_of}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
