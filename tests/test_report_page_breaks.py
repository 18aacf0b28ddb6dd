"""Where the PDF's pages break: a plan table continued on a new page names its period, a period
heading is never left alone at the bottom of a page, a table's last row is never alone on a page,
and no page but the last is nearly empty.

The shipped bakery sample (resources/samples/bakery.json), whose owner PDF had a page starting
with action 3 under a bare column header, and a page holding one row of "Questions à poser à vos
interlocuteurs" and nothing else; then the tables alone, on pages made to break them. Every PDF
is parsed back with pypdf: text without whitespace, and where on the page the text lies."""
from __future__ import annotations

import datetime as _dt
import io
import re
from pathlib import Path

import pytest

pypdf = pytest.importorskip("pypdf")

from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Spacer  # noqa: E402

from checks.assessment import read_assessment  # noqa: E402
from checks.vocabulary import PERIOD_LABELS  # noqa: E402
from reports import styles as S  # noqa: E402
from reports.flowables import Heading, para  # noqa: E402
from reports.fonts import register_fonts  # noqa: E402
from reports.pdf import build_report_bytes  # noqa: E402
from reports.tables import Grid, RoomFor  # noqa: E402
from tests.test_report import squash  # noqa: E402

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "samples" / "bakery.json"
DAY = _dt.date(2026, 12, 3)
HEADER = squash("Action et étapes")            # the plan tables' column header
PERIODS = [squash(label.fr + " ·") for label in PERIOD_LABELS.values()]


def page_texts(data: bytes) -> list[str]:
    return [squash(p.extract_text() or "") for p in pypdf.PdfReader(io.BytesIO(data)).pages]


def body_fill(page) -> float:
    """How far down the body frame the page's text goes: 0 (none) to 1 (its bottom)."""
    ys: list[float] = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            ys.append(cm[1] * tm[4] + cm[3] * tm[5] + cm[5])

    page.extract_text(visitor_text=visit)
    top = S.PAGE_H - S.MARGIN_T
    body = [y for y in ys if S.MARGIN_B - 2 < y < top + 2]   # not the running header, footer
    return (top - min(body)) / S.FRAME_H if body else 0.0


@pytest.fixture(scope="module")
def owner(content) -> bytes:
    return build_report_bytes(content, read_assessment(SAMPLE, content), generated=DAY,
                              app_version="9.9.9")


@pytest.fixture(scope="module")
def plan_pages(owner) -> list[tuple[int, str]]:
    """(page number, text) of the pages of the owner edition's action plan."""
    pages = page_texts(owner)
    first = next(i for i, p in enumerate(pages) if squash("Les actions sont numérotées") in p)
    last = next(i for i, p in enumerate(pages) if squash("Vous avez répondu « je ne sais pas »") in p)
    return [(i + 1, pages[i]) for i in range(first, last + 1)]


def _last_period(text: str) -> str | None:
    at = {text.rfind(p): p for p in PERIODS if p in text}
    return at[max(at)] if at else None


def test_a_plan_table_continued_on_a_new_page_names_its_period(plan_pages):
    continued = 0
    period = None                                   # the period of the table going on
    for number, text in plan_pages:
        if HEADER not in text:
            continue
        before = text[:text.index(HEADER)]           # above the page's first column header
        named = _last_period(before)
        assert named, f"page {number} starts a plan table without saying its period"
        if squash("(suite)") in before:
            continued += 1
            assert named == period, f"page {number} names {named}, not {period}"
        period = _last_period(text)
    assert continued >= 5           # the bakery's plan runs over some fifteen pages


def test_a_period_heading_is_followed_by_its_first_action_on_its_page(plan_pages):
    headings = 0
    for number, text in plan_pages:
        for p in PERIODS:
            at = text.find(p)
            while at >= 0:
                rest = text[at:]
                header = rest.find(HEADER)
                if header < 0 or squash("(suite)") not in rest[:header]:
                    headings += 1               # a heading, not a continued table's caption
                    assert header >= 0 and squash("Au plus tard") in rest[header:], \
                        f"page {number}: {p} with no action under it"
                at = text.find(p, at + 1)
    assert headings == 5            # this week, this month, 3 months, 12 months, later


