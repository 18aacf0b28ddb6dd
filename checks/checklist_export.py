"""The whole checklist as JSON (for tools) or Markdown (for people reviewing the content).

`boussole-cli checklist` prints these; docs/checklist-fr.md and docs/checklist-en.md are the
Markdown renderings committed for review (`make checklist-docs` regenerates them, and a test
checks they are current). The JSON shape is documented in docs/checklist-json.md.
"""
from __future__ import annotations

import unicodedata

from checks.content import DONT_KNOW, Content, Question
from checks.vocabulary import DONT_KNOW_LABEL, ROLES, horizon_inline

_LABELS = {
    "fr": {
        "title": "Checklist Boussole", "version": "Version du contenu", "as_of": "à jour au",
        "profile": "Questions de profil", "why": "Pourquoi c'est important",
        "check": "Comment vérifier", "options": "Réponses", "weight": "Poids",
        "critical": "critique", "applies": "Posée si", "always": "toujours",
        "actions": "Actions liées", "sources": "Sources", "checked": "vérifié le",
        "plan": "Actions", "steps": "Étapes", "effort": "Effort", "hours": "h",
        "cost": "Coût", "horizon": "Échéance", "who": "Qui", "help": "Aide",
        "glossary": "Glossaire", "ask": "à demander",
        "multiple": "plusieurs réponses possibles", "default": "par défaut",
        "and": " et ", "or": " ou ", "themes": "Thèmes", "questions": "questions",
    },
    "en": {
        "title": "Boussole checklist", "version": "Content version", "as_of": "as of",
        "profile": "Profile questions", "why": "Why it matters", "check": "How to check",
        "options": "Answers", "weight": "Weight", "critical": "critical", "applies": "Asked if",
        "always": "always", "actions": "Linked actions", "sources": "Sources",
        "checked": "checked on", "plan": "Actions", "steps": "Steps", "effort": "Effort",
        "hours": "h", "cost": "Cost", "horizon": "Horizon", "who": "Who", "help": "Help",
        "glossary": "Glossary", "ask": "Ask",
        "multiple": "several answers allowed", "default": "default",
        "and": " and ", "or": " or ", "themes": "Themes", "questions": "questions",
    },
}
def _condition(content: Content, q: Question, lang: str) -> str | None:
    if not q.applies_if:
        return None
    parts = []
    for pid, accepted in q.applies_if.items():
        pq = content.profile_question(pid)
        labels = [o.label.get(lang) for o in pq.options if o.id in accepted]
        parts.append(f"{pq.text.get(lang)} → " + _LABELS[lang]["or"].join(labels))
    return _LABELS[lang]["and"].join(parts)


def checklist_dict(content: Content, lang: str = "fr") -> dict:
    """Everything in the content, texts in one language, ids and numbers as they are."""
    return {
        "format": "boussole-checklist",
        "content_version": content.version,
        "as_of": content.as_of.isoformat(),
        "language": lang,
        "dont_know_option": {"id": DONT_KNOW, "label": DONT_KNOW_LABEL.get(lang), "score": 0.0},
        "profile": [
            {"id": p.id, "text": p.text.get(lang), "multiple": p.multiple,
             "default": list(p.default) if p.multiple else p.default,
             "options": [{"id": o.id, "label": o.label.get(lang)} for o in p.options]}
            for p in content.profile
        ],
        "modules": [
            {"id": m.id, "title": m.title.get(lang), "intro": m.intro.get(lang),
             "themes": [
                 {"id": t.id, "title": t.title.get(lang),
                  "questions": [_question_dict(q, lang) for q in m.questions if q.theme == t.id]}
                 for t in m.themes]}
            for m in content.modules
        ],
        "actions": [
            {"id": a.id, "module": a.module, "title": a.title.get(lang),
             "steps": [s.get(lang) for s in a.steps], "effort_hours": a.effort_hours,
             "cost": a.cost, "cost_label": content.cost_bands[a.cost].label.get(lang),
             "horizon": a.horizon, "who": list(a.who), "help": list(a.help),
             "sources": list(a.sources), "checked": a.checked.isoformat()}
            for a in content.actions.values()
        ],
        "help": [{"id": h.id, "name": h.name.get(lang), "contact": h.contact, "what": h.what.get(lang)}
                 for h in content.help.values()],
        "glossary": [{"id": g.id, "term": g.term.get(lang), "definition": g.definition.get(lang)}
                     for g in content.glossary],
    }


