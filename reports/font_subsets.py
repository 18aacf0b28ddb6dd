"""Each font subset made and compressed once per process, not once per report.

At the end of every document reportlab cuts, for each face used, the glyphs the document used
(in the order it first met them, 256 per subset) out of the TrueType file: it reads the glyph
table again, rebuilds the font tables, and compresses the result into the PDF (about a fifth of
a short report's time). The same glyphs in the same order give the same bytes, and reports
repeat (a checkup exported again, its two editions share their first pages' wording), so the
subset and its compressed stream are kept per face, keyed by the exact glyph list and bytes.

Shared state: used while reports.pdf holds its one-report-at-a-time lock (reportlab's faces,
which read their file through a shared position, are shared state themselves). Bounded.
"""
from __future__ import annotations

import zlib

from reportlab.pdfbase.pdfdoc import PDFZCompress

SUBSETS_KEPT = 8   # per face (a report embeds one or two of each): a few MB at most


class _KeptFlate:
    """reportlab's Flate filter (zlib.compress, the same bytes) remembering what it compressed."""

    pdfname = "FlateDecode"

    def __init__(self) -> None:
        self._kept: dict[bytes, bytes] = {}

    def encode(self, data: bytes) -> bytes:
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
