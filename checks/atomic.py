"""Atomic file writing: a crash or a full disk never leaves a half-written file behind."""
from __future__ import annotations

import os
from pathlib import Path


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write to a temporary file in the target's folder, fsync, then rename over the target.

    On any error the temporary file is removed and the previous target (if any) is untouched.
    """
    path = Path(path)
    import tempfile   # and random, hashlib: loaded at the first write, not at every start

    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
