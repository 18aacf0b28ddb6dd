"""The shipped checklist content: schema-valid, complete in both languages, coherent."""
from __future__ import annotations

import shutil

import pytest

from checks.content import DONT_KNOW, applies
from checks.content_loader import load_content
from checks.errors import ContentError

MINIMUMS = {"cyber": 25, "online": 18, "ai": 15}


def test_content_loads_and_meets_coverage(content):
    counts = {m.id: len(m.questions) for m in content.modules}
    for module_id, minimum in MINIMUMS.items():
        assert counts[module_id] >= minimum, f"{module_id} has {counts[module_id]} questions"
    assert content.version and content.as_of.year >= 2026


def test_ids_unique_across_everything(content):
    qids = [q.id for m in content.modules for q in m.questions]
    assert len(qids) == len(set(qids))
    aids = list(content.actions)
    assert len(aids) == len(set(aids))
    assert not set(qids) & set(aids)


def test_every_text_bilingual_and_translated(content):
    def check(text, where):
        assert text.fr.strip() and text.en.strip(), where
    for m in content.modules:
        check(m.title, m.id)
        check(m.intro, m.id)
        for q in m.questions:
            for t in (q.text, q.why, *(o.label for o in q.options)):
                check(t, q.id)
            assert q.text.fr != q.text.en and q.why.fr != q.why.en, q.id
    for a in content.actions.values():
        check(a.title, a.id)
        assert a.title.fr != a.title.en, a.id
        assert 3 <= len(a.steps) <= 6, a.id
        for s in a.steps:
            check(s, a.id)


def test_every_shortfall_leads_to_an_action_and_every_action_is_reachable(content):
    reachable = set()
    for q in content.questions.values():
        for o in q.options:
            if o.score < 1.0:
                assert q.actions_for(o.id), f"{q.id}/{o.id} leads nowhere"
                reachable |= set(q.actions_for(o.id))
        reachable |= set(q.actions_for(DONT_KNOW))
    assert reachable == set(content.actions)


def test_conditions_refer_to_real_profile_options(content):
    for q in content.questions.values():
        for pid, accepted in q.applies_if.items():
            options = content.profile_question(pid).option_ids()
            assert set(accepted) <= set(options), q.id


def test_profile_decides_what_applies(content):
    nothing_online = {"sells_online": ["none"], "card_payments": ["none"], "website": "no",
                      "ai_use": ["none"], "customer_wifi": "no", "staff": "1"}
    everything = {"sells_online": ["own_site", "marketplaces", "social"],
                  "card_payments": ["in_shop", "online"], "website": "yes",
                  "ai_use": ["chat_assistant", "customer_bot"], "customer_wifi": "yes", "staff": "10_49"}
    few = [q for q in content.questions.values() if applies(q, nothing_online)]
    many = [q for q in content.questions.values() if applies(q, everything)]
    assert len(few) < len(many)
    assert all(applies(q, {}) for q in content.questions.values()), "unanswered profile skips nothing"


def test_closed_schemes_are_never_offered(content):
    for a in content.actions.values():
        text = " ".join([a.title.fr, a.title.en] + [s.fr + s.en for s in a.steps]).lower()
        assert "chèque numérique" not in text and "cheque numerique" not in text, a.id


def test_validation_error_names_file_id_and_line(tmp_path):
    from checks.content_loader import DEFAULT_CONTENT_DIR

    shutil.copytree(DEFAULT_CONTENT_DIR, tmp_path / "c")
    path = tmp_path / "c" / "cyber.toml"
    text = path.read_text(encoding="utf-8")
    first_question = text.index("[[questions]]")
    weight_at = text.index("weight = ", first_question)
    end = text.index("\n", weight_at)
    path.write_text(text[:weight_at] + "weight = 7" + text[end:], encoding="utf-8")
    with pytest.raises(ContentError) as err:
        load_content(tmp_path / "c")
    problem = next(p for p in err.value.problems if "weight" in p)
    assert problem.startswith("cyber.toml, line ")
    assert "[cyber." in problem


def test_broken_toml_is_reported_with_the_file_name(tmp_path):
    from checks.content_loader import DEFAULT_CONTENT_DIR

    shutil.copytree(DEFAULT_CONTENT_DIR, tmp_path / "c")
    (tmp_path / "c" / "ai.toml").write_text("[module\nid = ", encoding="utf-8")
    with pytest.raises(ContentError) as err:
        load_content(tmp_path / "c")
    assert any(p.startswith("ai.toml: not valid TOML") for p in err.value.problems)


def test_unknown_action_reference_is_caught(tmp_path):
    from checks.content_loader import DEFAULT_CONTENT_DIR

    shutil.copytree(DEFAULT_CONTENT_DIR, tmp_path / "c")
    path = tmp_path / "c" / "online.toml"
    text = path.read_text(encoding="utf-8")
    at = text.index("actions = [", text.index("[[questions]]"))
    path.write_text(text[:at] + 'actions = ["online.does_not_exist", ' + text[at + len("actions = ["):],
                    encoding="utf-8")
    with pytest.raises(ContentError) as err:
        load_content(tmp_path / "c")
    assert any("unknown action 'online.does_not_exist'" in p for p in err.value.problems)


def test_help_contacts_are_addresses_or_nothing_and_read_well(content):
    """A contact is shown as is in both languages: a web address, never French words."""
    for h in content.help.values():
        assert h.contact == "" or (" " not in h.contact and "." in h.contact), h.id
    france_num = content.help["francenum"]
    assert france_num.display("fr") == "France Num (francenum.gouv.fr)"
    assert content.help["cybermalveillance"].display("en") == "Cybermalveillance.gouv.fr"
    assert content.help["accountant"].display("en") == "Accountant"
    assert content.help["cybermalveillance"].address("fr") == ""
    assert content.help["francenum"].address("en") == "francenum.gouv.fr"