def _question_dict(q: Question, lang: str) -> dict:
    return {
        "id": q.id, "text": q.text.get(lang), "why": q.why.get(lang),
        "check": q.check.get(lang) if q.check else None,
        "options": [{"id": o.id, "label": o.label.get(lang), "score": o.score,
                     "actions": list(q.actions_for(o.id))} for o in q.options],
        "weight": q.weight, "critical": q.critical,
        "applies_if": {k: list(v) for k, v in q.applies_if.items()} or None,
        "actions": list(q.actions), "ask": q.ask,
        "sources": list(q.sources), "checked": q.checked.isoformat(),
    }


def _sort_key(text: str) -> str:
    """Alphabetical order as a reader expects it: accents and case ignored."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def checklist_markdown(content: Content, lang: str = "fr") -> str:
    """A readable rendering of all content for human review, in one language."""
    L = _LABELS[lang]
    out: list[str] = [f"# {L['title']}", "",
                      f"{L['version']} {content.version}, {L['as_of']} {content.as_of.isoformat()}.", ""]
    out += [f"## {L['profile']}", ""]
    for p in content.profile:
        # The question text already says "several answers" in both languages.
        extra = ""
        out.append(f"- **{p.text.get(lang)}**{extra} `{p.id}`")
        defaults = set(p.default) if p.multiple else {p.default}
        for o in p.options:
            mark = f" — {L['default']}" if o.id in defaults else ""
            out.append(f"  - {o.label.get(lang)} `{o.id}`{mark}")
    out.append("")
    for m in content.modules:
        count = len(m.questions)
        out += [f"## {m.title.get(lang)}", "", m.intro.get(lang), "",
                f"{len(m.themes)} {L['themes'].lower()}, {count} {L['questions']}.", ""]
        for t in m.themes:
            out += [f"### {t.title.get(lang)}", ""]
            for q in (q for q in m.questions if q.theme == t.id):
                crit = f", **{L['critical']}**" if q.critical else ""
                out += [f"#### {q.text.get(lang)}", "",
                        f"`{q.id}` — {L['weight']} {q.weight}{crit}", "",
                        f"*{L['why']}* : {q.why.get(lang)}" if lang == "fr" else f"*{L['why']}*: {q.why.get(lang)}", ""]
                if q.check:
                    sep = " : " if lang == "fr" else ": "
                    out += [f"*{L['check']}*{sep}{q.check.get(lang)}", ""]
                out.append(f"{L['options']} :" if lang == "fr" else f"{L['options']}:")
                for o in q.options:
                    acts = ", ".join(f"`{a}`" for a in q.actions_for(o.id))
                    out.append(f"- {o.label.get(lang)} `{o.id}` = {o.score:g}" + (f" → {acts}" if acts else ""))
                out.append(f"- {DONT_KNOW_LABEL.get(lang)} `{DONT_KNOW}` = 0 → {L['ask']} "
                           f"{ROLES[q.ask].to_the.get(lang)}")
                out.append("")
                cond = _condition(content, q, lang)
                out.append(f"{L['applies']} : {cond or L['always']}" if lang == "fr"
                           else f"{L['applies']}: {cond or L['always']}")
                out += ["", f"{L['sources']} : " if lang == "fr" else f"{L['sources']}: "]
                out[-1] += "; ".join(q.sources) + f" ({L['checked']} {q.checked.isoformat()})"
                out.append("")
    out += [f"## {L['plan']}", ""]
    for a in content.actions.values():
        note = f" ({a.cost_note.get(lang)})" if a.cost_note else ""
        helps = ", ".join(content.help[h].name.get(lang) for h in a.help) or "—"
        c = " : " if lang == "fr" else ": "  # French puts a space before the colon
        out += [f"### {a.title.get(lang)}", "", f"`{a.id}` — {L['horizon']}{c}{horizon_inline(a.horizon, lang)} ; "
                f"{L['effort']}{c}{a.effort_hours:g} {L['hours']} ; {L['cost']}{c}"
                f"{content.cost_bands[a.cost].label.get(lang)}{note} ; {L['who']}{c}"
                f"{', '.join(ROLES[w].the.get(lang) for w in a.who)} ; {L['help']}{c}{helps}", ""]
        if lang == "en":
            out[-2] = out[-2].replace(" ; ", "; ")
        out += [f"{i}. {s.get(lang)}" for i, s in enumerate(a.steps, 1)]
        out += ["", f"{L['sources']}{c}" + "; ".join(a.sources) + f" ({L['checked']} {a.checked.isoformat()})", ""]
    if content.glossary:
        out += [f"## {L['glossary']}", ""]
        for g in sorted(content.glossary, key=lambda g: _sort_key(g.term.get(lang))):
            out.append(f"- **{g.term.get(lang)}** : {g.definition.get(lang)}" if lang == "fr"
                       else f"- **{g.term.get(lang)}**: {g.definition.get(lang)}")
        out.append("")
    return "\n".join(out).rstrip() + "\n"
