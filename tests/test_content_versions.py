"""Content versions: checkups answered with 2026.11 still open, score with 2026.11, and compare
with 2026.12 through the mapping; questions that changed meaning are never matched."""
from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from checks.assessment import ActionTracking, Answer, write_assessment
from checks.compare import compare
from checks.content import DONT_KNOW
from checks.content_loader import DEFAULT_CONTENT_DIR
from checks.errors import AssessmentError, ContentError
from checks.content_versions import (available_versions, load_mapping, load_version,
                                     parse_any_version, read_any_version, translate_assessment)
from checks.scoring import evaluate_assessment
from tests import test_content_rules as rules
from tests.factories import make_assessment

OLD, NEW = "2026.11", "2026.12"
ARCHIVE = DEFAULT_CONTENT_DIR / "archive"
# Archived content is never edited: a checkup answered with it must read the same forever.
ARCHIVED_SHA256 = {
    "2026.11/ai.toml": "1ce60fd3eb4367af1b8db24329102cc68ab2502e2544e1d76d4524b42ac8ffde",
    "2026.11/content.toml": "4408888b3a3bc0694bbb4fece46d46504fb2d1eeea88f9445bb55e8c23730852",
    "2026.11/cyber.toml": "9a9be0ea30d532cfd33bf3e599119e3fdaaad4c64a67bee963c642e973b5636e",
    "2026.11/online.toml": "2a09f27e71401e8945c2a3d05b941f5ebc33c9ff3f25a34a80b473a2342d073a",
    "2026.11/profile.toml": "0637f64b521aae1ff5f7f55f5790400267e15f26481de262a44d02733053a941",
}


@pytest.fixture(scope="module")
def old():
    return load_version(OLD)


@pytest.fixture(scope="module")
def mapping():
    return load_mapping(OLD, NEW)


def test_versions_available_and_archives_untouched(content, old):
    assert available_versions()[:2] == (OLD, NEW) and available_versions()[-1] == content.version
    assert load_version(content.version) == content
    assert old.version == OLD and "cyber.website" in old.questions
    for name, digest in ARCHIVED_SHA256.items():
        assert hashlib.sha256((ARCHIVE / name).read_bytes()).hexdigest() == digest, \
            f"archive/{name} was edited: archived content must stay as released"


def test_unknown_version_is_refused_with_a_clear_message(content, tmp_path):
    with pytest.raises(ContentError, match="'2025.01' is not available .*update Boussole"):
        load_version("2025.01")
    data = json.loads(make_assessment(content, "best").to_json())
    data["content_version"] = "2025.01"
    with pytest.raises(AssessmentError, match="content_version.*2025.01.*update Boussole"):
        parse_any_version(data)


def test_a_2026_11_checkup_opens_and_scores_with_its_own_version(old, content, tmp_path):
    checkup = make_assessment(old, "best")
    checkup.answers["cyber.website"] = Answer("yes", "mis à jour par l'agence")
    checkup.actions["online.accessibility_plan"] = ActionTracking("done", "Paul")
    write_assessment(checkup, tmp_path / "old.json")

    read, its_content = read_any_version(tmp_path / "old.json")
    assert its_content.version == OLD and read.answers["cyber.website"].note == "mis à jour par l'agence"
    evaluation = evaluate_assessment(its_content, read)
    assert evaluation.content_version == OLD and evaluation.score == 100.0
    # The same file is refused by the current content alone: that is why callers need this module.
    with pytest.raises(AssessmentError, match="content_version"):
        from checks.assessment import read_assessment
        read_assessment(tmp_path / "old.json", content)


def test_every_old_answer_maps_to_a_real_answer_or_to_nothing(old, content, mapping):
    assert set(mapping.questions) == set(old.questions) and set(mapping.actions) == set(old.actions)
    for qid, q in old.questions.items():
        for option in [o.id for o in q.options] + [DONT_KNOW]:
            matched = mapping.answer(qid, option)
            if matched is not None:
                new_q = content.questions[matched[0]]
                assert matched[1] == DONT_KNOW or new_q.option(matched[1]) is not None
    not_comparable = [q for q, m in mapping.questions.items() if not m.comparable]
    assert not_comparable == ["cyber.website", "online.accessibility"]
    assert mapping.answer("ai.hr_decisions", "sorting") is None  # meaning changed for this one
    assert mapping.answer("online.cookies", "hard_refuse") == ("online.cookie_refuse", "harder")


def test_retired_ids_are_mapped_never_kept_as_same(mapping):
    retired = {line.split()[1] for line in
               (Path(__file__).parent / "data" / "retired-ids.txt").read_text().splitlines()
               if line.startswith("question ")}
    for qid in retired:
        assert mapping.questions[qid].new != qid, f"{qid} is retired but mapped to itself"


def test_translation_keeps_what_matches_and_names_what_does_not(old, content):
    checkup = make_assessment(old, "best")
    checkup.answers.update({
        "cyber.website": Answer("yes"), "online.cookies": Answer("hard_refuse", "à revoir"),
        "ai.hr_decisions": Answer("sorting"), "cyber.mobile_lock": Answer("lock_only"),
        "cyber.inventory": Answer(DONT_KNOW)})
    checkup.actions["cyber.website_care"] = ActionTracking("in_progress")
    t = translate_assessment(checkup, NEW)
    assert t.not_comparable == ("cyber.website", "online.accessibility", "ai.hr_decisions")
    answers = t.assessment.answers
    assert answers["online.cookie_refuse"].option == "harder"
    assert answers["online.cookie_refuse"].note == "à revoir"
    assert answers["cyber.phone_lock"].option == "yes" and answers["cyber.inventory"].option == DONT_KNOW
    assert not {"cyber.website", "cyber.site_updates", "ai.hr_who_decides"} & set(answers)
    assert t.assessment.actions["cyber.website_care"].status == "in_progress"
    assert t.assessment.content_version == NEW and checkup.content_version == OLD  # a copy
    from checks.assessment import validate_against
    validate_against(t.assessment, content)


