"""`boussole --self-test` and `boussole-cli self-test`: what a support person asks a user to run.

Goes once through what the app does with a checkup, in a temporary data folder that is erased
afterwards: the shipped content, the third-party licences the About dialog lists (a bundle that
left out a package's metadata fails here), the sample checkup, an encrypted store (SQLCipher, with a key
derived from a random passphrase, so no keychain is needed and the user's keychain and data are
never touched), a business, the sample imported, scored, both PDF editions written, signed
(pyHanko, the folder's identity kept under the passphrase's key) and verified, an encrypted
export read back, the business erased. One line per step, then "OK" and
exit 0; the first failure names its step, says why, and exits 1.

It goes through the same front door as the app and the command line (desktop/workspace.py,
checkups.py, report_job.py), so a pass means those paths work in this installation. Qt-free on
purpose: the GUI entry point runs it before any QApplication exists, so it works on a machine
with no display.
"""
from __future__ import annotations

import secrets
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable, TextIO

from desktop import __version__

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
SAMPLE = RESOURCES / "samples" / "bakery.json"


class SelfTestFailure(Exception):
    """A step's check did not hold; str() says what was expected."""


class _Run:
    """The state the steps hand to each other, and the temporary folder they work in."""

    def __init__(self, work: Path, sample: Path):
        self.work = work
        self.data = work / "data"
        self.sample_path = sample
        self.content = None
        self.sample = None
        self.checkups = None
        self.business_ids: list[str] = []
        self.assessment = None
        self.pdfs: list[Path] = []

    # -- the steps, in order; each returns the detail printed after "ok" ----------------------

    def load_content(self) -> str:
        from checks.content_loader import load_content

        self.content = load_content()
        return (f"version {self.content.version} of {self.content.as_of.isoformat()}, "
                f"{len(self.content.questions)} questions")

    def check_licences(self) -> str:
        from desktop.about import components, missing_components

        problems = missing_components()
        if problems:
            raise SelfTestFailure("; ".join(problems))
        return f"{len(components())} third-party components, their licence texts readable"

    def read_sample(self) -> str:
        from desktop.checkups import read_assessment_file

        self.sample = read_assessment_file(self.sample_path, self.content, passphrase=str)
        return f"{self.sample.business.name}, {len(self.sample.answers)} answers"

    def open_store(self) -> str:
        """Through the app's own front door (desktop/workspace.py), with a random passphrase
        and the keychain left out, so nothing of the user's is read or written."""
        from desktop.checkups import Checkups
        from desktop.keys import database_state
        from desktop.workspace import StorageChoice, open_workspace

        passphrase = secrets.token_urlsafe(24)
        workspace = open_workspace(self.data, lambda _situation: StorageChoice.with_passphrase(passphrase),
                                   keychain=False)
        self.checkups = Checkups(workspace, self.content)
        state = database_state(self.data)
        if state != "encrypted":
            raise SelfTestFailure(f"the new database is {state}, expected encrypted (SQLCipher)")
        return "SQLCipher " + workspace.store.db.execute("PRAGMA cipher_version").fetchone()[0]

    def create_business(self) -> str:
        changes = self.checkups.create_business("Boussole self-test", city="Lyon")
        self.business_ids.append(changes.business_id)
        if self.checkups.business(changes.business_id)["name"] != "Boussole self-test":
            raise SelfTestFailure("the business read back differs from the one created")
        return "created and read back"

    def import_sample(self) -> str:
        changes = self.checkups.import_assessment(self.sample)
        self.business_ids.append(self.sample.business.id)
        self.assessment = self.checkups.export_assessment(changes.checkup_id)
        if self.assessment.fingerprint() != self.sample.fingerprint():
            raise SelfTestFailure("the checkup read back from the store differs from the file")
        return f"checkup {changes.checkup_id[:8]}"

    def score(self) -> str:
        from checks.scoring import evaluate_assessment

        evaluation = evaluate_assessment(self.content, self.assessment)
        if evaluation.score is None or evaluation.completion < 100:
            raise SelfTestFailure(f"the sample should be complete and scored; got score "
                                  f"{evaluation.score}, completion {evaluation.completion:.0f}%")
        return (f"{evaluation.score:.0f}/100 ({evaluation.maturity}), "
                f"{len(evaluation.plan.actions)} actions in the plan")

    def write_pdfs(self) -> str:
        from desktop.report_job import ReportRequest, run_report
        from desktop.signing_keys import FolderSigning

        sizes = []
        signing = FolderSigning.for_workspace(self.checkups.workspace)   # the passphrase's key
        for edition, lang in (("owner", "fr"), ("partner", "en")):
            out = self.work / f"{edition}-{lang}.pdf"
            run_report(self.content, ReportRequest(self.assessment, out, edition=edition, lang=lang,
                                                   signing=signing),
                       app_version=__version__)
            self.pdfs.append(out)
            sizes.append(f"{edition} ({lang}) {out.stat().st_size // 1024} KB")
        return ", ".join(sizes)

    def verify_pdfs(self) -> str:
        from reports.report_check import check_report
        from reports.verify import verify_pdf

        signers = set()
        for pdf in self.pdfs:
            ok, message = verify_pdf(pdf, self.assessment)
            if not ok:
                raise SelfTestFailure(message)
            check = check_report(pdf.read_bytes())   # pyHanko's validation, offline
            if not check.ok:
                raise SelfTestFailure(f"{pdf.name}: " + " ".join(check.lines()))
            if pdf.name.startswith("partner") and check.figures is None:
                raise SelfTestFailure(f"{pdf.name}: no figures attached")
            signers.add(check.signature.signer)
        return (f"{len(self.pdfs)} fingerprints match the checkup; signatures valid "
                f"({', '.join(sorted(signers))}), partner figures attached and printed")

    def encrypted_export(self) -> str:
        from desktop.checkups import read_assessment_file, write_assessment_file

        path = self.work / "export.boussole"
        passphrase = secrets.token_urlsafe(16)
        write_assessment_file(self.assessment, path, passphrase)
        back = read_assessment_file(path, self.content, passphrase=lambda: passphrase)
        if back.fingerprint() != self.assessment.fingerprint():
            raise SelfTestFailure("the checkup read back from the encrypted file differs")
        return "AES-256-GCM, read back identical"

    def erase_business(self) -> str:
        for business_id in self.business_ids:
            self.checkups.erase_business(business_id)
        left = self.checkups.businesses()
        if left:
            raise SelfTestFailure(f"{len(left)} business(es) still in the store after erasing")
        self.close()
        return "nothing left in the store"

    def close(self) -> None:
        if self.checkups is not None:
            self.checkups.close()
            self.checkups = None


