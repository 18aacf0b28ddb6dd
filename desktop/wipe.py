"""Files made durable and files made unreadable: fsync a file and its folder, overwrite a
file's bytes with zeros before it is removed (the plaintext database once encrypted, a
set-aside copy once sealed or deleted). Best effort where the OS may refuse (a read-only disk);
an SSD or a journaling filesystem may still hold old copies of blocks (docs/security.md).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    if sys.platform == "win32":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def zero_fd(fd: int) -> None:
    """Overwrite a file's bytes with zeros through its descriptor (best effort)."""
    try:
        size = os.fstat(fd).st_size
        os.lseek(fd, 0, os.SEEK_SET)
        block = b"\0" * 65536
        left = size
        while left > 0:
            left -= os.write(fd, block[:min(left, len(block))])
        os.fsync(fd)
    except OSError:
        pass


def scrub_and_remove(path: Path) -> None:
    """Zero a file's bytes, then delete it (missing is fine)."""
    try:
        fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        return
    try:
        zero_fd(fd)
    finally:
        os.close(fd)
    os.remove(path)


def remove_quietly(path: Path) -> None:
    try:
        os.remove(path)
    except FileNotFoundError:
        pass


def replace_scrubbing(new: Path, path: Path) -> None:
    """Rename `new` over `path` atomically, then zero the replaced file's old bytes through a
    descriptor held across the rename (POSIX; Windows cannot rename over an open file)."""
    old_fd = None
    if sys.platform != "win32":
        try:
            old_fd = os.open(path, os.O_RDWR)
        except OSError:
            old_fd = None
    try:
        os.replace(new, path)
        fsync_dir(path.parent)
        if old_fd is not None:
            zero_fd(old_fd)
    finally:
        if old_fd is not None:
            os.close(old_fd)
