"""Each font subset made and compressed once per process, not once per report.

At the end of every document reportlab cuts, for each face used, the glyphs the document used
(in the order it first met them, 256 per subset) out of the TrueType file: it reads the glyph
table again, rebuilds the font tables, and compresses the result into the PDF (about a fifth of
a short report's time). The same glyphs in the same order give the same bytes, and reports
repeat (a checkup exported again, its two editions share their first pages' wording), so the
subset and its compressed stream are kept per face, keyed by the exact glyph list and bytes.
So are, per font, each subset's /Widths array as written (256 numbers formatted one by one by
reportlab's generic object writer, for every font of every report) and its compressed
ToUnicode map.

Shared state: used while reports.pdf holds its one-report-at-a-time lock (reportlab's faces,
which read their file through a shared position, are shared state themselves). Bounded.
"""
from __future__ import annotations

import zlib

from reportlab import rl_config
from reportlab.pdfbase.pdfdoc import PDFArray, PDFObject, PDFTrueTypeFont, PDFZCompress

SUBSETS_KEPT = 8   # per face (a report embeds one or two of each): a few MB at most


class _KeptFlate:
    """reportlab's Flate filter (zlib.compress, the same bytes) remembering what it compressed."""

    pdfname = "FlateDecode"

    def __init__(self) -> None:
        self._kept: dict[bytes, bytes] = {}

    def encode(self, data: bytes | str) -> bytes:
        if isinstance(data, str):   # a ToUnicode map, as reportlab's filter takes it
            data = data.encode("utf8")
        out = self._kept.get(data)
        if out is None:
            if len(self._kept) >= SUBSETS_KEPT:
                self._kept.clear()
            out = self._kept[data] = zlib.compress(data)
        return out

    def decode(self, encoded: bytes) -> bytes:
        return zlib.decompress(encoded)


def keep_subsets(face) -> None:
    """Wrap one reportlab TrueType face (TTFontFace) so its subsets are made once."""
    make, add = face.makeSubset, face.addSubsetObjects
    subsets: dict[tuple[int, ...], bytes] = {}
    flate = _KeptFlate()

    def make_subset(subset):
        key = tuple(subset)
        data = subsets.get(key)
        if data is None:
            if len(subsets) >= SUBSETS_KEPT:
                subsets.clear()
            data = subsets[key] = make(subset)
        return data

    def add_subset_objects(doc, fontname, subset):
        ref = add(doc, fontname, subset)
        stream = doc.idToObject.get(f"fontFile:{face.filename}({fontname})")
        if stream is not None and stream.filters == [PDFZCompress]:
            stream.filters = [flate]
        return ref

    face.makeSubset = make_subset
    face.addSubsetObjects = add_subset_objects


class _Written(PDFObject):
    """A PDF object already formatted: the bytes reportlab wrote for it the first time."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def format(self, document) -> bytes:
        return self.data


def keep_font_objects(font) -> None:
    """Wrap one reportlab TTFont so each subset's widths are formatted, and its ToUnicode map
    compressed, once (the same bytes: the same glyphs have the same widths and map)."""
    add = font.addObjects
    widths_kept: dict[tuple, _Written] = {}
    flate = _KeptFlate()

    def add_objects(doc):
        add(doc)
        for obj in doc.idToObject["BasicFonts"].dict.values():
            widths = getattr(obj, "Widths", None)
            if not isinstance(obj, PDFTrueTypeFont) or type(widths) is not PDFArray:
                continue   # not a TrueType subset, or one already done
            key = (tuple(widths.sequence), rl_config.pdfMultiLine)
            written = widths_kept.get(key)
            if written is None:
                if len(widths_kept) >= SUBSETS_KEPT * 4:
                    widths_kept.clear()
                written = widths_kept[key] = _Written(widths.format(doc))
            obj.Widths = written
            cmap = doc.idToObject.get("toUnicodeCMap:" + obj.BaseFont)
            if cmap is not None and cmap.filters == [PDFZCompress]:
                cmap.filters = [flate]

    font.addObjects = add_objects
