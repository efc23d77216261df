"""castle-bdd: given-when-then testing of event-sourced systems, in Python and in Gherkin."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from castle_bdd.domain import (
    Aggregate,
    Message,
    Saga,
    command_handler,
    deadline_handler,
    end_saga,
    event_sourcing_handler,
    saga_event_handler,
    start_saga,
)
from castle_bdd.errors import CastleBddError

if TYPE_CHECKING:
    from castle_bdd.fixtures.aggregate import AggregateTestFixture
    from castle_bdd.fixtures.saga import SagaTestFixture

__all__ = [
    "Aggregate",
    "AggregateTestFixture",
    "CastleBddError",
    "Message",
    "Saga",
    "SagaTestFixture",
    "command_handler",
    "deadline_handler",
    "end_saga",
    "event_sourcing_handler",
    "saga_event_handler",
    "start_saga",
]

# The fixtures load the clock (freezegun) and asyncio: a domain module that imports
# Aggregate from here should not pay for them, so they are imported on first use.
_LAZY = {
    "AggregateTestFixture": "castle_bdd.fixtures.aggregate",
    "SagaTestFixture": "castle_bdd.fixtures.saga",
}


def __getattr__(name: str) -> Any:
    """The fixtures, imported the first time they are asked for."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'castle_bdd' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
