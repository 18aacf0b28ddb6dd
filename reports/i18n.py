"""The report's own wording in French and English.

Words shared with the screens and the exports (roles, statuses, horizons, priorities, maturity,
"je ne sais pas") are in checks/vocabulary.py; numbers, money, hours and dates are formatted by
checks/formatting.py.
"""
from __future__ import annotations

from reports.i18n_bank import BANK_STRINGS

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
    "content_version": ("Version du questionnaire", "Checklist version"),
    "sector": ("Secteur", "Sector"),
    "staff": ("Effectif", "Staff"),
    "contents": ("Sommaire", "Contents"),
    # summary
    "summary": ("Synthèse", "Summary"),
    "overall_score": ("Score global", "Overall score"),
    "maturity": ("Maturité", "Maturity"),
    "completion": ("Questions répondues", "Questions answered"),
    "module": ("Domaine", "Area"),
    "score": ("Score", "Score"),
    "answered": ("Répondu", "Answered"),
    "critical_gaps_short": ("Points critiques", "Critical points"),
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
    "too_few_answers": (
        "Seulement {pct} des questions ont une réponse : c'est trop peu pour dire quelles actions "
        "sont nécessaires. Terminez le questionnaire pour obtenir le plan d'action.",
        "Only {pct} of the questions are answered: too few to tell which actions are needed. "
        "Finish the questionnaire to get the action plan."),
    "maturity_provisional": ("provisoire, à confirmer", "provisional, to be confirmed"),
    "capped": ("plafonnée par un point critique", "capped by a critical point"),
    "summary_text": (
        "{n} au total : {week} cette semaine et {month} d'ici un mois, à votre rythme de "
        "{pace} par mois. Budget estimé : {cost}, pour environ {hours} de travail.",
        "{n} in all: {week} this week and {month} within a month, at your pace of {pace} a "
        "month. Estimated budget: {cost}, for about {hours} of work."),
    "summary_done": ("Déjà faites : {done} sur {total}.", "Already done: {done} of {total}."),
    # Said as what would work (hours a month, or help), not as a count of failures.
    "summary_late": ("Pour tenir tous les délais, il faudrait {need} par mois au lieu de {pace}, "
                     "ou de l'aide : voyez la feuille de route.",
                     "Meeting every deadline would take {need} a month instead of {pace}, or some "
                     "help: see the roadmap."),
    "summary_whole_plan": (" À {pace} par mois, tout le plan prendrait environ {months}.",
                           " At {pace} a month, the whole plan would take about {months}."),
    "incomplete": ("Diagnostic incomplet : {pct} des questions ont une réponse. Les scores "
                   "portent sur les questions répondues.",
                   "Incomplete checkup: {pct} of the questions are answered. Scores cover the "
                   "answered questions."),
    # critical gaps
    "critical_gaps": ("Points critiques", "Critical points"),
    "critical_intro": (
        "Ces points exposent l'entreprise à un risque sérieux. Traitez-les en premier.",
        "These points expose the business to a serious risk. Deal with them first."),
    "no_critical": ("Aucun point critique relevé.", "No critical point found."),
    "no_critical_yet": ("Aucun point critique dans les réponses données ({pct} des questions).",
                        "No critical point in the answers given ({pct} of the questions)."),
    "chart_provisional": (
        "Barre claire : score provisoire, moins de 80 % des questions du domaine ont une réponse.",
        "Light bar: provisional score, fewer than 80 % of the area's questions are answered."),
    "your_answer": ("Votre réponse", "Your answer"),
    "not_answered": ("Pas de réponse", "Not answered"),
    # plan
    "plan": ("Plan d'action", "Action plan"),
    "plan_intro": (
        "Les actions sont numérotées dans l'ordre où les faire et réparties par période selon "
        "votre rythme. Les coûts sont des fourchettes indicatives, hors temps passé.",
        "Actions are numbered in the order to do them and spread over periods at your pace. "
        "Costs are indicative ranges, not counting time spent."),
    "period_until": ("jusqu'au {date}", "until {date}"),
    "period_from": ("à partir du {date}", "from {date}"),
    "continued": ("{what} (suite)", "{what} (continued)"),
    "deadline": ("Au plus tard", "At the latest"),
    "legal_date": ("date légale", "legal date"),
    "late": ("en retard sur ce délai", "behind this deadline"),
    "before_number": ("à faire avant le n° {n}", "to do before no. {n}"),
    "per_person": ("selon l'effectif", "for your headcount"),
    "done_heading": ("Déjà fait", "Already done"),
    "col_number": ("N°", "No."),
    # roadmap
    "roadmap": ("Feuille de route", "Roadmap"),
    "roadmap_intro": (
        "Les actions sont placées dans l'ordre du plan, période après période, tant qu'elles "
        "tiennent dans le temps que vous pouvez y consacrer. Chaque barre compare les heures "
        "prévues à celles dont vous disposez dans la période.",
        "Actions are placed in the plan's order, period after period, as long as they fit the "
        "time you can give them. Each bar compares the hours planned with the hours you have "
        "in the period."),
    "pace": ("Votre rythme : {hours} par mois", "Your pace: {hours} a month"),
    "pace_partner": ("Rythme retenu : {hours} par mois", "Pace set: {hours} a month"),
    "roadmap_intro_partner": (
        "Les recommandations sont placées dans l'ordre du plan, période après période, tant "
        "qu'elles tiennent dans le temps que l'entreprise peut y consacrer. Chaque barre compare "
        "les heures prévues à celles dont elle dispose dans la période.",
        "Recommendations are placed in the plan's order, period after period, as long as they "
        "fit in the time the business can give them. Each bar compares the hours planned with "
        "those it has in the period."),
    "overload_title_partner": ("Délais à ce rythme", "Deadlines at this pace"),
    "col_actions_partner": ("Recommandations", "Recommendations"),
    "pace_default_partner": (" (la valeur par défaut pour l'effectif)",
                             " (the default for the staff size)"),
    "pace_default": (" (la valeur par défaut pour votre effectif : ajustez-la dans le profil)",
                     " (the default for your staff size: adjust it in the profile)"),
    "budget_none": ("pas de budget fixé", "no set budget"),
    "budget_set": ("budget sur 12 mois : {money}", "budget over 12 months: {money}"),
    "hours_of": ("{hours} sur {room}", "{hours} of {room}"),
    "no_limit": ("{hours}, sans limite", "{hours}, no limit"),
    "col_period": ("Période", "Period"),
    "col_hours": ("Heures prévues / disponibles", "Hours planned / available"),
    "col_late": ("En retard", "Late"),
    "overload_title": ("À ce rythme, des délais ne tiendront pas",
                       "At this pace, some deadlines will slip"),
    "overload_late": (
        "{n} ({hours}) ne tiendront pas leur délai{numbers}. Pour tout tenir, il faudrait "
        "{need} par mois.",
        "{n} ({hours}) will miss their deadline{numbers}. Meeting every deadline would take "
        "{need} a month."),
    "numbers": (" : n° {list}", ": no. {list}"),
    "overload_help": ("Faites-vous aider pour ces actions : {who}, ou un conseiller numérique de "
                      "votre CCI ({cci}).",
                      "Get help with these actions: {who}, or a digital advisor at your chamber "
                      "of commerce ({cci})."),
    "overload_help_cci": ("Faites-vous aider par un conseiller numérique de votre CCI ({cci}), "
                          "ou donnez plus d'heures par mois au plan.",
                          "Get help from a digital advisor at your chamber of commerce ({cci}), "
                          "or give the plan more hours a month."),
    "over_budget": ("{n} attendent un budget au-delà des 12 mois : il manque environ {money}.",
                    "{n} wait for budget past the 12 months: about {money} short."),
    "on_pace": ("À ce rythme, toutes les actions tiennent leur délai.",
                "At this pace, every action meets its deadline."),
    "col_priority": ("Priorité", "Priority"),
    "col_action": ("Action et étapes", "Action and steps"),
    "col_effort": ("Effort", "Effort"),
    "col_cost": ("Coût", "Cost"),
    "col_who_help": ("Qui · aide", "Who · help"),
    "col_actions": ("Actions", "Actions"),
    "col_budget": ("Budget estimé", "Estimated budget"),
    "col_horizon": ("Horizon", "Horizon"),
    "total": ("Total", "Total"),
    "quick_win": ("gain rapide", "quick win"),
    "owner_of_action": ("Responsable", "Owner"),
    "due": ("Date prévue", "Planned for"),
    "no_actions_horizon": ("Aucune action.", "No action."),
    # partner plan
    "partner_plan_intro": (
        "Le plan est présenté par domaine et par période, avec l'effort et le budget estimés. "
        "Le détail des actions figure dans l'édition complète remise au dirigeant.",
        "The plan is shown per area and period, with estimated effort and budget. The detail "
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
        "comptées. Chaque réponse insuffisante propose une ou plusieurs actions, classées en un "
        "seul ordre : d'abord les risques critiques (perte de données, d'argent, amende) et les "
        "dates légales proches, puis selon les points gagnés pour l'effort et le coût ; une "
        "action qui en prépare une autre passe avant elle. Dans cet ordre, elles sont réparties "
        "par période selon les heures par mois que l'entreprise peut y consacrer, et un délai "
        "qui ne peut pas être tenu est signalé.",
        "Each question has a weight from 1 to 3; each answer earns 0 to 100 % of that weight, "
        "'I don't know' counts as 0. An area's score is the weighted average of its answered "
        "questions, the overall score the average of the scored areas. Questions that do not "
        "concern the business (from its profile) are neither asked nor counted. Each "
        "insufficient answer proposes one or more actions, put in one order: critical risks first "
        "(losing data or money, a fine) and close legal dates, then by points gained for the "
        "effort and cost; an action that prepares another comes before it. In that order, they "
        "are spread over periods within the hours a month the business can give them, and a "
        "deadline that cannot be met is flagged."),
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
    "integrity_text_partner": ("Empreinte SHA-256 des réponses de ce diagnostic.",
                               "SHA-256 fingerprint of this checkup's answers."),
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
    "not_comparable": ("Questions non comparables", "Questions not comparable"),
    "not_comparable_intro": (
        "Ces questions ont changé de sens entre les deux versions du questionnaire : leurs "
        "réponses ne sont comparées à aucune autre.",
        "These questions changed meaning between the two versions of the checklist: their "
        "answers are not compared with any other."),
    "versions_differ": (
        "Les deux diagnostics ont été faits avec des versions différentes du questionnaire "
        "({before} puis {after}) : chaque score est calculé avec sa propre version.",
        "The two checkups used different versions of the checklist ({before}, then {after}): "
        "each score is computed with its own version."),
    "question": ("Question", "Question"),
    "answer_then": ("Réponse précédente", "Previous answer"),
    "answer_now": ("Réponse aujourd'hui", "Answer now"),
    "why_not_comparable": ("Pourquoi", "Why"),
    "meaning_changed": ("Le sens de la question a changé.", "The question's meaning changed."),
    "now_asked": ("Désormais :", "Now asked as:"),
    # header / footer
    "header": ("Boussole · Plan d'action", "Boussole · Action plan"),
    "page": ("page {n} / {m}", "page {n} / {m}"),
    "confidential": ("Confidentiel", "Confidential"),
    "subject": ("Diagnostic IA, vente en ligne et cybersécurité — {edition}",
                "AI, online sales and cybersecurity checkup — {edition}"),
}


STRINGS.update(BANK_STRINGS)


def t(lang: str, key: str, **kwargs) -> str:
    fr, en = STRINGS[key]
    text = en if lang == "en" else fr
    return text.format(**kwargs) if kwargs else text


def actions(n: int, lang: str) -> str:
    """"1 action", "3 actions"; French keeps 0 singular ("0 action"), English does not."""
    plural = n > 1 if lang == "fr" else n != 1
    return f"{n} action{'s' if plural else ''}"
