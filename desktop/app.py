"""GUI entry point (`boussole`, `python -m desktop`). The one place desktop/ starts the ui."""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from ui.app import run

    return run(sys.argv if argv is None else argv)


if __name__ == "__main__":
    raise SystemExit(main())
