"""The errors castle-bdd raises: one base class, one subclass per kind of mistake."""

from __future__ import annotations


class CastleBddError(Exception):
    """Base class of every error castle-bdd raises on purpose."""


class HandlerDefinitionError(CastleBddError):
    """An aggregate or saga declares its handlers in a way that cannot work."""


class FixtureUsageError(CastleBddError):
    """A fixture was used out of order or with arguments it cannot take."""


class MatcherConfigurationError(CastleBddError):
    """A matcher was made without what it needs (``None`` for the value or class it checks)."""
