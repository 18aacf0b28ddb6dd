"""PySide6's import hook, answered without reading every module's source.

Once PySide6 is imported, each `import` of a module it has not seen runs its `__feature__`
hook, which reads that module's whole source file to see whether it says "PySide6"
(shibokensupport.feature._mod_uses_pyside, inspect.getsource). A start imports some fifty such
modules (the standard library's pathlib, typing, datetime... and ui's own): ~5 ms of every
launch spent reading files.

The answer only sorts modules for PySide6's optional `from __feature__ import snake_case,
true_property` switches, which Boussole never uses. For the modules whose answer is known
without reading, it is given: ui's modules are the Qt front end (they use PySide6); checks,
desktop and reports are Qt-free by the import contract (pyproject.toml), and the standard
library never names PySide6. Any other module is read as before.

The hook is PySide6's private code: if it changes shape, nothing is replaced and PySide6 reads
the sources as it always did (tests/test_qt_binding.py says so when it happens).
"""
from __future__ import annotations

import sys

_QT_FREE = frozenset({"checks", "desktop", "reports"})


def answer_known_modules() -> bool:
    """Give PySide6's hook the known answers; whether its hook was found (PySide6 imported)."""
    feature = sys.modules.get("shibokensupport.feature")
    read_source = getattr(feature, "_mod_uses_pyside", None)
    if read_source is None or getattr(read_source, "answers_known_modules", False):
        return read_source is not None

    def uses_pyside(module) -> bool:
        top = getattr(module, "__name__", "").partition(".")[0]
        if top == "ui":
            return True
        if top in _QT_FREE or top in sys.stdlib_module_names:
            return False
        return read_source(module)

    uses_pyside.answers_known_modules = True
    feature._mod_uses_pyside = uses_pyside
    return True
