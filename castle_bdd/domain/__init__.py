"""Aggregates, sagas, their handler decorators and what castle-bdd knows about messages."""

from __future__ import annotations

from castle_bdd.domain.aggregate import Aggregate, aggregate_state
from castle_bdd.domain.collaborators import Collaborators, attach
from castle_bdd.domain.decorators import (
    CreationPolicy,
    MetadataValue,
    Role,
    command_handler,
    command_handler_interceptor,
    deadline_handler,
    end_saga,
    event_sourcing_handler,
    saga_event_handler,
    start_saga,
)
from castle_bdd.domain.handlers import Handler, HandlerTable, handler_for_function, handlers_of
from castle_bdd.domain.lifecycle import StubAggregateLifecycle, apply, mark_deleted
from castle_bdd.domain.members import AggregateEntityNotFoundError, AggregateMember
from castle_bdd.domain.messages import Message, field_values, message_fields
from castle_bdd.domain.saga import Saga, association_of
from castle_bdd.domain.targets import TargetAggregateId

__all__ = [
    "Aggregate",
    "AggregateEntityNotFoundError",
    "AggregateMember",
    "Collaborators",
    "CreationPolicy",
    "Handler",
    "HandlerTable",
    "Message",
    "MetadataValue",
    "Role",
    "Saga",
    "StubAggregateLifecycle",
    "TargetAggregateId",
    "aggregate_state",
    "apply",
    "association_of",
    "attach",
    "command_handler",
    "command_handler_interceptor",
    "deadline_handler",
    "end_saga",
    "event_sourcing_handler",
    "field_values",
    "handler_for_function",
    "handlers_of",
    "mark_deleted",
    "message_fields",
    "saga_event_handler",
    "start_saga",
]
