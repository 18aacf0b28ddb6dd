"""Write the sample checkup shipped with Boussole (resources/samples/bakery.json).

The sample is a complete, realistic checkup of a small bakery: what `boussole --self-test`
imports, scores and prints, and what a support person can open to show the app. It must be
valid for the CURRENT content version, so re-run this script whenever the content changes
(tests/test_selftest.py fails and says so when it is stale):

    .venv/bin/python tools/make_sample.py            write the sample
    .venv/bin/python tools/make_sample.py --check    exit 1 when the shipped sample is stale

Answers are picked by hand below, question by question, for a bakery that does some things well
(automatic updates, a card terminal kept in sight) and others not yet (backups on a USB key left
plugged in, the same password in several places). A question this table does not know (new in a
later content version) gets its middle option and is listed on stderr, so whoever re-runs the
script can pick a realistic answer here.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import sys
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checks.assessment import (ActionTracking, Answer, Assessment, Assessor,  # noqa: E402
                               Business, loads_assessment)
from checks.content import DONT_KNOW, Content, applies  # noqa: E402
from checks.content_loader import load_content  # noqa: E402

SAMPLE = ROOT / "resources" / "samples" / "bakery.json"
NAMESPACE = uuid.UUID("6f1c0d7e-3b53-4c55-9a6e-1d2b9a0f5e11")   # stable ids on every re-run
STARTED = _dt.datetime(2026, 11, 30, 9, 15, tzinfo=_dt.timezone(_dt.timedelta(hours=1)))

BUSINESS = Business(name="Boulangerie Martin (exemple)", sector="retail", staff_band="2_9",
                    postcode="69003", city="Lyon",
                    id=str(uuid.uuid5(NAMESPACE, "business")))
PROFILE = {
    "sector": "retail", "staff": "2_9", "sells_online": ["social"], "card_payments": ["in_shop"],
    "website": "yes", "ai_use": ["chat_assistant"], "customer_wifi": "no",
    "personal_data": "yes", "it_provider": "no",
}

# question id -> (option id, note). DONT_KNOW where a baker would honestly not know.
ANSWERS: dict[str, tuple[str, str]] = {
    "cyber.updates_network": ("box_only", ""),
    "cyber.security_alerts": ("news_only", ""),
    "cyber.remote_access": ("nobody", ""),
    "cyber.internet_exposure": (DONT_KNOW, "La caméra du fournil se regarde depuis le téléphone  : à demander à l'installateur."),
    "cyber.email_spoofing": ("no_domain", "Adresse Orange."),
    "cyber.site_updates": ("platform", ""),
    "cyber.site_backup": ("platform", ""),
    "cyber.site_admin_mfa": ("no", ""),
    "cyber.phone_lock": ("some", "Le téléphone des commandes n'a pas de code."),
    "cyber.phone_wipe": ("no", ""),
    "cyber.processing_record": ("no", ""),
    "cyber.data_retention": ("keep_all", "Fichier des commandes de gâteaux depuis 2015."),
    "cyber.processor_contracts": ("never", ""),
    "cyber.cameras": ("sign_only", ""),
    "online.email_consent": ("consent_no_proof", "Inscription à la lettre d'info sur un cahier en boutique."),
    "online.phone_canvassing": ("never", ""),
    "online.cookie_refuse": ("equal", ""),
    "online.cookie_wait": (DONT_KNOW, ""),
    "ai.high_risk_decisions": ("not_concerned", ""),
    "ai.hr_who_decides": ("human", ""),
    "ai.staff_informed": ("no_such_tool", ""),
    "cyber.inventory": ("partial", "Liste faite à l'ouverture, la nouvelle caisse n'y est pas."),
    "cyber.updates_auto": ("all", ""),
    "cyber.unsupported": ("one_old", "Le vieux PC du laboratoire (fiches recettes)."),
    "cyber.antivirus": ("all", ""),
    "cyber.default_passwords": ("box_only", ""),
    "cyber.firewall": (DONT_KNOW, "À demander au neveu qui a installé la box."),
    "cyber.payment_terminal": ("yes", ""),
    "cyber.backup_regular": ("manual", "Clé USB le dimanche soir, quand on y pense."),
    "cyber.backup_offline": ("connected", "La clé reste branchée sur le PC de la caisse."),
    "cyber.backup_restore": ("never", ""),
    "cyber.cloud_export": ("never", ""),
    "cyber.passwords_unique": ("some_reused", ""),
    "cyber.mfa_email": ("some", "Activée sur la messagerie, pas sur la banque en ligne."),
    "cyber.mfa_cloud": ("some", ""),
    "cyber.personal_accounts": ("some_shared", "Un seul compte pour la caisse."),
    "cyber.admin_rights": ("no", ""),
    "cyber.leavers": ("late", ""),
    "cyber.phishing": ("roughly", ""),
    "cyber.bank_details": ("always", "Rappel du fournisseur de farine au numéro habituel."),
    "cyber.cloud_access": ("partly", ""),
    "cyber.website": (DONT_KNOW, "Site fait par une agence en 2021 : qui le met à jour ?"),
    "cyber.separate_uses": ("sometimes", ""),
    "cyber.personal_devices": ("no_rules", ""),
    "cyber.mobile_lock": ("lock_only", ""),
    "cyber.laptop_travel": ("no_laptop", ""),
    "cyber.awareness": ("no", ""),
    "cyber.incident_plan": ("no", ""),
    "cyber.insurance": ("unsure", "Voir le contrat multirisque avec l'assureur."),
    "cyber.data_breach": ("heard", ""),
    "online.gbp_profile": ("claimed_old", "Horaires d'été encore affichés."),
    "online.reviews_replies": ("some", ""),
    "online.reviews_genuine": ("genuine", ""),
    "online.domain_owner": (DONT_KNOW, "Nom de domaine acheté par l'agence."),
    "online.https": ("everywhere", ""),
    "online.mobile": ("mostly", ""),
    "online.site_current": ("content_only", ""),
    "online.remote_orders": ("phone_only", "Commandes de gâteaux par téléphone."),
    "online.social_orders": ("recorded", "Commandes Instagram notées sur le cahier."),
    "online.measure": ("never", ""),
    "online.legal_notice": ("incomplete", ""),
    "online.reference_price": ("no_discounts", ""),
    "online.cookies": ("hard_refuse", ""),
    "online.privacy": ("generic", ""),
    "online.einvoice_receive": ("chosen", "L'expert-comptable propose sa plateforme."),
    "online.einvoice_platform": ("assumed", ""),
    "online.einvoice_2027": ("planned", ""),
    "ai.tasks_identified": ("vague", ""),
    "ai.tools_inventory": ("in_head", ""),
    "ai.usage_rules": ("no", ""),
    "ai.personal_data": ("kept_out", ""),
    "ai.trade_secrets": ("unspoken", "Les recettes maison ne doivent pas sortir."),
    "ai.pro_accounts": ("default", ""),
    "ai.prohibited_uses": ("checked", ""),
    "ai.human_review": ("always", "Textes des affiches relus avant impression."),
    "ai.fact_check": ("sometimes", ""),
    "ai.label_content": ("no", ""),
    "ai.content_rights": ("partly", ""),
    "ai.owner_skills": ("self_taught", ""),
    "ai.staff_training": ("no", ""),
    "ai.shadow_use": ("never_asked", ""),
    "ai.owner_responsible": ("implicit", ""),
    "ai.hr_decisions": ("human", ""),
    "ai.first_project": ("no", ""),
    "ai.support_known": ("heard_of", ""),
    "ai.project_budget": ("no", ""),
}

# Action tracking: started on the day, as a person would right after the checkup.
TRACKING = {
    "cyber.backup_offline": ActionTracking("in_progress", "Claire", "2026-12-15",
                                           "Acheter un deuxième disque, rangé à la maison."),
    "cyber.passwords_unique": ActionTracking("todo", "Claire", "2027-01-31", ""),
}


def _middle(question) -> str:
    """The option in the middle of the score range: a neutral stand-in for an unknown question."""
    ranked = sorted(question.options, key=lambda o: o.score)
    return ranked[len(ranked) // 2].id


def build(content: Content) -> tuple[Assessment, list[str]]:
    """The sample for this content, and the questions the ANSWERS table did not cover."""
    answers: dict[str, Answer] = {}
    guessed: list[str] = []
    moment = STARTED
    for question in content.questions.values():
        if not applies(question, PROFILE):
            continue
        option, note = ANSWERS.get(question.id, ("", ""))
        if option != DONT_KNOW and question.option(option) is None:
            guessed.append(question.id)
            option, note = _middle(question), ""
        moment += _dt.timedelta(seconds=35)
        answers[question.id] = Answer(option, note, moment.isoformat(timespec="seconds"))
    actions: dict[str, ActionTracking] = {}
    for question_id, tracking in TRACKING.items():
        question = content.questions.get(question_id)
        if question is None or question_id not in answers:
            continue
        for action_id in question.actions_for(answers[question_id].option)[:1]:
            actions[action_id] = tracking
    assessment = Assessment(
        business=BUSINESS, content_version=content.version, language="fr",
        assessor=Assessor("Claire Martin", "", "owner"),
        started_at=STARTED.isoformat(timespec="seconds"),
        completed_at=(moment + _dt.timedelta(minutes=2)).isoformat(timespec="seconds"),
        profile=PROFILE, answers=answers, actions=actions,
        id=str(uuid.uuid5(NAMESPACE, f"checkup {content.version}")))
    return assessment, guessed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="exit 1 when the shipped sample differs from what this script writes")
    args = parser.parse_args(argv)
    content = load_content()
    assessment, guessed = build(content)
    for question_id in guessed:
        print(f"warning: {question_id} is not in ANSWERS: its middle option was used; "
              f"pick a realistic answer in tools/make_sample.py", file=sys.stderr)
    text = assessment.to_json()
    loads_assessment(text, content)          # what we ship must read back against the content
    if args.check:
        current = SAMPLE.read_text(encoding="utf-8") if SAMPLE.exists() else ""
        if current != text:
            print(f"{SAMPLE.relative_to(ROOT)} is stale for content {content.version}: "
                  f"run tools/make_sample.py", file=sys.stderr)
            return 1
        return 0
    SAMPLE.parent.mkdir(parents=True, exist_ok=True)
    SAMPLE.write_text(text, encoding="utf-8")
    print(f"{SAMPLE.relative_to(ROOT)}: content {content.version}, {len(assessment.answers)} "
          f"answers")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
