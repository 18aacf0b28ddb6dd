"""Check that a PDF was produced from a given assessment, without any PDF library.

reports.pdf stores the checkup's SHA-256 fingerprint three times: in Boussole's own document
info key /BoussoleFingerprint, in /Keywords ("sha256:<hex>"), and printed on the last page in
Courier (a standard PDF font, so the page's content stream holds it as plain ASCII). The info
dictionary is never compressed, so a regular expression over the raw bytes finds it; page
streams are ASCII85 + Flate encoded, which the standard library decodes (base64, zlib). When a
file holds several info dictionaries (a PDF edited and saved incrementally), the last one
counts, as in a PDF reader. All copies must agree with each other and with the assessment.
"""
from __future__ import annotations

import base64
import re
import zlib
from pathlib import Path

_KEY = re.compile(rb"/BoussoleFingerprint\s*\(([0-9a-fA-F]{64})\)")
_KEYWORDS = re.compile(rb"/Keywords\s*\(([^)]*)\)")
_SHA = re.compile(rb"sha256:([0-9a-fA-F]{64})")
_STREAM = re.compile(rb"stream\r?\n")
_PRINTED = re.compile(rb"\(([0-9a-f]{64})\)\s*Tj")
MAX_SIZE = 200 * 1024 * 1024
MAX_STREAM = 20 * 1024 * 1024


def read_fingerprint(data: bytes) -> str | None:
    """The fingerprint stored in a Boussole PDF's info, or None."""
    found = _KEY.findall(data)
    return found[-1].decode("ascii").lower() if found else None


def _decoded_streams(data: bytes):
    """Every stream of the file that decodes as ASCII85 and/or Flate (others are skipped)."""
    for match in _STREAM.finditer(data):
        start = match.end()
        end = data.find(b"endstream", start)
        if end < 0 or end - start > MAX_STREAM:
            continue
        head = data[max(0, match.start() - 400):match.start()]
        head = head[head.rfind(b"obj"):] if b"obj" in head else head
        raw = data[start:end].rstrip(b"\r\n")
        try:
            if b"/ASCII85Decode" in head:
                raw = base64.a85decode(raw.strip().removesuffix(b"~>"), adobe=False)
            if b"/FlateDecode" in head:
                raw = zlib.decompress(raw)
        except (ValueError, zlib.error):
            continue
        yield raw


def read_printed_fingerprints(data: bytes) -> set[str]:
    """The fingerprints printed in the pages' text (Courier, plain ASCII in the stream)."""
    found: set[str] = set()
    for stream in _decoded_streams(data):
        if b"Tj" in stream:
            found.update(m.decode("ascii") for m in _PRINTED.findall(stream))
    return found


def verify_pdf(pdf_path: Path | str, assessment) -> tuple[bool, str]:
    """(True, message) when the PDF was produced from this assessment, else (False, why)."""
    path = Path(pdf_path)
    try:
        size = path.stat().st_size
        if size > MAX_SIZE:
            return False, f"{path} is too large to be a Boussole report ({size // 1_048_576} MB)"
        data = path.read_bytes()
    except FileNotFoundError:
        return False, f"{path} does not exist; check the path"
    except IsADirectoryError:
        return False, f"{path} is a folder, not a PDF"
    except PermissionError:
        return False, f"{path} cannot be read (permission denied)"
    except OSError as exc:
        return False, f"{path} cannot be read ({exc.strerror or exc})"
    if not data.startswith(b"%PDF-"):
        return False, f"{path} is not a PDF file"
    stored = read_fingerprint(data)
    if stored is None:
        return False, (f"{path} is not a Boussole report, or it was modified: it holds no "
                       f"Boussole fingerprint")
    if b"%%EOF" not in data[-1024:]:
        return False, (f"{path} is damaged or incomplete (it does not end like a PDF); "
                       f"export the report again")
    keywords = [m for k in _KEYWORDS.findall(data) for m in _SHA.findall(k)]
    if keywords and keywords[-1].decode("ascii").lower() != stored:
        return False, (f"{path} was modified after it was produced: its stored fingerprint "
                       f"copies differ")
    printed = read_printed_fingerprints(data)
    if printed != {stored}:
        what = ("cannot be read" if not printed else "differs from the one stored in the file")
        return False, (f"{path} was modified or damaged after it was produced: the fingerprint "
                       f"printed on its last page {what}")
    expected = assessment.fingerprint()
    if stored != expected:
        return False, (f"MISMATCH: {path} was not produced from this assessment file (or the "
                       f"file changed since): PDF fingerprint {stored[:16]}…, file fingerprint "
                       f"{expected[:16]}…")
    return True, f"OK: {path} was produced from this assessment (SHA-256 {expected})"
