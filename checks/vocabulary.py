"""The words Boussole shows for its fixed ids, in French and English, in every form a reader needs.

One table for the app's screens, the PDF, the checklist export and the score JSON: who can do an
action and whom to ask (roles), action statuses, "je ne sais pas", answer labels, horizons,
priorities, maturity levels, and the languages themselves. Pure Python, no Qt: the screens read
these Texts in the language shown, so the interface translation files do not hold them.
Numbers, money, hours and dates are formatted in checks/formatting.py.
"""
from __future__ import annotations

from dataclasses import dataclass

from typing import TYPE_CHECKING

from checks.text import Text

if TYPE_CHECKING:
    from checks.content import Content

# Every language of the interface, the reports and the content: code -> its name in itself.
LANGUAGES: dict[str, str] = {"fr": "Français", "en": "English"}
LANGS = tuple(LANGUAGES)

DONT_KNOW_LABEL = Text("Je ne sais pas", "I don't know")


@dataclass(frozen=True)
class Role:
    """Someone who can do an action or answer a question, named for each kind of sentence."""

    noun: Text      # a column or a tag: "Prestataire informatique" (the PDF)
    the: Text       # third person with its article: "le prestataire informatique" (checklist)
    to_the: Text    # after "à demander" / "Ask": "au prestataire informatique" / "the IT provider"
    yours: Text     # the app speaking to the owner: "votre prestataire informatique", "vous-même"
    ask: Text       # heading of the questions to put to them: "À demander à votre …" / "Ask your …"
    find: Text | None = None   # where to find one, for someone the firm does not have yet


# In the order the PDF lists whom to ask. Ids: checks.content.WHO (who can do an action) and
# checks.content.ASK (whom to ask on "je ne sais pas"), and "provider_to_choose": what the plan
# says instead of "votre prestataire informatique" to a firm that has none (checks/fit.py).
ROLES: dict[str, Role] = {
    "owner": Role(Text("Dirigeant", "Owner"), Text("le dirigeant", "the owner"),
                  Text("au dirigeant", "the owner"), Text("vous-même", "yourself"),
                  Text("À vérifier vous-même", "Check for yourself")),
    "staff": Role(Text("Salarié", "Staff"), Text("un salarié", "a member of staff"),
                  Text("à un salarié", "a member of staff"),
                  Text("un salarié", "a member of staff"),
                  Text("À demander à vos salariés", "Ask your staff")),
    "it_provider": Role(Text("Prestataire informatique", "IT provider"),
                        Text("le prestataire informatique", "the IT provider"),
                        Text("au prestataire informatique", "the IT provider"),
                        Text("votre prestataire informatique", "your IT provider"),
                        Text("À demander à votre prestataire informatique", "Ask your IT provider")),
    "provider_to_choose": Role(
        Text("Prestataire à choisir", "A provider to choose"),
        Text("un prestataire à choisir", "a provider to choose"),
        Text("à un prestataire à choisir", "a provider you choose"),
        Text("un prestataire à choisir", "a provider you choose"),
        Text("À vérifier vous-même ou avec un prestataire à choisir",
             "Check yourself or with a provider you choose"),
        Text("Pour en trouver un près de chez vous : les prestataires labellisés ExpertCyber "
             "sur Cybermalveillance.gouv.fr.",
             "To find one near you: the ExpertCyber-labelled providers listed on "
             "Cybermalveillance.gouv.fr.")),
    "web_agency": Role(Text("Agence web", "Web agency"), Text("l'agence web", "the web agency"),
                       Text("à l'agence web", "the web agency"),
                       Text("une agence web", "a web agency"),
                       Text("À demander à votre agence web", "Ask your web agency")),
    "accountant": Role(Text("Expert-comptable", "Accountant"),
                       Text("l'expert-comptable", "the accountant"),
                       Text("à l'expert-comptable", "the accountant"),
                       Text("votre expert-comptable", "your accountant"),
                       Text("À demander à votre expert-comptable", "Ask your accountant")),
    "lawyer": Role(Text("Juriste ou avocat", "Lawyer"), Text("un juriste ou avocat", "a lawyer"),
                   Text("à un juriste ou avocat", "a lawyer"),
                   Text("un juriste ou avocat", "a lawyer"),
                   Text("À demander à un juriste ou avocat", "Ask a lawyer")),
    "bank": Role(Text("Banque", "Bank"), Text("la banque", "the bank"),
                 Text("à la banque", "the bank"), Text("votre banque", "your bank"),
                 Text("À demander à votre banque", "Ask your bank")),
    "insurer": Role(Text("Assureur", "Insurer"), Text("l'assureur", "the insurer"),
                    Text("à l'assureur", "the insurer"), Text("votre assureur", "your insurer"),
                    Text("À demander à votre assureur", "Ask your insurer")),
}

