"""Report wording in French and English, and number / date / amount formatting per language.

French typography: a narrow no-break space (U+202F) groups thousands and precedes "%", a
no-break space (U+00A0) precedes "€" and "h"; "1er" for the first day of a month.
English: "€1,500", "26 November 2026".
"""
from __future__ import annotations

import datetime as _dt

NNBSP = "\u202f"  # narrow no-break space
NBSP = "\u00a0"

MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}

STRINGS: dict[str, tuple[str, str]] = {
    # cover
    "doc_title": ("Diagnostic numérique et plan d'action", "Digital checkup and action plan"),
    "doc_kicker": ("IA · Vente en ligne · Cybersécurité", "AI · Online sales · Cybersecurity"),
    "edition_owner": ("Édition complète — document confidentiel",
                      "Full edition — confidential document"),
    "edition_partner": ("Édition partenaire — pour une banque, un assureur ou un financeur",
                        "Partner edition — for a bank, an insurer or a funder"),
    "edition_owner_short": ("Édition complète", "Full edition"),
    "edition_partner_short": ("Édition partenaire", "Partner edition"),
    "partner_note": (
        "Cette édition présente les scores, la maturité et le budget du plan d'action. "
        "Par sécurité, elle ne contient ni les réponses détaillées, ni les notes, ni le détail "
        "des points faibles.",
        "This edition shows the scores, maturity and budget of the action plan. For security, "
        "it holds no detailed answers, no notes and no detail of weak points."),
    "owner_note": (
        "Ce document décrit en détail les points faibles de l'entreprise : ne le diffusez pas. "
        "Pour une banque ou un assureur, utilisez l'édition partenaire.",
        "This document describes the business's weak points in detail: do not pass it on. "
        "For a bank or an insurer, use the partner edition."),
    "business": ("Entreprise", "Business"),
    "checkup_date": ("Date du diagnostic", "Checkup date"),
    "report_date": ("Date du document", "Document date"),
    "run_by": ("Réalisé par", "Carried out by"),
    "run_by_owner": ("Réalisé par le dirigeant", "Carried out by the owner"),
    "content_version": ("Version du questionnaire", "Checklist version"),
    "sector": ("Secteur", "Sector"),
    "staff": ("Effectif", "Staff"),
    "location": ("Lieu", "Location"),
    "contents": ("Sommaire", "Contents"),
    # summary
    "summary": ("Synthèse", "Summary"),
    "overall_score": ("Score global", "Overall score"),
    "maturity": ("Maturité", "Maturity"),
    "completion": ("Questions répondues", "Questions answered"),
    "module": ("Domaine", "Area"),
    "score": ("Score", "Score"),
    "answered": ("Répondu", "Answered"),
    "critical_gaps_short": ("Points critiques", "Critical gaps"),
    "chart_title": ("Score par domaine (sur 100)", "Score per area (out of 100)"),
    "not_scored": ("non évalué", "not scored"),
    "first_actions": ("Vos cinq premières actions", "Your first five actions"),
    "no_action": ("Aucune action nécessaire : bravo.", "No action needed: well done."),
    "no_answer_yet": ("Aucune réponse pour l'instant : le plan d'action apparaîtra quand les "
                      "questions auront une réponse.",
                      "No answer yet: the action plan will appear once the questions are "
                      "answered."),
    "summary_none": ("Aucune action n'est nécessaire d'après les réponses données.",
                     "No action is needed according to the answers given."),
    "capped": ("plafonnée par un point critique", "capped by a critical gap"),
    "summary_text": (
        "{n} au total, dont {now} à lancer tout de suite. Budget estimé : {cost}, "
        "pour environ {hours} de travail.",
        "{n} in all, {now} of them to start right away. Estimated budget: {cost}, "
        "for about {hours} of work."),
    "maturity_scale": (
        "Échelle : Débutant (0-39), En progrès (40-64), Solide (65-84), Avancé (85-100). "
        "Un point critique non traité limite le domaine au niveau « En progrès ».",
        "Scale: Beginner (0-39), Progressing (40-64), Solid (65-84), Advanced (85-100). "
        "An unresolved critical gap caps the area at 'Progressing'."),
    "incomplete": ("Diagnostic incomplet : {pct} des questions ont une réponse. Les scores "
                   "portent sur les questions répondues.",
                   "Incomplete checkup: {pct} of the questions are answered. Scores cover the "
                   "answered questions."),
    # critical gaps
    "critical_gaps": ("Points critiques", "Critical gaps"),
    "critical_intro": (
        "Ces points exposent l'entreprise à un risque sérieux. Traitez-les en premier.",
        "These points expose the business to a serious risk. Deal with them first."),
    "no_critical": ("Aucun point critique relevé.", "No critical gap found."),
    "your_answer": ("Votre réponse", "Your answer"),
    "why_it_matters": ("Pourquoi c'est important", "Why it matters"),
    "dont_know": ("Je ne sais pas", "I don't know"),
    "not_answered": ("Pas de réponse", "Not answered"),
    # plan
    "plan": ("Plan d'action", "Action plan"),
    "plan_intro": (
        "Les actions sont classées par horizon puis par priorité. Les coûts sont des "
        "fourchettes indicatives, hors temps passé.",
        "Actions are grouped by horizon, then ordered by priority. Costs are indicative "
        "ranges, not counting time spent."),
    "col_rank": ("N°", "No."),
    "col_priority": ("Priorité", "Priority"),
    "col_action": ("Action et étapes", "Action and steps"),
    "col_effort": ("Effort", "Effort"),
    "col_cost": ("Coût", "Cost"),
    "col_who": ("Qui", "Who"),
    "col_help": ("Aide", "Help"),
    "col_who_help": ("Qui · aide", "Who · help"),
    "col_actions": ("Actions", "Actions"),
    "col_budget": ("Budget estimé", "Estimated budget"),
    "col_horizon": ("Horizon", "Horizon"),
    "total": ("Total", "Total"),
    "horizon_total": ("Total {h} : {n} actions, {hours}, {cost}",
                      "Total {h}: {n} actions, {hours}, {cost}"),
    "plan_totals": ("Budget et effort par horizon", "Budget and effort per horizon"),
    "quick_win": ("gain rapide", "quick win"),
    "status": ("Statut", "Status"),
    "owner_of_action": ("Responsable", "Owner"),
    "due": ("Échéance", "Due"),
    "no_actions_horizon": ("Aucune action.", "No action."),
    # partner plan
    "partner_plan_intro": (
        "Le plan est présenté par domaine et par horizon, avec l'effort et le budget estimés. "
        "Le détail des actions figure dans l'édition complète remise au dirigeant.",
        "The plan is shown per area and horizon, with estimated effort and budget. The detail "
        "of each action is in the full edition held by the owner."),
    # find out
    "find_out": ("Questions à poser à vos interlocuteurs", "Questions to ask your contacts"),
    "find_out_intro": (
        "Vous avez répondu « je ne sais pas » à ces questions. Posez-les à la personne indiquée : "
        "la réponse peut faire disparaître une action du plan.",
        "You answered 'I don't know' to these questions. Ask the person shown: the answer may "
        "remove an action from the plan."),
    "ask_whom": ("À qui demander", "Who to ask"),
    "question": ("Question", "Question"),
    # details
    "details": ("Détail des réponses", "Answers in detail"),
    "details_intro": ("Chaque question posée, la réponse donnée et la note prise.",
                      "Every question asked, the answer given and the note taken."),
    "note": ("Note", "Note"),
    "critical_tag": ("critique", "critical"),
    "no_question": ("Aucune question de ce domaine ne s'applique à l'entreprise.",
                    "No question of this area applies to the business."),
    # help, glossary, method
    "help": ("Où trouver de l'aide", "Where to get help"),
    "help_intro": ("Services publics, réseaux et dispositifs cités dans le plan.",
                   "Public services, networks and schemes named in the plan."),
    "glossary": ("Glossaire", "Glossary"),
    "method": ("Méthode et intégrité", "Method and integrity"),
    "method_text": (
        "Chaque question a un poids de 1 à 3 ; chaque réponse rapporte de 0 à 100 % de ce "
        "poids, « je ne sais pas » compte pour 0. Le score d'un domaine est la moyenne pondérée "
        "de ses questions répondues, le score global la moyenne des domaines évalués. Les "
        "questions qui ne concernent pas l'entreprise (d'après son profil) ne sont ni posées ni "
        "comptées. Chaque réponse insuffisante propose une ou plusieurs actions ; une action est "
        "d'autant plus prioritaire qu'elle corrige de points, et critique quand elle traite un "
        "point critique.",
        "Each question has a weight from 1 to 3; each answer earns 0 to 100 % of that weight, "
        "'I don't know' counts as 0. An area's score is the weighted average of its answered "
        "questions, the overall score the average of the scored areas. Questions that do not "
        "concern the business (from its profile) are neither asked nor counted. Each "
        "insufficient answer proposes one or more actions; an action's priority grows with the "
        "points it fixes, and it is critical when it addresses a critical gap."),
    "content_text": (
        "Questionnaire version {v}, faits vérifiés au {d}. Les sources de chaque question et "
        "action sont listées dans le questionnaire. Les montants sont des ordres de grandeur.",
        "Checklist version {v}, facts checked as of {d}. Each question's and action's sources "
        "are listed in the checklist. Amounts are orders of magnitude."),
    "integrity": ("Empreinte du diagnostic", "Checkup fingerprint"),
    "integrity_text": (
        "Empreinte SHA-256 des réponses de ce diagnostic. Pour vérifier que ce document "
        "correspond au fichier du diagnostic : boussole-cli verify DOCUMENT.pdf FICHIER.json",
        "SHA-256 fingerprint of this checkup's answers. To check that this document matches the "
        "checkup file: boussole-cli verify DOCUMENT.pdf FILE.json"),
    "fingerprint": ("Empreinte SHA-256", "SHA-256 fingerprint"),
    "app_version": ("Version de Boussole", "Boussole version"),
    "generated": ("Document produit le", "Document produced on"),
    # progress
    "progress": ("Progrès depuis le diagnostic précédent", "Progress since the previous checkup"),
    "previous_date": ("Diagnostic précédent", "Previous checkup"),
    "before": ("Avant", "Before"),
    "now_col": ("Aujourd'hui", "Now"),
    "change": ("Évolution", "Change"),
    "actions_done": ("Actions réalisées ou devenues inutiles",
                     "Actions done or no longer needed"),
    "new_actions": ("Nouvelles actions", "New actions"),
    "improved": ("Questions en progrès", "Questions improved"),
    "worsened": ("Questions en recul", "Questions worsened"),
    # header / footer
    "header": ("Boussole · Plan d'action", "Boussole · Action plan"),
    "page": ("page {n} / {m}", "page {n} / {m}"),
    "confidential": ("Confidentiel", "Confidential"),
    "subject": ("Diagnostic IA, vente en ligne et cybersécurité — {edition}",
                "AI, online sales and cybersecurity checkup — {edition}"),
}

