"""GUI entry point (`boussole`, `python -m desktop`). The one place desktop/ starts the ui."""
from __future__ import annotations

import gc
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
    # No cyclic garbage collection while the app starts: the modules, classes and widgets
    # made then live as long as the window, yet the collector would walk them again and again
    # as they pile up (~6 % of a launch's instructions). ui.app.run() freezes them out of its
    # reach and turns it back on once the window is ready.
    gc.disable()
    _load_before_qt()
    from ui.app import run

    return run(argv)


def _load_before_qt() -> None:
    """The Qt-free modules a start needs (settings, the data folder's store and use cases, the
    content's edition, the list's words), loaded before Qt. PySide6 reads the source of every
    module imported after it to look for "PySide6" (its __feature__ import hook): for these
    fifty modules, the standard library's among them, that cost ~8 ms of every launch."""
    import checks.vocabulary  # noqa: F401
    import desktop.checkups  # noqa: F401
    import desktop.content_cache  # noqa: F401


if __name__ == "__main__":
    raise SystemExit(main())
