"""The report's wording for what a bank reads and checks: who ran the checkup, what the score
means, where the plan stands, open critical points, and the signature block. Merged into
reports.i18n.STRINGS (kept apart so that file stays one screenful of sections)."""
from __future__ import annotations

BANK_STRINGS: dict[str, tuple[str, str]] = {
    # who ran it, in words (cover, both editions)
    "run_by_owner_value": ("Le dirigeant", "The owner"),
    "run_by_owner_named": ("Le dirigeant, {name}", "The owner, {name}"),
    "run_by_with": ("Le dirigeant, avec {who}", "The owner, with {who}"),
    # what the score means (partner summary)
    "score_meaning": (
        "Le score va de 0 (aucune des bonnes pratiques vérifiées n'est en place) à 100 (toutes "
        "le sont). Le diagnostic couvre {domains} domaines — {titles} — et {questions} questions "
        "qui s'appliquent à cette entreprise, dont {answered} ont une réponse.",
        "The score runs from 0 (none of the good practices checked is in place) to 100 (all "
        "are). The checkup covers {domains} areas — {titles} — and {questions} questions that "
        "apply to this business, {answered} of them answered."),
    "provisional": ("provisoire", "provisional"),
    "provisional_note": (
        "Score provisoire : {pct} des questions ont une réponse ; un score est établi à partir "
        "de 80 %.",
        "Provisional score: {pct} of the questions are answered; a score is settled from 80% "
        "on."),
    "kpi_recommendations": ("Recommandations", "Recommendations"),
    "kpi_progress": ("{done} faites · {doing} en cours", "{done} done · {doing} under way"),
    "partner_summary_text": (
        "Le plan compte {n}, dans un seul ordre et réparties dans le temps selon les heures que "
        "l'entreprise peut y consacrer ({pace} par mois). Budget estimé : {cost}, pour environ "
        "{hours} de travail.",
        "The plan holds {n}, in one order and spread over time within the hours the business "
        "can give them ({pace} a month). Estimated budget: {cost}, for about {hours} of work."),
    "critical_open": (
        "{n} restent ouverts ({detail}) : des pratiques essentielles absentes ou non "
        "vérifiées, comptées ici sans être décrites.",
        "{n} remain open ({detail}): essential practices missing or not checked, counted here "
        "without being described."),
    "critical_none": ("Aucun point critique ouvert.", "No open critical point."),
    "dont_know_share": (
        "« Je ne sais pas » : {pct} des réponses ({n} sur {answered}) ; chacune devient une "
        "question à poser au bon interlocuteur.",
        "“I don't know”: {pct} of the answers ({n} of {answered}); each becomes a question to "
        "put to the right person."),
    "col_critical_open": ("Critiques ouverts", "Open critical"),
    "col_dont_know": ("« Je ne sais pas »", "“I don't know”"),
    # where the plan stands (partner)
    "standing": ("Avancement du plan", "Plan progress"),
    "standing_text": (
        "Au {date} : {done} faites, {doing} en cours et {todo} à faire, sur {total}.",
        "As of {date}: {done} done, {doing} under way and {todo} to do, out of {total}."),
    "status_done": ("Faites", "Done"),
    "status_doing": ("En cours", "Under way"),
    "status_todo": ("À faire", "To do"),
    "standing_previous": (
        "Depuis le diagnostic précédent ({date}) : {done} réalisées, {gone} devenues inutiles "
        "grâce aux progrès constatés, {new} nouvelles.",
        "Since the previous checkup ({date}): {done} carried out, {gone} no longer needed "
        "thanks to the progress found, {new} new."),
    "standing_first": ("Premier diagnostic de l'entreprise dans Boussole : pas de comparaison.",
                       "The business's first checkup in Boussole: no comparison."),
    "recommendations_done": ("Recommandations réalisées ou devenues inutiles",
                             "Recommendations done or no longer needed"),
    "new_recommendations": ("Nouvelles recommandations", "New recommendations"),
    # the signature block (last page, both editions)
    "sig_title": ("Signature électronique", "Electronic signature"),
    "sig_signer": ("Signé par", "Signed by"),
    "sig_self_signed": (
        "Nom déclaré par le signataire (certificat créé par Boussole, sans autorité de "
        "certification).",
        "Name as stated by the signer (a certificate Boussole created, with no certification "
        "authority)."),
    "sig_issued_by": ("Certificat délivré par {issuer}.", "Certificate issued by {issuer}."),
    "sig_when": ("le {date} à {time} ({zone}, horloge du signataire)",
                 "on {date} at {time} ({zone}, the signer's clock)"),
    "sig_fingerprint": ("Empreinte du certificat (SHA-256)", "Certificate fingerprint (SHA-256)"),
    "sig_figures": ("Empreinte des chiffres joints ({name})",
                    "Fingerprint of the attached figures ({name})"),
    "sig_check": (
        "La signature couvre tout le document : le panneau « Signatures » de votre lecteur PDF "
        "signale toute modification faite après. Vérifier : boussole-cli verify DOCUMENT.pdf",
        "The signature covers the whole document: your PDF reader's Signatures panel flags any "
        "change made after it. To check: boussole-cli verify DOCUMENT.pdf"),
    "sig_check_partner": (
        "La signature couvre tout le document et le fichier de chiffres joint (panneau « Pièces "
        "jointes ») ; le panneau « Signatures » de votre lecteur PDF signale toute modification "
        "faite après. boussole-cli verify DOCUMENT.pdf vérifie la signature et les chiffres.",
        "The signature covers the whole document and the attached figures file (Attachments "
        "panel); your PDF reader's Signatures panel flags any change made after it. "
        "boussole-cli verify DOCUMENT.pdf checks the signature and the figures."),
    "sig_reason": ("Rapport Boussole, {edition}", "Boussole report, {edition}"),
}


def recommendations(n: int, lang: str) -> str:
    """"1 recommandation", "3 recommandations" / "1 recommendation", "3 recommendations"."""
    plural = n > 1 if lang == "fr" else n != 1
    return f"{n} recommandation{'s' if plural else ''}" if lang == "fr" \
        else f"{n} recommendation{'s' if plural else ''}"


def critical_points(n: int, lang: str) -> str:
    if lang == "fr":
        return f"{n} point{'s' if n > 1 else ''} critique{'s' if n > 1 else ''}"
    return f"{n} critical point{'s' if n != 1 else ''}"