WHO = {
    "owner": ("Dirigeant", "Owner"),
    "staff": ("Salarié", "Staff"),
    "it_provider": ("Prestataire informatique", "IT provider"),
    "web_agency": ("Agence web", "Web agency"),
    "accountant": ("Expert-comptable", "Accountant"),
    "lawyer": ("Juriste, avocat", "Lawyer"),
    "bank": ("Banque", "Bank"),
    "insurer": ("Assureur", "Insurer"),
}

STATUS = {
    "todo": ("À faire", "To do"),
    "in_progress": ("En cours", "In progress"),
    "done": ("Fait", "Done"),
}


def t(lang: str, key: str, **kwargs) -> str:
    fr, en = STRINGS[key]
    text = en if lang == "en" else fr
    return text.format(**kwargs) if kwargs else text


def who(lang: str, key: str) -> str:
    pair = WHO.get(key)
    return (pair[1] if lang == "en" else pair[0]) if pair else key


def status(lang: str, key: str) -> str:
    pair = STATUS.get(key)
    return (pair[1] if lang == "en" else pair[0]) if pair else key


def actions(n: int, lang: str) -> str:
    """"1 action", "3 actions"; French keeps 0 singular ("0 action"), English does not."""
    plural = n > 1 if lang == "fr" else n != 1
    return f"{n} action{'s' if plural else ''}"


