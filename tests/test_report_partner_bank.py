"""What the bank reads in the partner edition (issue 16): the score with its meaning and
"provisoire" below 80 % answered, who ran the checkup in words, recommendations and how far the
plan has got, open critical points counted per domain (never named), the share of "je ne sais
pas" — and against the previous checkup."""
from __future__ import annotations

import io

import pypdf

from checks.assessment import ActionTracking
from checks.scoring import evaluate_assessment
from reports.pdf import build_report_bytes
from tests.factories import make_assessment
from tests.test_report import squash


def text_of(data: bytes) -> str:
    return squash("\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages))


def test_the_score_says_what_it_means_and_is_provisional_below_80_percent(content):
    full = make_assessment(content, "mixed")
    half = make_assessment(content, "mixed", fraction=0.5)
    full_text = text_of(build_report_bytes(content, full, edition="partner"))
    half_text = text_of(build_report_bytes(content, half, edition="partner"))
    ev = evaluate_assessment(content, full)
    applicable = sum(m.applicable for m in ev.modules)
    assert squash(f"Le diagnostic couvre 3 domaines") in full_text
    assert squash(f"et {applicable} questions qui s'appliquent à cette entreprise") in full_text
    assert "provisoire" not in full_text
    assert squash("Score provisoire :") in half_text and "provisoire" in half_text


def test_who_ran_it_in_words(content):
    owner = make_assessment(content, "mixed")
    owner.assessor.name = ""
    advisor = make_assessment(content, "mixed", role="advisor")
    assert squash("RÉALISÉ PAR Le dirigeant") in text_of(
        build_report_bytes(content, owner, edition="partner"))
    advised = text_of(build_report_bytes(content, advisor, edition="partner", lang="en"))
    assert squash("The owner, with Claire Dupont, CCI Lyon Métropole") in advised
    assert "Réalisé par le dirigeant" not in advised


def test_recommendations_progress_critical_points_and_dont_know(content):
    a = make_assessment(content, "mixed")
    ev = evaluate_assessment(content, a)
    for i, p in enumerate(ev.plan.actions[:4]):
        a.actions[p.action] = ActionTracking(status="done" if i < 3 else "in_progress")
    text = text_of(build_report_bytes(content, a, edition="partner"))
    total = len(ev.plan.actions)
    assert squash("RECOMMANDATIONS") in text and squash("3 faites · 1 en cours") in text
    assert squash(f"Le plan compte {total} recommandations") in text
    assert squash(f"3 faites, 1 en cours et {total - 4} à faire, sur {total} recommandations") \
        in text
    gaps = [(content.module(m.module).title.fr, len(m.critical_gaps)) for m in ev.modules
            if m.critical_gaps]
    detail = ", ".join(f"{t} : {n}" for t, n in gaps)
    assert squash(f"{len(ev.critical_gaps)} points critiques restent ouverts ({detail})") in text
    assert squash("« Je ne sais pas » :") in text
    assert squash("Premier diagnostic de l'entreprise") in text
    assert squash(f"{total} actions") not in text          # recommendations, not "N actions"


def test_progress_against_the_previous_checkup(content):
    before = make_assessment(content, "worst")
    after = make_assessment(content, "mixed", seed=8)
    after.business = before.business
    after.started_at = "2027-05-20T09:30:00+02:00"
    text = text_of(build_report_bytes(content, after, edition="partner", previous=before))
    assert squash("Depuis le diagnostic précédent (20 novembre 2026)") in text
    assert squash("Recommandations réalisées ou devenues inutiles") in text


def test_the_roadmap_speaks_of_the_business_and_gives_the_owner_no_advice(content):
    """The partner's roadmap said 'Votre rythme', 'le temps que vous pouvez y consacrer' and, in
    a red box, 'Faites-vous aider… un juriste ou avocat': the owner's words, in a bank's copy."""
    a = make_assessment(content, "worst")
    late = evaluate_assessment(content, a).plan.overload.late
    assert late   # the case where the owner's edition gives advice
    owner = text_of(build_report_bytes(content, a, edition="owner"))
    partner = text_of(build_report_bytes(content, a, edition="partner"))
    assert squash("Faites-vous aider") in owner and squash("Votre rythme") in owner
    for owners_words in ("Faites-vous aider", "Votre rythme", "vous pouvez", "vous disposez"):
        assert squash(owners_words) not in partner, owners_words
    assert squash("Rythme retenu :") in partner and squash("Délais à ce rythme") in partner
    assert squash(f"{len(late)} recommandations (") in partner
