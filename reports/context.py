"""What every section of the report reads: the checkup, its evaluation, the options chosen.

Built once by reports.pdf for one document, then read (never changed) by the sections.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Mapping
from xml.sax.saxutils import escape

from reportlab.platypus import Image

from checks import formatting as fmt
from checks.assessment import Assessment
from checks.compare import Comparison
from checks.content import Content, CostBand, Text
from checks.evaluation import Evaluation
from reports import i18n, markup

if TYPE_CHECKING:
    from reports.seal import Seal


@dataclass(frozen=True)
class Ctx:
    """Everything a section needs."""

    content: Content
    assessment: Assessment
    evaluation: Evaluation
    lang: str                                  # "fr" | "en"
    edition: str                               # "owner" | "partner"
    comparison: Comparison | None = None       # with the previous checkup, when one was given
    advisor: Mapping[str, str] | None = None   # "name", "organisation": who ran the checkup
    logo: Image | None = None
    app_version: str = ""
    generated: _dt.date = field(default_factory=_dt.date.today)
    fingerprint: str = ""
    toc: bool = False                          # the owner edition of a long plan has contents
    # Table rows move to the next page whole (cleaner); reports.pdf retries with rows split
    # across pages when one row is taller than a page.
    split_rows: int = 0
    seal: Seal | None = None                   # the signature to come (signed reports)

    # -- text helpers -------------------------------------------------------------------
    def tx(self, text: Text | None) -> str:
        """Content text (bilingual) as markup."""
        return markup.para(text.get(self.lang)) if text is not None else ""

    def s(self, key: str, **kw) -> str:
        """Report wording as markup (kw values are plain text, escaped with the rest)."""
        return escape(i18n.t(self.lang, key, **kw))

    def plain(self, key: str, **kw) -> str:
        return i18n.t(self.lang, key, **kw)

    @property
    def partner(self) -> bool:
        return self.edition == "partner"

    def empty_plan(self) -> str:
        """What to say of a plan with no action: nothing answered yet, too few answers to tell
        (a provisional score), or truly nothing to do."""
        ev = self.evaluation
        if not any(m.answered for m in ev.modules):
            return self.s("no_answer_yet")
        if ev.provisional:
            return self.s("too_few_answers", pct=fmt.percent(ev.completion, self.lang))
        return self.s("summary_none")

    def module_title(self, module_id: str) -> str:
        return self.content.module(module_id).title.get(self.lang)

    def whole_plan(self) -> str:
        """" À 8 h par mois, tout le plan prendrait environ 19 mois." (markup, a leading space),
        said beside the hours that would keep every deadline; "" when no hours are given."""
        plan = self.evaluation.plan
        months = plan.months_at_pace()
        if not months:
            return ""
        return self.s("summary_whole_plan", pace=fmt.hours(plan.capacity.monthly_hours,
                                                           self.lang),
                      months=fmt.months(months, self.lang))

    def cost_range(self, low: float, high: float) -> str:
        return fmt.money_range(low, high, self.lang)

    def band(self, cost_id: str) -> CostBand:
        return self.content.cost_bands[cost_id]