# Tracking of an action (ids: checks.assessment.STATUSES).
STATUS_LABELS = {
    "todo": Text("À faire", "To do"),
    "in_progress": Text("En cours", "In progress"),
    "done": Text("Fait", "Done"),
}

# Ids: checks.evaluation.MATURITY_LEVELS, lowest first.
MATURITY_LABELS = {
    "beginner": Text("Débutant", "Beginner"),
    "progressing": Text("En progrès", "Progressing"),
    "solid": Text("Solide", "Solid"),
    "advanced": Text("Avancé", "Advanced"),
}

# Ids: checks.content.HORIZONS. Headings; horizon_inline() gives the form inside a sentence.
HORIZON_LABELS = {
    "now": Text("Tout de suite", "Right away"),
    "3m": Text("Dans les 3 mois", "Within 3 months"),
    "12m": Text("Dans les 12 mois", "Within 12 months"),
}

# Ids: checks.ranking.PRIORITIES.
PRIORITY_LABELS = {
    "critical": Text("Critique", "Critical"),
    "high": Text("Haute", "High"),
    "medium": Text("Moyenne", "Medium"),
    "low": Text("Basse", "Low"),
}


# Ids: checks.evaluation.PERIODS, in the order the plan reads. Headings; the app's filter too.
PERIOD_LABELS = {
    "week": Text("Cette semaine", "This week"),
    "month": Text("Ce mois-ci", "This month"),
    "quarter": Text("Dans les 3 mois", "Within 3 months"),
    "year": Text("Dans les 12 mois", "Within 12 months"),
    "later": Text("Plus tard", "Later"),
}

# Ids: checks.evaluation.WHY_NOW: why an action sits where it does in the plan.
WHY_NOW_LABELS = {
    "in_progress": Text("déjà commencée", "already started"),
    "critical": Text("risque critique", "critical risk"),
    # true whether the plan keeps the date or not (beside "en retard sur ce délai")
    "deadline": Text("une date légale à respecter", "a legal date to meet"),
    "dependency": Text("à faire avant une action qui en dépend",
                       "to do before an action that depends on it"),
    "value": Text("bon rapport effet / effort", "good return for the effort"),
}

# Ids: checks.content.RISKS: what a failed critical question can cost.
RISK_LABELS = {
    "data": Text("perte de données", "losing data"),
    "money": Text("perte d'argent", "losing money"),
    "legal": Text("amende ou sanction", "a fine or penalty"),
}


def who_text(roles: tuple[str, ...], lang: str) -> str:
    """'vous-même, ou un prestataire à choisir': who can do an action, resolved for the firm."""
    words = [ROLES[r].yours.get(lang) for r in roles]
    if len(words) < 2:
        return "".join(words)
    return ", ".join(words[:-1]) + (", or " if lang == "en" else ", ou ") + words[-1]


def horizon_inline(horizon: str, lang: str) -> str:
    """'tout de suite', 'within 3 months': the horizon after a colon or inside a sentence."""
    label = HORIZON_LABELS[horizon].get(lang)
    return label[:1].lower() + label[1:]


def answer_label(content: Content, question_id: str, option_id: str, lang: str) -> str:
    """The words of an answer: its option's label, "Je ne sais pas", else the id as it is.

    The id stays visible for an answer the content no longer knows (a question or option
    removed since), rather than an empty cell.
    """
    from checks.content import DONT_KNOW   # the content model: not needed for the labels

    if option_id == DONT_KNOW:
        return DONT_KNOW_LABEL.get(lang)
    question = content.questions.get(question_id)
    option = question.option(option_id) if question is not None else None
    return option.label.get(lang) if option is not None else option_id
