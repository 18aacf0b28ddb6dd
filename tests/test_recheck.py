"""Re-checkups and history in the application layer (desktop.checkups, desktop.open_checkup,
desktop.recheck), on a real store in tmp_path: the profile carried over (never defaults), the
answers of last time restated in today's checklist, older and archived checkups kept read-only,
and checkups answered with content 2026.11 imported, scored and compared with their own version.
"""
from __future__ import annotations

import json

import pytest

from checks.assessment import ActionTracking, Answer, write_assessment
from checks.content_versions import load_version
from checks.scoring import evaluate_assessment
from desktop.cli import main
from desktop.open_checkup import OpenCheckup
from desktop.recheck import ARCHIVED, OLDER, ReadOnlyError
from tests.factories import make_assessment, open_checkups

OLD = "2026.11"


@pytest.fixture(scope="module")
def old():
    return load_version(OLD)


def _march(assessment, day="2026-03-12"):
    assessment.started_at = f"{day}T09:00:00+01:00"
    assessment.completed_at = f"{day}T10:00:00+01:00"
    return assessment


def test_a_new_business_starts_with_its_profile_unanswered(data_dir, content):
    with open_checkups(data_dir, content) as checkups:
        business = checkups.create_business("Fleurs de Lys", "retail", "2_9").business_id
        checkup = OpenCheckup(checkups, checkups.start_checkup(business).checkup_id)
        # Sector and staff come from the business record; nothing else is taken for an answer.
        assert checkup.profile() == {"sector": "retail", "staff": "2_9"}
        missing = checkup.missing_profile()
        assert missing == [q.id for q in content.profile if q.id not in ("sector", "staff")]
        assert "website" in missing and "it_provider" in missing
        checkup.save_profile({**content.default_profile(), "sector": "retail", "staff": "2_9"})
        assert checkup.missing_profile() == []


def test_a_re_checkup_carries_the_last_profile_and_sees_last_times_answers(data_dir, content):
    first = _march(make_assessment(content, "worst"))
    first.answers["cyber.inventory"] = Answer("partial", "liste à finir")
    with open_checkups(data_dir, content) as checkups:
        checkups.import_assessment(first)
        started = checkups.start_checkup(first.business.id)
        checkup = OpenCheckup(checkups, started.checkup_id)
        profile = dict(first.profile)
        profile.update(sector=first.business.sector, staff=first.business.staff_band)
        assert checkup.profile() == profile
        last = checkup.last_time()
        assert last.checkup_id == first.id and last.date.startswith("2026-03-12")
        assert last.answers["cyber.inventory"] == Answer("partial", "liste à finir",
                                                         first.answers["cyber.inventory"].answered_at)
        assert last.profile == first.profile
        assert checkup.read_only is None
        checkup.answer("cyber.inventory", "current")   # the new one is editable


def test_older_checkups_and_archived_ones_refuse_every_write(data_dir, content, old):
    archived = _march(make_assessment(old, "mixed", name="Garage Rivière"))
    first = _march(make_assessment(content, "mixed"), "2026-06-01")
    with open_checkups(data_dir, content) as checkups:
        archived_id = checkups.import_assessment(archived).checkup_id
        first_id = checkups.import_assessment(first).checkup_id
        latest_id = checkups.start_checkup(first.business.id).checkup_id
        rows = {row["id"]: row["read_only"] for row in checkups.history(first.business.id)}
        assert rows == {first_id: OLDER, latest_id: None}
        assert [r["read_only"] for r in checkups.history(archived.business.id)] == [ARCHIVED]
        for checkup_id, reason in ((first_id, OLDER), (archived_id, ARCHIVED)):
            checkup = OpenCheckup(checkups, checkup_id)
            assert checkup.read_only == reason
            before = checkups.export_assessment(checkup_id).to_dict()
            qid = next(iter(checkup.assessment().answers))
            for write in (lambda: checkup.answer(qid, "dont_know"),
                          lambda: checkup.clear_answer(qid),
                          lambda: checkup.save_note(qid, "changé"),
                          lambda: checkup.save_profile({}),
                          lambda: checkup.set_action(next(iter(checkup.checkups.content_for(
                              checkup.assessment().content_version).actions)), status="done")):
                with pytest.raises(ReadOnlyError, match="kept as it was made"):
                    write()
            checkup.remember_position(qid)
            checkup.save_position()
            checkup.complete()
            assert checkups.export_assessment(checkup_id).to_dict() == before   # untouched
            assert checkup.evaluation().content_version == checkup.assessment().content_version
        # nothing to resume: the older one has a successor, the archived one cannot go on
        assert [row["id"] for row in checkups.unfinished()] == [latest_id]


