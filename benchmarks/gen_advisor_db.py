"""Generate a large advisor database: by default 2,000 businesses x 5 checkups x 80 answers.

Run: .venv/bin/python benchmarks/gen_advisor_db.py DATA_DIR [--businesses N] [--checkups N]
     [--answers N]

Everything goes through the Store API (import_assessment), so the file is exactly what the app
would hold. `generate(..., connect=...)` takes the same connect factory as Store.open_folder,
so an encrypted database can be generated the same way.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from checks.assessment import ActionTracking, Answer, Assessment, Assessor, Business  # noqa: E402
from desktop.store import Store  # noqa: E402

TRADES = ("Boulangerie", "Coiffure", "Garage", "Cabinet comptable", "Épicerie", "Fleuriste",
          "Plomberie", "Crêperie", "Librairie", "Pharmacie", "Menuiserie", "Agence web",
          "Boucherie", "Institut de beauté", "Électricité générale", "Pressing")
NAMES = ("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
         "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "Bœuf",
         "Zoé", "Élodie", "Jérôme", "Françoise", "Gaëlle", "Noël")
CITIES = (("69003", "Lyon"), ("13001", "Marseille"), ("42000", "Saint-Étienne"),
          ("35000", "Rennes"), ("44000", "Nantes"), ("59000", "Lille"), ("25000", "Besançon"),
          ("31000", "Toulouse"), ("67000", "Strasbourg"), ("29000", "Quimper"))
SECTORS = ("retail", "food", "services", "crafts", "health", "professional")
BANDS = ("solo", "2_9", "10_49", "50_249")


def _question_ids(count: int) -> list[str]:
    """Real question ids when the content loads (realistic key lengths), padded if needed."""
    try:
        from checks.content_loader import load_content

        content = load_content()
        ids, options = list(content.questions), {q.id: [o.id for o in q.options]
                                                 for q in content.questions.values()}
        version = content.version
    except Exception:  # noqa: BLE001 - the benchmark must run while content is being written
        ids, options, version = [], {}, "bench"
    ids += [f"bench.q{i:03d}" for i in range(max(0, count - len(ids)))]
    return ids[:count], options, version


def make_assessments(rng: random.Random, business: Business, checkups: int, answers: int,
                     qids: list[str], options: dict, version: str) -> list[Assessment]:
    out = []
    for n in range(checkups):
        year, month = 2022 + n, rng.randint(1, 12)
        started = f"{year}-{month:02d}-{rng.randint(1, 28):02d}T{rng.randint(8, 18):02d}:00:00+01:00"
        a = Assessment(business=business, content_version=version, language="fr",
                       assessor=Assessor("Claire Dupont", "CCI Lyon Métropole", "advisor"),
                       started_at=started,
                       completed_at=None if n == checkups - 1 and rng.random() < 0.3 else started,
                       profile={"sector": business.sector, "staff": business.staff_band,
                                "sells_online": ["own_site"], "website": "yes"},
                       id=f"{business.id}-c{n}")
        for i, qid in enumerate(qids[:answers]):
            option = rng.choice(options.get(qid) or ["yes", "partly", "no", "dont_know"])
            note = (f"Vu avec {rng.choice(NAMES)} : à revoir « avant l'été », coût à estimer"
                    if rng.random() < 0.2 else "")
            a.answers[qid] = Answer(option, note, started)
        for k in range(rng.randint(0, 6)):
            a.actions[f"bench.action{k}"] = ActionTracking(rng.choice(("todo", "in_progress",
                                                                      "done")), "", "", "")
        out.append(a)
    return out


def generate(folder: Path, businesses: int = 2000, checkups: int = 5, answers: int = 80,
             seed: int = 2026, connect=None, quiet: bool = False) -> Path:
    """Fill `folder`'s store; returns the database path."""
    rng = random.Random(seed)
    qids, options, version = _question_ids(answers)
    start = time.perf_counter()
    with Store.open_folder(folder, connect=connect) as store:
        # A throwaway benchmark file: no fsync per import, so generation takes seconds, not
        # minutes. The app itself never lowers this (see desktop/db.py).
        store._conn.execute("PRAGMA synchronous = OFF")
        for b in range(businesses):
            postcode, city = rng.choice(CITIES)
            business = Business(f"{rng.choice(TRADES)} {rng.choice(NAMES)} {b}",
                                rng.choice(SECTORS), rng.choice(BANDS), postcode, city,
                                id=f"bench-business-{b:05d}")
            for a in make_assessments(rng, business, checkups, answers, qids, options, version):
                store.import_assessment(a)
            if not quiet and (b + 1) % 500 == 0:
                print(f"  {b + 1} businesses ({time.perf_counter() - start:.0f} s)", flush=True)
        path = store.path
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--businesses", type=int, default=2000)
    parser.add_argument("--checkups", type=int, default=5)
    parser.add_argument("--answers", type=int, default=80)
    args = parser.parse_args(argv)
    if (args.data_dir / "boussole.db").exists():
        parser.error(f"{args.data_dir} already holds a database; choose an empty folder")
    start = time.perf_counter()
    path = generate(args.data_dir, args.businesses, args.checkups, args.answers)
    print(f"{path}: {path.stat().st_size / 1e6:.1f} MB in {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
