"""`castle-bdd init`: lays out a new project whose first feature passes under `behave`."""

from __future__ import annotations

from pathlib import Path

from castle_bdd.errors import CastleBddError
from castle_bdd.scaffold.castlecraft_templates import CASTLECRAFT_FILES
from castle_bdd.scaffold.templates import FILES

__all__ = ["CASTLECRAFT_FILES", "FILES", "ScaffoldConflictError", "conflicts", "scaffold"]


class ScaffoldConflictError(CastleBddError):
    """Files that `castle-bdd init` would write exist already; nothing was written."""

    def __init__(self, target: Path, existing: list[Path]) -> None:
        self.target = target
        self.existing = existing
        listed = "\n".join(f"  {path}" for path in existing)
        super().__init__(
            f"nothing was written: these files exist already in {target}:\n{listed}\n"
            f"init overwrites nothing; run it in a new folder, or move these files away first."
        )


def conflicts(target: Path) -> list[Path]:
    """The files of the scaffold that exist already under ``target``."""
    return [target / name for name in FILES if (target / name).exists()]


def scaffold(target: Path, castlecraft: bool = False) -> list[Path]:
    """Write the scaffold under ``target`` (created if missing); returns the files written.

    With ``castlecraft``, the domain is a castlecraft-engineer one. Raises
    `ScaffoldConflictError`, writing nothing, when any of its files exists.
    """
    files = CASTLECRAFT_FILES if castlecraft else FILES
    if target.exists() and not target.is_dir():
        raise ScaffoldConflictError(target, [target])
    existing = conflicts(target)
    if existing:
        raise ScaffoldConflictError(target, existing)
    written = []
    for name, text in files.items():
        path = target / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