def test_no_page_but_the_last_is_nearly_empty(owner):
    pages = pypdf.PdfReader(io.BytesIO(owner)).pages
    fills = [body_fill(p) for p in pages]
    assert all(f > 0 for f in fills)
    short = [(n, round(f, 2)) for n, f in enumerate(fills[:-1], 1) if f < 1 / 3]
    assert not short, f"pages whose text stops in the top third: {short}"


def test_the_questions_to_ask_never_leave_one_alone_on_a_page(owner):
    pages = page_texts(owner)
    head, after = squash("À qui demander"), squash("Détail des réponses")
    on = [n for n, p in enumerate(pages) if head in p]
    assert on   # over one page or two as the content grows; the rule alone: tests below
    for n in on:
        table = pages[n][pages[n].index(head):]
        table = table[:table.index(after)] if after in table else table
        assert table.count("?") >= 2, f"page {n + 1}: one question alone"


# The tables alone: a page filled so that the table breaks where it must not.

ROW_H = 20.0
PAGE_ROWS = int(S.FRAME_H // ROW_H)


@pytest.fixture(autouse=True)
def fonts():
    register_fonts()            # before any paragraph is made: its style names the fonts


def _build(story: list) -> list[str]:
    out = io.BytesIO()
    doc = BaseDocTemplate(out, pagesize=(S.PAGE_W, S.PAGE_H))
    frame = Frame(S.MARGIN_L, S.MARGIN_B, S.FRAME_W, S.FRAME_H, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)          # the report's body frame
    doc.addPageTemplates([PageTemplate(frames=[frame])])
    doc.build(story)
    return page_texts(out.getvalue())


def _grid(n: int, **kw) -> Grid:
    rows = [["Column", "Header"]] + [[f"row{i:03d}", "x"] for i in range(1, n + 1)]
    t = Grid(rows, colWidths=[S.FRAME_W / 2] * 2, rowHeights=[ROW_H] * (n + 1), repeatRows=1,
             **kw)
    t.setStyle(S.grid_style())
    return t


def _rows(text: str) -> int:
    return text.count("row")


@pytest.mark.parametrize("min_tail", [1, 2, 3])
def test_a_grid_carries_at_least_min_tail_rows_to_its_last_page(min_tail):
    # room above the table for the header and 9 rows; the table has 10
    pages = _build([Spacer(1, S.FRAME_H - 10 * ROW_H - 1), _grid(10, min_tail=min_tail)])
    assert [_rows(p) for p in pages] == [10 - min_tail, min_tail]


def test_a_grid_too_short_to_split_goes_on_whole():
    pages = _build([Spacer(1, S.FRAME_H - 2 * ROW_H - 1), _grid(2, min_tail=2)])
    assert [_rows(p) for p in pages] == [0, 2]


def test_a_continued_grid_says_what_it_is_on_every_page_it_goes_on():
    n = PAGE_ROWS * 2
    t = _grid(n, continued=lambda: para("Ce mois-ci (suite)", S.CONTINUED))
    pages = _build([para("Ce mois-ci"), t])
    assert len(pages) == 3 and sum(_rows(p) for p in pages) == n
    assert squash("(suite)") not in pages[0]
    for p in pages[1:]:                          # the caption, then the repeated header row
        assert p.startswith(squash("Ce mois-ci (suite)") + "ColumnHeader")
    numbers = [int(x) for x in re.findall(r"row(\d{3})", "".join(pages))]
    assert numbers == list(range(1, n + 1))      # every row once, in order


def test_room_for_keeps_a_heading_with_the_first_row_of_its_table():
    tall = Grid([["Column", "Header"], ["row001", "x"]], colWidths=[S.FRAME_W / 2] * 2,
                rowHeights=[ROW_H, 6 * ROW_H], repeatRows=1)
    heading = [Heading("Dans les 3 mois", S.H2, 1, "h", keep_with_next=False)]
    # room for the heading and the header row, not for the first row
    pages = _build([Spacer(1, S.FRAME_H - 4 * ROW_H), RoomFor(heading, tall), *heading, tall])
    assert len(pages) == 2 and squash("Dans les 3 mois") in pages[1] and "row001" in pages[1]
