"""The JSON report of `boussole-cli score` (checks/score_json.py, shape in docs/score-json.md)."""
from __future__ import annotations

import json

from checks.score_json import score_report
from tests.factories import make_assessment
from tests.test_scoring import FULL, mini  # noqa: F401 - the mini content fixture


def test_score_report_shape_rounding_and_language(mini):
    a = make_assessment(mini, "mixed", profile=FULL)
    report = score_report(mini, a, lang="en")
    json.dumps(report)  # JSON-ready
    assert {"content_version", "business", "language", "overall", "modules", "critical_gaps",
            "plan"} <= report.keys()
    assert "comparison" not in report
    assert report["business"]["name"] == "Boulangerie Martin"
    assert report["modules"][0]["title"] == "Cybersecurity"
    for m in report["modules"]:
        assert m["score"] is None or m["score"] == round(m["score"], 1)
    assert report["overall"]["maturity_label"] in ("Beginner", "Progressing", "Solid", "Advanced")
    first = report["plan"]["actions"][0]
    assert {"rank", "id", "title", "priority", "horizon", "effort_hours", "cost", "cost_label",
            "quick_win", "critical", "because", "status", "who", "help"} <= first.keys()
    assert report["plan"]["actions"][0]["rank"] == 1
    assert [t["horizon"] for t in report["plan"]["totals"]] == ["now", "3m", "12m"]
    open_hours = sum(a["effort_hours"] for a in report["plan"]["actions"] if a["number"])
    pace = report["plan"]["capacity"]["monthly_hours"]
    assert report["plan"]["capacity"]["months_at_pace"] == -(-open_hours // pace)   # ceiling
    fr = score_report(mini, a, lang="fr")
    assert fr["modules"][0]["title"] == "Cybersécurité"
    assert fr["overall"]["score"] == report["overall"]["score"]


def test_score_report_with_a_previous_checkup_has_a_comparison(mini):
    old = make_assessment(mini, "worst", profile=FULL)
    new = make_assessment(mini, "best", profile=FULL)
    report = score_report(mini, new, old)
    cmp = report["comparison"]
    assert cmp["overall"] == {"before": 0.0, "after": 100.0, "delta": 100.0}
    assert len(cmp["improved"]) == 10 and cmp["worsened"] == []
    json.dumps(report)
