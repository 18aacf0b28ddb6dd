"""Cost of signing a report (issue 16): signing a 30-page report adds < 150 ms.

Run: .venv/bin/python benchmarks/bench_signing.py

The PDFs are real Boussole reports of a complete checkup (the owner edition is over 30 pages;
the partner edition is short), built once with reports.pdf; the partner edition gets a JSON
attachment of the size its figures will have. Timed, median of warm runs: sign_pdf (attachment
+ PAdES signature, one incremental update) and read_signed_pdf (offline validation). Timed
once, because they happen once per data folder or per session and never per export: loading
pyHanko, creating the key and certificate, and opening the stored (encrypted) identity.
"""
from __future__ import annotations

import datetime as _dt
import io
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.bench_report import complete_checkup  # noqa: E402

TARGET_MS = 150.0
RUNS = 9


def figures_json() -> bytes:
    """A stand-in of the partner figures' size: 3 domains, 12 periods, 40 plan lines."""
    figures = {"format": "boussole-figures", "version": 1,
               "domains": [{"id": d, "score": 61, "completion": 0.93, "critical_open": 2}
                           for d in ("ai", "sales", "cyber")],
               "periods": [{"period": p, "hours": 12.5, "budget_eur": [300, 900]}
                           for p in range(12)],
               "plan": [{"rank": i, "status": "todo", "period": i % 4} for i in range(40)]}
    return json.dumps(figures, ensure_ascii=False, indent=1).encode("utf-8")


def median_ms(fn, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    import pypdf  # test extra; only to count pages

    from checks.content_loader import load_content
    from reports.pdf import build_report_bytes

    content = load_content()
    assessment = complete_checkup(content)
    day = _dt.date(2026, 11, 27)
    pdfs = {edition: build_report_bytes(content, assessment, edition=edition, generated=day)
            for edition in ("owner", "partner")}

    start = time.perf_counter()
    from reports.signature_check import read_signed_pdf
    from reports.signing import Attachment, sign_pdf
    from reports.signing_identity import create_identity, load_stored_identity
    print(f"loading pyHanko (once per process): {(time.perf_counter() - start) * 1000:.0f} ms")

    start = time.perf_counter()
    identity = create_identity("Boulangerie Éloïse")
    print(f"creating the key and certificate (once per data folder): "
          f"{(time.perf_counter() - start) * 1000:.0f} ms")
    secret = bytes(range(32))
    stored = identity.to_stored(secret)
    start = time.perf_counter()
    identity = load_stored_identity(stored, secret)
    print(f"opening the stored identity (once per session): "
          f"{(time.perf_counter() - start) * 1000:.0f} ms")

    attachment = Attachment("boussole-figures.json", figures_json())
    ok = True
    for edition, pdf in pdfs.items():
        pages = len(pypdf.PdfReader(io.BytesIO(pdf)).pages)
        files = [attachment] if edition == "partner" else []

        def sign(pdf=pdf, files=files):
            return sign_pdf(pdf, identity, reason="Rapport Boussole", attachments=files)

        first = time.perf_counter()
        signed = sign()
        cold = (time.perf_counter() - first) * 1000
        sign_ms = median_ms(sign)
        read_ms = median_ms(lambda signed=signed: read_signed_pdf(signed))
        assert read_signed_pdf(signed).ok
        passed = sign_ms < TARGET_MS
        ok &= passed
        print(f"{edition:<8} {pages:3d} pages {len(pdf) / 1024:6.0f} KB: sign {sign_ms:6.1f} ms "
              f"(first {cold:.0f} ms, +{(len(signed) - len(pdf)) / 1024:.1f} KB)  "
              f"< {TARGET_MS:g} ms {'PASS' if passed else 'FAIL'};  validate {read_ms:.1f} ms "
              f"(informative)")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
