"""The errors castle-bdd raises: one base class, one subclass per kind of mistake."""

from __future__ import annotations

from typing import NoReturn


class CastleBddError(Exception):
    """Base class of every error castle-bdd raises on purpose."""


class HandlerDefinitionError(CastleBddError):
    """An aggregate or saga declares its handlers in a way that cannot work."""


class FixtureUsageError(CastleBddError):
    """A fixture was used out of order or with arguments it cannot take."""


class FixtureArgumentError(FixtureUsageError, TypeError):
    """A fixture's method was given an argument of a kind it cannot take (a `TypeError`)."""


def refuse_argument(method: str, takes: str, value: object, write: str = "") -> NoReturn:
    """Refuse ``value``, given to ``method``, which takes ``takes``; ``write``: how to.

    Every refusal of an argument of the wrong kind says it this way: the method, what it
    takes, what it got (its class and value) and, if given, what to write instead.
    """
    got = f"the class {value.__name__}" if isinstance(value, type) else type(value).__name__
    shown = "" if isinstance(value, type) else f" {value!r}"
    how = f": write {write}" if write else ""
    raise FixtureArgumentError(f"{method} takes {takes}, got {got}{shown}{how}")


def refuse_unless(
    value: object, kinds: type | tuple[type, ...], method: str, takes: str, write: str = ""
) -> None:
    """`refuse_argument` unless ``value`` is one of ``kinds``.

    ``True`` and ``False`` are no numbers here: a flag where a count belongs is a mistake.
    """
    if isinstance(value, kinds) and (
        type(value) is not bool or bool in (kinds if isinstance(kinds, tuple) else (kinds,))
    ):
        return
    refuse_argument(method, takes, value, write)


class MatcherConfigurationError(CastleBddError):
    """A matcher was made without what it needs (``None`` for the value or class it checks)."""
