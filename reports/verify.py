"""Check that a PDF was produced from a given assessment, without any PDF library.

reports.pdf writes the checkup's SHA-256 fingerprint in the document info dictionary twice: in
Boussole's own key /BoussoleFingerprint and in /Keywords ("sha256:<hex>"). The info dictionary
is never compressed, so a regular expression over the raw bytes finds it. When a file holds
several (a PDF edited and saved incrementally), the last one counts, as in a PDF reader.
"""
from __future__ import annotations

import re
from pathlib import Path

_KEY = re.compile(rb"/BoussoleFingerprint\s*\(([0-9a-fA-F]{64})\)")
_KEYWORDS = re.compile(rb"/Keywords\s*\(([^)]*)\)")
_SHA = re.compile(rb"sha256:([0-9a-fA-F]{64})")
MAX_SIZE = 200 * 1024 * 1024


def read_fingerprint(data: bytes) -> str | None:
    """The fingerprint stored in a Boussole PDF's info, or None."""
    found = _KEY.findall(data)
    return found[-1].decode("ascii").lower() if found else None


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
        return False, (f"{path} was modified after it was produced: its two fingerprint "
                       f"copies differ")
    expected = assessment.fingerprint()
    if stored != expected:
        return False, (f"MISMATCH: {path} was not produced from this assessment file (or the "
                       f"file changed since): PDF fingerprint {stored[:16]}…, file fingerprint "
                       f"{expected[:16]}…")
    return True, f"OK: {path} was produced from this assessment (SHA-256 {expected})"
