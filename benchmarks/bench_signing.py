"""Cost of signing a report (issue 16): signing adds < 150 ms to an export.

Run: .venv/bin/python benchmarks/bench_signing.py

The PDFs are real Boussole reports of a complete checkup (the owner edition is over 30 pages;
the partner edition is short), laid out once with their signature block and, for the partner
edition, its real figures (reports/seal.py). Timed, median of warm runs, what an export does
beyond the layout: opening the data folder's stored identity (desktop/signing_keys.py, an
encrypted PKCS#12, opened once per session) and sign_pdf (figures attached, PAdES signature,
one incremental update);
read_signed_pdf (offline validation, what `boussole-cli verify` does) is printed for information.
Timed once, because they happen once per process or per data folder and never per export:
loading pyHanko, creating the key and certificate, opening the stored identity the first time.
"""
from __future__ import annotations

import datetime as _dt
import io
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


def median_ms(fn, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    import tempfile

    import pypdf  # test extra; only to count pages

    from checks.content_loader import load_content
    from reports.pdf import build_report_bytes

    content = load_content()
    assessment = complete_checkup(content)
    day = _dt.date(2026, 11, 27)

    start = time.perf_counter()
    from reports.seal import Seal
    from reports.signature_check import read_signed_pdf
    from reports.signing import Attachment, BlockPlacement, sign_pdf, signature_block
    print(f"loading pyHanko (once per process): {(time.perf_counter() - start) * 1000:.0f} ms")

    from desktop.signing_keys import FolderSigning

    folder = Path(tempfile.mkdtemp(prefix="bench-signing-"))
    signing = FolderSigning(folder, bytes(range(32)))
    start = time.perf_counter()
    identity = signing.identity("Boulangerie Éloïse")
    print(f"creating the key and certificate (once per data folder): "
          f"{(time.perf_counter() - start) * 1000:.0f} ms")
    start = time.perf_counter()
    signing.identity("Boulangerie Éloïse")
    print(f"opening the stored identity (first export of a session): "
          f"{(time.perf_counter() - start) * 1000:.0f} ms")
    open_ms = median_ms(lambda: signing.identity("Boulangerie Éloïse"))

    ok = True
    for edition in ("owner", "partner"):
        seal = Seal.from_block(signature_block(identity))
        pdf = build_report_bytes(content, assessment, edition=edition, generated=day, seal=seal)
        pages = len(pypdf.PdfReader(io.BytesIO(pdf)).pages)
        files = [Attachment(seal.figures_name, seal.figures)] if seal.figures else []
        block = BlockPlacement(seal.page, seal.box)

        def sign(pdf=pdf, files=files, block=block, seal=seal):
            return sign_pdf(pdf, identity, reason="Rapport Boussole", attachments=files,
                            signing_time=seal.signed_at, block=block)

        first = time.perf_counter()
        signed = sign()
        cold = (time.perf_counter() - first) * 1000
        sign_ms = median_ms(sign)
        read_ms = median_ms(lambda signed=signed: read_signed_pdf(signed))
        assert read_signed_pdf(signed).ok
        added = open_ms + sign_ms
        passed = added < TARGET_MS
        ok &= passed
        print(f"{edition:<8} {pages:3d} pages {len(pdf) / 1024:6.0f} KB: signing adds "
              f"{added:6.1f} ms (identity {open_ms:.1f} + sign {sign_ms:.1f}; first sign "
              f"{cold:.0f} ms, +{(len(signed) - len(pdf)) / 1024:.1f} KB)  < {TARGET_MS:g} ms "
              f"{'PASS' if passed else 'FAIL'};  validate {read_ms:.1f} ms (informative)")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
