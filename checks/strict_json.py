"""JSON read strictly, for files that come from outside (assessment files, encrypted exports'
headers): whatever the bytes, the result is a value or one AssessmentError saying what is
wrong — never RecursionError, MemoryError from a number, or broken text further on.

Refused, beyond what json refuses: the same key twice in one object (the file is ambiguous:
which one was meant?); nesting deeper than MAX_DEPTH (an assessment is 3 levels deep; json
itself would recurse until Python's stack gives out); whole numbers of more than MAX_DIGITS
digits (Python refuses to convert more than 4,300, with a ValueError); NaN and Infinity (not
JSON); a lone UTF-16 surrogate in any text or key (checks/limits.py).
"""
from __future__ import annotations

import json
from typing import Any

from checks.errors import AssessmentError
from checks.limits import broken, is_clean, shown

MAX_DEPTH = 20
MAX_DIGITS = 30


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict:
    out: dict = {}
    for key, value in pairs:
        if key in out:
            raise AssessmentError(f"the key '{shown(key)[:80]}' appears twice in the same object: "
                                  f"the file is ambiguous; keep one of them")
        out[key] = value
    return out


def _whole_number(text: str) -> int:
    if len(text.lstrip("-")) > MAX_DIGITS:
        raise AssessmentError(f"a number has {len(text.lstrip('-')):,} digits (at most "
                              f"{MAX_DIGITS}); the file is damaged or not an assessment")
    return int(text)


def _no_constant(name: str) -> Any:
    raise AssessmentError(f"'{name}' is not a JSON value; the file is damaged or not an "
                          f"assessment")


def loads(text: str | bytes) -> Any:
    """Decode JSON text strictly (see the module's text). AssessmentError on any problem."""
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicates, parse_int=_whole_number,
                          parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise AssessmentError(f"not valid JSON at line {exc.lineno}, column {exc.colno} "
                              f"({exc.msg}); the file is damaged or not an assessment") from None
    except RecursionError:
        raise AssessmentError(f"the file is nested too deeply (more than {MAX_DEPTH} levels); "
                              f"it is damaged or not an assessment") from None
    except UnicodeDecodeError:
        raise AssessmentError("the file is not UTF-8 text: it is damaged or not an "
                              "assessment") from None
    _check_tree(data)
    return data


def _check_tree(data: Any) -> None:
    """Depth and text of every value, without recursion (the tree may be deep)."""
    stack = [(data, 1, "")]
    while stack:
        value, depth, where = stack.pop()
        if depth > MAX_DEPTH:
            raise AssessmentError(f"the file is nested too deeply (more than {MAX_DEPTH} "
                                  f"levels); it is damaged or not an assessment")
        if isinstance(value, str):
            if not is_clean(value):
                raise AssessmentError(broken(where or "(top)"))
        elif isinstance(value, dict):
            for key, item in value.items():
                if not is_clean(key):
                    raise AssessmentError(broken(f"{where}.{shown(key)[:80]}" if where
                                                 else shown(key)[:80]))
                stack.append((item, depth + 1, f"{where}.{key}" if where else key))
        elif isinstance(value, list):
            stack.extend((item, depth + 1, f"{where}[{n}]") for n, item in enumerate(value))
