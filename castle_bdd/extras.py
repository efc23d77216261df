"""Optional extras: whether castlecraft-engineer is in use, and what to do when it is missing."""

from __future__ import annotations

import importlib.util
import sys

from castle_bdd.errors import CastleBddError

#: The command that installs what `castle_bdd.castlecraft` needs.
INSTALL_HINT = "pip install castlecraft-engineer"


class CastlecraftMissingError(CastleBddError, ImportError):
    """castle-bdd's castlecraft support was asked for, but castlecraft-engineer is missing."""


def require_castlecraft() -> None:
    """Import castlecraft-engineer, or raise `CastlecraftMissingError` saying how to get it."""
    try:
        import castlecraft_engineer  # noqa: F401
    except ImportError as error:
        raise CastlecraftMissingError(
            "castle-bdd's castlecraft support needs castlecraft-engineer, which is not "
            f"installed: install it with {INSTALL_HINT}"
        ) from error


def castlecraft_in_use() -> bool:
    """Whether castlecraft-engineer was imported already (by the domain): no import here."""
    return "castlecraft_engineer" in sys.modules


def castlecraft_installed() -> bool:
    """Whether castlecraft-engineer can be imported (it is looked up, not imported)."""
    try:
        return importlib.util.find_spec("castlecraft_engineer") is not None
    except ImportError:  # an import hook that refuses it: not installed, as far as we go
        return False
