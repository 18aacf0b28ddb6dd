"""`boussole-cli verify FILE.pdf`: what a bank officer runs on the PDF they were sent, with
nothing else: is it signed and intact, by whom, and what figures does it carry.

    verify_file(path) -> Verdict(exit_code, lines, figures_json)

Exit codes: 0 the signature is valid, covers the whole file, and the attached figures (partner
edition) are the ones printed on its pages; 1 invalid, modified after signing, unsigned, or
figures that do not check out; 2 the file cannot be read as a PDF. The checks themselves are
reports.report_check's (pyHanko, offline). `verify FILE.pdf FILE.json` (the PDF against the
assessment file it was made from) stays reports.verify's. No Qt here.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

OK, FAILED, UNREADABLE = 0, 1, 2
MAX_SIZE = 200 * 1024 * 1024


@dataclass(frozen=True)
class Verdict:
    exit_code: int
    lines: list[str]
    figures_json: bytes | None = None    # the attached figures, exactly, when they check out


def verify_file(path: str | Path) -> Verdict:
    from reports.report_check import UnreadablePdf, check_report

    path = Path(path)
    try:
        if path.stat().st_size > MAX_SIZE:
            return Verdict(UNREADABLE, [f"{path} is too large to be a Boussole report"])
        data = path.read_bytes()
    except FileNotFoundError:
        return Verdict(UNREADABLE, [f"{path} does not exist; check the path"])
    except IsADirectoryError:
        return Verdict(UNREADABLE, [f"{path} is a folder, not a PDF"])
    except OSError as exc:
        return Verdict(UNREADABLE, [f"{path} cannot be read ({exc.strerror or exc})"])
    try:
        check = check_report(data)
    except UnreadablePdf as exc:
        return Verdict(UNREADABLE, [f"{path}: {exc}"])
    lines = check.lines()
    if not check.ok:
        return Verdict(FAILED, lines)
    if check.figures is not None:
        lines += ["", *figures_lines(check.figures)]
    return Verdict(OK, lines, check.figures_bytes)


def _n(value, unit: str = "") -> str:
    if value is None:
        return "-"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}{unit}" if isinstance(value, int) else f"{value}{unit}"


def _count(n: int) -> str:
    return f"{n} recommendation{'s' if n != 1 else ''}"


def _money(low, high) -> str:
    return f"{_n(low)}-{_n(high)} EUR"


def figures_lines(f: dict) -> list[str]:
    """The attached figures (docs/partner-json.md) in plain English, for a person."""
    doc, business, run, overall = f["document"], f["business"], f["run_by"], f["overall"]
    who = "the owner" if run["role"] == "owner" else \
        "the owner with " + ", ".join(x for x in (run["name"], run["organisation"]) if x)
    place = ", ".join(x for x in (business.get("postcode"), business.get("city")) if x)
    checkup = f["checkup"]
    when = (checkup.get("completed_at") or checkup.get("started_at") or "")[:10] or "-"
    q = overall["questions"]
    out = [f"Figures ({f['format']} version {f['version']}):",
           f"Business: {business['name']}" + (f" ({place})" if place else ""),
           f"Checkup of {when}, run by {who}; document of {doc['date']}, Boussole "
           f"{doc['app_version']}, checklist {f['content']['version']}",
           f"Overall score: {_n(overall['score'])}/100"
           + (" (provisional: fewer than 80% of the questions answered)"
              if overall["provisional"] else "")
           + f", maturity {overall['maturity_label']}; {_n(q['answered'])} of "
             f"{_n(q['applicable'])} questions answered ({_n(overall['completion'], '%')}) "
             f"over {overall['domains']} areas",
           f"Open critical points: {overall['open_critical_points']}; \"I don't know\": "
           f"{_n(overall['dont_know_share'], '%')} of the answers"]
    for d in f["domains"]:
        out.append(f"  {d['title']}: {_n(d['score'])}/100, {d['maturity_label']}, "
                   f"{d['questions']['answered']}/{d['questions']['applicable']} answered, "
                   f"{d['open_critical_points']} open critical, "
                   f"{_n(d['dont_know_share'], '%')} don't know")
    plan, progress = f["plan"], f["progress"]
    out.append(f"Plan: {_count(plan['recommendations'])}, {_n(plan['hours'], ' h')}, "
               f"{_money(plan['cost_low'], plan['cost_high'])}, at "
               f"{_n(plan['capacity']['monthly_hours'], ' h')} a month; left to do: "
               f"{_n(plan['hours_left'], ' h')}")
    out.append(f"Progress as of {progress['as_of']}: {progress['done']} done, "
               f"{progress['in_progress']} under way, {progress['to_do']} to do, of "
               f"{progress['total']}")
    for p in plan["periods"]:
        if p["recommendations"]:
            room = "" if p["available_hours"] is None else f" of {_n(p['available_hours'], ' h')}"
            out.append(f"  {p['label']}: {_count(p['recommendations'])}, "
                       f"{_n(p['hours'], ' h')}{room}, {_money(p['cost_low'], p['cost_high'])}"
                       + (f", {p['late']} late" if p["late"] else ""))
    prev = f.get("previous")
    if prev:
        o = prev["overall"]
        out.append(f"Since the previous checkup ({prev['date'] or '-'}): overall "
                   f"{_n(o['before'])} -> {_n(o['after'])}; {prev['recommendations_done']} "
                   f"done, {prev['no_longer_needed']} no longer needed, "
                   f"{prev['new_recommendations']} new")
    return out