def test_a_2026_11_file_imports_scores_with_2026_11_and_compares_with_2026_12(
        data_dir, tmp_path, content, old, capsys):
    before = _march(make_assessment(old, "worst"))
    before.answers["cyber.website"] = Answer("no", "le site n'est jamais mis à jour")
    before.actions["online.accessibility_plan"] = ActionTracking("in_progress", "Paul")
    path = tmp_path / "2026-11.json"
    write_assessment(before, path)

    assert main(["import", str(path), "--data-dir", str(data_dir)]) == 0
    assert capsys.readouterr().out.strip() == before.id
    with open_checkups(data_dir, content) as checkups:
        row = checkups.store.get_checkup(before.id)
        expected = evaluate_assessment(old, before)
        assert row["content_version"] == OLD and row["score"] == pytest.approx(expected.score)
        checkup = OpenCheckup(checkups, before.id)
        assert checkup.content.version == OLD and checkup.read_only == ARCHIVED
        assert checkup.evaluation().score == pytest.approx(expected.score)
        # The re-checkup: 2026.12, its profile from 2026.11, last time's answers restated.
        after = OpenCheckup(checkups, checkups.start_checkup(before.business.id).checkup_id)
        assert after.content.version == content.version
        last = after.last_time()
        assert last.content_version == OLD
        assert "cyber.website" not in last.answers            # changed meaning: no hint
        assert not {"cyber.site_updates", "cyber.site_backup"} & set(last.answers)
        assert last.answers["online.cookie_refuse"].option == "no_banner"   # renamed, mapped
        for question in after.applicable_questions():
            after.answer(question.id, max(question.options, key=lambda o: o.score).id)
        after.complete()
        comparison = after.comparison()
        assert (comparison.before_version, comparison.after_version) == (OLD, content.version)
        assert [n.question for n in comparison.not_comparable] == ["cyber.website",
                                                                   "online.accessibility"]
        assert comparison.overall.before == pytest.approx(expected.score)
        assert "online.cookie_refuse" in {c.question for c in comparison.improved}
        after_file = tmp_path / "2026-12.json"
        write_assessment(checkups.export_assessment(after.id), after_file)

    # The command line agrees: each scored with its own version, nothing silently matched.
    assert main(["score", str(after_file), "--previous", str(path)]) == 0
    data = json.loads(capsys.readouterr().out)
    cmp = data["comparison"]
    assert (cmp["before_content_version"], cmp["after_content_version"]) == (OLD, content.version)
    lost = {n["question"]: n for n in cmp["not_comparable"]}
    assert set(lost) == {"cyber.website", "online.accessibility"}
    assert lost["cyber.website"]["text"] == old.questions["cyber.website"].text.fr
    assert lost["cyber.website"]["before"] == "no"
    assert lost["cyber.website"]["see"] == ["cyber.site_updates", "cyber.site_backup",
                                            "cyber.site_admin_mfa"]
    assert not {"cyber.website", "cyber.site_updates"} & {q["question"] for q in cmp["improved"]}
    assert cmp["overall"]["before"] == round(expected.score, 1)
    assert main(["score", str(path)]) == 0
    alone = json.loads(capsys.readouterr().out)
    assert alone["content_version"] == OLD and alone["overall"]["score"] == round(expected.score, 1)


def test_the_command_line_reports_and_verifies_a_2026_11_file(tmp_path, old, capsys):
    from tests.test_report_job import pdf_text

    checkup = _march(make_assessment(old, "mixed"))
    checkup.answers["cyber.website"] = Answer("no")
    path, pdf = tmp_path / "old.json", tmp_path / "old.pdf"
    write_assessment(checkup, path)
    assert main(["report", str(path), "-o", str(pdf)]) == 0
    text = " ".join(pdf_text(pdf).split())
    assert " ".join(old.questions["cyber.website"].text.fr.split())[:60] in text
    assert f"version {OLD}" in text
    capsys.readouterr()
    assert main(["verify", str(pdf), str(path)]) == 0
    assert main(["score", str(path), "--lang", "en"]) == 0
    assert "update Boussole" not in capsys.readouterr().err


def test_the_partner_pdf_keeps_counts_and_names_no_question(tmp_path, content, old):
    from desktop.report_job import ReportRequest, run_report
    from tests.test_report_job import pdf_text

    before = _march(make_assessment(old, "worst"))
    before.answers["cyber.website"] = Answer("no")
    after = make_assessment(content, "best")
    after.business = before.business
    texts = {}
    for edition in ("owner", "partner"):
        out = tmp_path / f"{edition}.pdf"
        run_report(content, ReportRequest(after, out, edition, "fr", previous=before))
        texts[edition] = " ".join(pdf_text(out).split())
    website = " ".join(old.questions["cyber.website"].text.fr.split())[:60]
    assert "Questions non comparables" in texts["owner"] and website in texts["owner"]
    assert f"({OLD} puis {content.version})" in texts["partner"]
    assert website not in texts["partner"] and "Questions non comparables" not in texts["partner"]


def test_a_protected_2026_11_file_is_read_with_its_version(tmp_path, content, old):
    from checks.assessment import AssessmentError
    from desktop.checkups import read_assessment_file, write_assessment_file

    checkup = _march(make_assessment(old, "mixed"))
    path = tmp_path / "old.boussole"
    write_assessment_file(checkup, path, "phrase de passe longue")
    back = read_assessment_file(path, content, lambda: "phrase de passe longue")
    assert back.content_version == OLD and back.answers == checkup.answers
    checkup.answers["cyber.site_updates"] = Answer("yes")     # a 2026.12 id in a 2026.11 file
    write_assessment_file(checkup, path, "phrase de passe longue")
    with pytest.raises(AssessmentError, match="cyber.site_updates.*unknown in content 2026.11"):
        read_assessment_file(path, content, lambda: "phrase de passe longue")
