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

__all__ = [
    "Aggregate",
    "CastleBddError",
    "Message",
    "Saga",
    "command_handler",
    "deadline_handler",
    "end_saga",
    "event_sourcing_handler",
    "saga_event_handler",
    "start_saga",
]