def _group(n: int, sep: str) -> str:
    s = str(abs(n))
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:])
        s = s[:-3]
    parts.insert(0, s)
    return ("-" if n < 0 else "") + sep.join(parts)


def number(value: float, lang: str, decimals: int = 0) -> str:
    """1 500 / 1,500; 1,5 / 1.5 (decimals shown only when not zero)."""
    value = round(float(value), decimals)
    whole = int(abs(value))
    frac = abs(value) - whole
    sign = "-" if value < 0 else ""
    text = _group(whole, NNBSP if lang == "fr" else ",")
    if decimals and round(frac, decimals) > 0:
        digits = f"{frac:.{decimals}f}"[2:].rstrip("0")
        text += ("," if lang == "fr" else ".") + digits
    return sign + text


def money(amount: float, lang: str) -> str:
    """1 500 € (narrow no-break space, no-break space before €) / €1,500."""
    n = number(round(amount), lang)
    return f"{n}{NBSP}€" if lang == "fr" else f"€{n}"


def money_range(low: float, high: float, lang: str) -> str:
    if round(low) == round(high):
        return money(low, lang)
    if lang == "fr":
        return f"{number(round(low), lang)} à {money(high, lang)}"
    return f"{money(low, lang)} to {money(high, lang)}"


def hours(value: float, lang: str) -> str:
    if value < 1 and value > 0:
        minutes = round(value * 60)
        return f"{minutes}{NBSP}min"
    return f"{number(value, lang, 1)}{NBSP}h"


def percent(value: float | None, lang: str) -> str:
    if value is None:
        return "—"
    n = number(round(value), lang)
    return f"{n}{NNBSP}%" if lang == "fr" else f"{n}%"


def score(value: float | None, lang: str) -> str:
    return "—" if value is None else f"{round(value)}"


def signed(value: float | None, lang: str) -> str:
    if value is None:
        return "—"
    v = round(value)
    if v == 0:
        return "="
    return ("+" if v > 0 else "−") + number(abs(v), lang)


def date(value: _dt.date | _dt.datetime | str | None, lang: str) -> str:
    """26 novembre 2026 / 26 November 2026; "1er décembre 2026"; "" for no date."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = _dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            try:
                value = _dt.date.fromisoformat(value[:10])
            except ValueError:
                return value[:40]
    if isinstance(value, _dt.datetime):
        value = value.date()
    month = MONTHS["en" if lang == "en" else "fr"][value.month - 1]
    if lang == "en":
        return f"{value.day} {month} {value.year}"
    day = "1er" if value.day == 1 else str(value.day)
    return f"{day} {month} {value.year}"
