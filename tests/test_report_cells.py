"""Table cells drawn as plain strings (reports/cells.py) look exactly like the paragraphs they
replace: each word lands at the same place in the same font and size, whatever the alignment
and vertical alignment; a text too long for one line still wraps (nothing cut)."""
from __future__ import annotations

import io

import pypdf
import pytest
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from checks import formatting as fmt
from reports import styles as S
from reports.cells import Plain, table
from reports.fonts import register_fonts

WIDTHS = [190.0, 80.0, 80.0, 120.0]


def _rows() -> list[list[Plain]]:
    return [
        [Plain("Domaine", S.CELL_HEAD), Plain("Actions", S.CELL_HEAD_RIGHT),
         Plain("Effort", S.CELL_HEAD_RIGHT), Plain("Budget estimé", S.CELL_HEAD_RIGHT)],
        [Plain("Cybersécurité", S.CELL, bold=True), Plain("12", S.CELL_RIGHT),
         Plain(fmt.hours(14.5, "fr"), S.CELL_RIGHT),
         Plain(fmt.money_range(1000, 12000, "fr"), S.CELL_RIGHT)],
        [Plain("", S.CELL), Plain("Cette semaine", S.CELL_CENTER),
         Plain("3", S.CELL_RIGHT, bold=True, color=S.RED), Plain("—", S.CELL_RIGHT)],
        [Plain("Ventes en ligne & « réseaux » <b>", S.CELL, bold=True),
         Plain("Ce mois-ci", S.CELL), Plain("0", S.CELL_RIGHT), Plain("0 €", S.CELL_RIGHT)],
    ]


def _style(valign: str) -> TableStyle:
    style = S.grid_style()
    style.add("VALIGN", (0, 1), (-1, -1), valign)
    style.add("TOPPADDING", (0, 2), (-1, 2), 12)   # a taller row: vertical alignment shows
    return style


def _placed(flowables) -> list[tuple[str, float, float, str, float]]:
    """(text, x, y, font, size) of every piece of text drawn, in page coordinates."""
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build(flowables)
    out = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            name = font["/BaseFont"].split("+")[-1] if font else ""
            out.append((text.strip(), round(x, 2), round(y, 2), name, size))

    page = pypdf.PdfReader(io.BytesIO(buffer.getvalue())).pages[0]
    page.extract_text(visitor_text=visit)
    return sorted(out)


@pytest.mark.parametrize("valign", ["TOP", "MIDDLE", "BOTTOM"])
def test_string_cells_land_where_paragraphs_did(valign):
    register_fonts()
    rows = _rows()
    as_strings = table(rows, WIDTHS, _style(valign))
    as_paragraphs = Table([[cell.paragraph() for cell in row] for row in rows],
                          colWidths=WIDTHS)
    as_paragraphs.setStyle(_style(valign))
    # The fast path was taken: every cell here fits on one line of its column.
    assert all(isinstance(v, str) for row in as_strings._cellvalues for v in row)

    strings, paragraphs = _placed([as_strings]), _placed([as_paragraphs])
    assert strings == paragraphs
    texts = " ".join(t for t, *_ in strings)
    assert "Cybersécurité" in texts and "« réseaux » <b>" in texts and "12" in texts
    bold = {t: font for t, _x, _y, font, _s in strings}
    assert bold["Cybersécurité"].endswith("Bold") and not bold["12"].endswith("Bold")


def test_a_text_too_long_for_its_column_still_wraps_whole():
    register_fonts()
    long = ("Sauvegarde chiffrée hors site vérifiée chaque trimestre par le prestataire "
            "informatique de la boutique")
    t = table([[Plain(long, S.CELL), Plain("1 h", S.CELL_RIGHT)]], [120.0, 60.0],
              S.grid_style(header_rows=0))
    assert not isinstance(t._cellvalues[0][0], str) and t._cellvalues[0][1] == "1 h"
    placed = _placed([t])
    drawn = " ".join(t for t, *_ in sorted(placed, key=lambda p: (-p[2], p[1])))
    assert " ".join(long.split()) in drawn.replace("1 h", "").replace("  ", " ").strip()
    assert len({y for _t, _x, y, *_ in placed}) >= 3   # several lines, plus the other cell


def test_an_amount_is_never_broken_between_its_digit_groups():
    """French amounts group thousands with a narrow no-break space, at which reportlab breaks
    lines: '1 000 à 11' at the end of a line and '564 €' on the next. Paragraphs keep the groups
    together (read back from the PDF)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from reports.flowables import Paragraph

    register_fonts()
    amount = fmt.money_range(1000, 11564, "fr")
    assert fmt.NNBSP in amount
    # room for "1 000 à 11" but not for "1 000 à 11 564 €" (+ the frame's 6 pt paddings)
    width = stringWidth("1 000 à 11", S.BODY.fontName, S.BODY.fontSize) + 12 + 3
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=(width + 72, 400), leftMargin=36, rightMargin=36,
                      topMargin=36, bottomMargin=36).build([Paragraph(amount, S.BODY)])
    text = pypdf.PdfReader(io.BytesIO(out.getvalue())).pages[0].extract_text()
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    assert len(lines) > 1
    assert "11 564 €" in lines, lines
