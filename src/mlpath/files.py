"""Writing files that other processes read while grading runs."""

from __future__ import annotations

import os
from pathlib import Path


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` whole or not at all.

    A reader (another worker, or a run resumed after a crash) sees the old file or the new
    one, never half of it: the text goes to a temporary file beside ``path``, which then
    replaces it in one step.

    Parameters
    ----------
    path : Path
    text : str
    """
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    partial.write_text(text)
    partial.replace(path)
