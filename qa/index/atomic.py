"""One way to write a derived file: a temporary name of this process and thread, fsync, rename, fsync the folder.

Two processes (a server and a CLI `add`) or two threads never share a temporary name, and a reader
sees either the old file or the new one, whole.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path


def atomic_write(path: Path, write: Callable[[Path], None]) -> None:
    """Call `write(tmp)` to fill a temporary file beside `path`, then put it in place atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # The suffix stays last: numpy's savez appends ".npz" to names without it.
    tmp = path.with_name(f".{path.stem}.{os.getpid()}-{threading.get_ident()}.tmp{path.suffix}")
    try:
        write(tmp)
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    directory = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))
