"""File paths as messages show them: relative to the working directory when below it."""

from __future__ import annotations

import os


def readable_path(filename: str) -> str:
    """``filename`` relative to the working directory when it is below it."""
    try:
        relative = os.path.relpath(filename)
    except ValueError:  # another drive on Windows
        return filename
    return filename if relative.startswith("..") else relative