def test_compare_across_versions_counts_only_comparable_questions(old, content):
    before = make_assessment(old, "best")
    before.answers["online.cookies"] = Answer("hard_refuse")
    before.answers["cyber.website"] = Answer("no")
    after = make_assessment(content, "best")
    t = translate_assessment(before, NEW)
    c = compare(content, t.assessment, after)
    improved = [q.question for q in c.improved]
    assert "online.cookie_refuse" in improved
    assert not {"cyber.website", "cyber.site_updates", "cyber.site_backup"} & set(improved)
    assert c.worsened == ()


def test_broken_mappings_are_refused_with_the_file_and_the_id(tmp_path):
    def broken(old_text, new_text):
        root = tmp_path / f"c{len(list(tmp_path.iterdir()))}"
        shutil.copytree(DEFAULT_CONTENT_DIR, root)
        path = root / "archive" / f"{OLD}-to-{NEW}.toml"
        text = path.read_text(encoding="utf-8")
        assert old_text in text
        path.write_text(text.replace(old_text, new_text), encoding="utf-8")
        with pytest.raises(ContentError) as err:
            load_mapping(OLD, NEW, root)
        return "\n".join(err.value.problems)

    assert "[cyber.inventory]: every 2026.11 question must be listed" in \
        broken('"cyber.inventory" = "same"\n', "")
    assert "[cyber.website]: 'same' but 2026.12 has no such question" in \
        broken('"cyber.website" = { not_comparable', '"cyber.website" = "same"\n"x" = { not_comparable')
    assert "'nope' is not an option of online.cookie_refuse" in broken('hard_refuse = "harder"', 'hard_refuse = "nope"')
    assert "already the target of" in broken('"cyber.inventory" = "same"', '"cyber.inventory" = { to = "cyber.phone_lock", options = { current = "yes", partial = "some", no = "no" } }')


def test_mappings_chain_through_a_later_version(tmp_path, content):
    """A 2027.01 that renames cyber.inventory: 2026.11 answers still reach it, through 2026.12."""
    root = tmp_path / "content"
    shutil.copytree(DEFAULT_CONTENT_DIR, root)
    shutil.copytree(DEFAULT_CONTENT_DIR, root / "archive" / NEW, ignore=shutil.ignore_patterns("archive"))
    for name in ("content.toml", "cyber.toml"):
        path = root / name
        text = path.read_text(encoding="utf-8").replace(f'version = "{NEW}"', 'version = "2027.01"')
        path.write_text(text.replace('id = "cyber.inventory"', 'id = "cyber.device_list"'), encoding="utf-8")
    lines = [f'from = "{NEW}"', 'to = "2027.01"', "[questions]"]
    for qid in content.questions:
        lines.append(f'"{qid}" = "same"' if qid != "cyber.inventory" else
                     '"cyber.inventory" = { to = "cyber.device_list", options = '
                     '{ current = "current", partial = "partial", no = "no" } }')
    lines += ["[actions]"] + [f'"{aid}" = "same"' for aid in content.actions]
    (root / "archive" / f"{NEW}-to-2027.01.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")

    assert available_versions(root) == (OLD, NEW, "2027.01")
    chained = load_mapping(OLD, "2027.01", root)
    assert chained.answer("cyber.inventory", "partial") == ("cyber.device_list", "partial")
    assert chained.answer("online.cookies", "compliant") == ("online.cookie_refuse", "equal")
    assert chained.answer("cyber.website", "yes") is None
    with pytest.raises(ContentError, match="older version to a newer one"):
        load_mapping("2027.01", OLD, root)


def test_the_editorial_rules_catch_what_2026_11_got_wrong(old):
    """Each rule of test_content_rules.py finds real problems in the archived 2026.11."""
    assert "cyber.laptop_travel: lowest option scores 0.3" in rules.lowest_option_not_zero(old)
    assert any(p.startswith("online.cookies (fr): question has 31 words") for p in rules.too_long(old))
    negatives = rules.negative_questions(old)
    for qid in ("cyber.admin_rights", "online.card_storage", "online.mediator", "ai.pro_accounts"):
        assert any(p.startswith(f"{qid} (fr)") for p in negatives), qid
    assert "ai.support_known (fr): 'OPCO' is neither spelled out nor in the glossary" in \
        rules.unexplained_acronyms(old)
    assert rules.not_checked_this_month(old)
    assert "online.toml: 'à vérifier'" in rules.open_ended_wording(rules.content_texts(ARCHIVE / OLD))


def test_every_question_new_in_2026_12_says_why_how_to_check_and_what_to_do(old, content, mapping):
    carried = {m.new for m in mapping.questions.values() if m.new}
    for q in content.questions.values():
        if q.id in carried:
            continue
        assert q.why.fr and q.check is not None and q.check.fr, f"{q.id} needs why and check"
        assert q.actions and q.sources, q.id