STEPS: tuple[tuple[str, Callable[[_Run], str]], ...] = (
    ("load the checklist content", _Run.load_content),
    ("read the third-party licences", _Run.check_licences),
    ("read the sample checkup", _Run.read_sample),
    ("open an encrypted store in a temporary folder", _Run.open_store),
    ("create a business", _Run.create_business),
    ("import the sample checkup", _Run.import_sample),
    ("score it", _Run.score),
    ("write both PDF editions", _Run.write_pdfs),
    ("verify both PDFs and their signatures", _Run.verify_pdfs),
    ("export and re-read a passphrase-protected file", _Run.encrypted_export),
    ("erase the business", _Run.erase_business),
)


def origin() -> str:
    """Where this Boussole runs from: the bundle's folder, or the source checkout."""
    if getattr(sys, "frozen", False):
        return f"{Path(sys.executable).resolve().parent} (bundled application)"
    return f"{RESOURCES.parent} (Python {sys.version.split()[0]}, {sys.executable})"


def run(out: TextIO | None = None, sample: Path = SAMPLE, parent: Path | None = None) -> int:
    """Run every step; 0 when all pass, 1 at the first failure (which is named)."""
    out = out or sys.stdout
    started = time.perf_counter()
    print(f"Boussole {__version__} self-test", file=out)
    print(f"  running from {origin()}", file=out)
    print(f"  resources in {RESOURCES}", file=out)
    work = Path(tempfile.mkdtemp(prefix="boussole-selftest-", dir=parent))
    state = _Run(work, Path(sample))
    try:
        for number, (name, step) in enumerate(STEPS, 1):
            prefix = f"[{number:2}/{len(STEPS)}] {name}"
            try:
                detail = step(state)
            except Exception as exc:  # noqa: BLE001 - the point is to name any failure
                print(f"{prefix}: FAILED", file=out)
                print(f"FAILED at step {number} ({name}): {type(exc).__name__}: {exc}",
                      file=out, flush=True)
                return 1
            print(f"{prefix}: ok - {detail}", file=out, flush=True)
    finally:
        state.close()
        shutil.rmtree(work, ignore_errors=True)
    print(f"OK ({time.perf_counter() - started:.1f} s)", file=out, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(run())
