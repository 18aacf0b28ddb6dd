"""The report's sections, one module each, and the order each edition puts them in.

Every text typed by a user goes through reports.markup.para (escaped, line breaks kept, bounded
where room is bounded); content texts are escaped too. The partner edition is assembled from the
sections that carry no question-level answer, no note and no don't-know list.
"""
from __future__ import annotations

from reports.context import Ctx
from reports.flowables import TocSlot
from reports.sections import (cover, critical_gaps, details, find_out, glossary, help_contacts,
                              method, plan, progress, roadmap, signature, standing,
                              summary)


def owner_story(ctx: Ctx, toc: TocSlot) -> list:
    story = cover.cover(ctx)
    if ctx.toc:
        story += cover.contents(ctx, toc)
    story += summary.summary(ctx)
    story += progress.progress(ctx)
    story += critical_gaps.critical_gaps(ctx)
    story += roadmap.roadmap(ctx)
    story += plan.plan(ctx)
    story += find_out.find_out(ctx)
    story += details.details(ctx)
    story += help_contacts.help_contacts(ctx)
    story += glossary.glossary(ctx)
    story += method.method(ctx, tail=signature.signature(ctx))
    return story


def partner_story(ctx: Ctx) -> list:
    story = cover.cover(ctx)
    story += summary.summary(ctx)
    story += standing.standing(ctx)
    story += progress.progress(ctx)
    story += roadmap.roadmap(ctx)
    story += plan.plan(ctx)
    story += method.method(ctx, tail=signature.signature(ctx))
    return story
