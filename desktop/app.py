"""GUI entry point (`boussole`, `python -m desktop`). The one place desktop/ starts the ui."""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv if argv is None else argv
    # Answered before Qt is loaded: they need no display (a support person's first questions).
    if "--version" in argv[1:]:
        from desktop import __version__

        print(f"Boussole {__version__}")
        return 0
    if "--self-test" in argv[1:]:
        from desktop.selftest import run as self_test

        return self_test()
    from ui.app import run

    return run(argv)


if __name__ == "__main__":
    raise SystemExit(main())
