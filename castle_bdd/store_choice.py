"""Which event store a run's scenarios use: ``memory``, ``sqlite`` or ``module:factory``.

``[tool.castle_bdd] store`` in pyproject.toml (or ``behave -D castle_store=…``) names it.
Each scenario gets a store of its own, made by calling the chosen factory with no
arguments, so that no scenario sees another's events.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from castle_bdd.errors import CastleBddError

#: Makes the event store of one scenario.
StoreFactory = Callable[[], Any]

#: The stores castle-bdd knows by name; ``memory`` is the default.
STORE_NAMES = ("memory", "sqlite")


class StoreChoiceError(CastleBddError):
    """The store setting names no store castle-bdd can make."""


def store_factory(setting: object) -> StoreFactory | None:
    """What makes each scenario's store for ``setting``; None for the in-memory default."""
    if setting is None or setting == "memory":
        return None
    if setting == "sqlite":
        return _sqlite_stores()
    if isinstance(setting, str) and ":" in setting:
        return _imported_factory(setting)
    raise StoreChoiceError(
        f"the event store {setting!r} is unknown{_nearest(setting)}. Choose "
        f"{' or '.join(map(repr, STORE_NAMES))}, or 'package.module:factory' for a function "
        "that makes your own store"
    )


def _nearest(setting: object) -> str:
    from castle_bdd.suggestions import closest

    nearest = closest(str(setting), STORE_NAMES)
    return f" — did you mean {nearest!r}?" if nearest else ""


def _sqlite_stores() -> StoreFactory:
    from castle_bdd.eventstore.serialization import JsonSerializer
    from castle_bdd.eventstore.sqlite import SqliteEventStore

    # One serializer for the run's stores: the classes it has found stay found.
    serializer = JsonSerializer()
    return lambda: SqliteEventStore(serializer=serializer)


def _imported_factory(setting: str) -> StoreFactory:
    from castle_bdd.eventstore._naming import import_named  # a saga suite needs no store

    try:
        found = import_named(setting)
    except (ImportError, AttributeError) as error:
        raise StoreChoiceError(
            f"the event store {setting!r} cannot be found: {error}; give "
            "'package.module:factory', a function (or class) that makes a store when "
            "called with no arguments"
        ) from error
    if not callable(found):
        raise StoreChoiceError(
            f"the event store {setting!r} is {found!r}, not a function that makes a store"
        )
    return found
