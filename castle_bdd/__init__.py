"""castle-bdd: given-when-then testing of event-sourced systems, in Python and in Gherkin."""

from __future__ import annotations

from typing import TYPE_CHECKING

from castle_bdd.domain import (
    Aggregate,
    AggregateMember,
    CreationPolicy,
    Message,
    MetadataValue,
    Saga,
    TargetAggregateId,
    apply,
    command_handler,
    command_handler_interceptor,
    deadline_handler,
    end_saga,
    event_sourcing_handler,
    saga_event_handler,
    start_saga,
)
from castle_bdd.errors import CastleBddError
from castle_bdd.lazy import lazy_exports

if TYPE_CHECKING:
    from castle_bdd.fixtures.aggregate import AggregateTestFixture
    from castle_bdd.fixtures.saga import SagaTestFixture

__all__ = [
    "Aggregate",
    "AggregateMember",
    "AggregateTestFixture",
    "CastleBddError",
    "CreationPolicy",
    "Message",
    "MetadataValue",
    "Saga",
    "SagaTestFixture",
    "TargetAggregateId",
    "apply",
    "command_handler",
    "command_handler_interceptor",
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


__getattr__ = lazy_exports(__name__, _LAZY, globals())
