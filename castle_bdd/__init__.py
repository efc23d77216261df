"""castle-bdd: given-when-then testing of event-sourced systems, in Gherkin and in Python."""

from __future__ import annotations

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
