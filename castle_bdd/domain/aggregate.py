"""The aggregate base class: state changes only through applied events."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, NamedTuple

from castle_bdd.domain.collaborators import HasCollaborators
from castle_bdd.domain.decorators import Role
from castle_bdd.domain.handlers import Handler, handlers_of
from castle_bdd.domain.lifecycle import handled_now
from castle_bdd.domain.lifecycle_state import WithLifecycle
from castle_bdd.domain.members import entities_of, member_fields
from castle_bdd.domain.messages import Message
from castle_bdd.errors import HandlerDefinitionError

#: Attribute names that belong to castle-bdd's bookkeeping, never to an aggregate's state.
INTERNAL_PREFIX = "_castle_"


class AppliedEvent(NamedTuple):
    """An event an aggregate applied, with the metadata it was applied with."""

    payload: object
    metadata: Mapping[str, object]


class AggregateLifecycle:
    """What castle-bdd tracks about one aggregate instance beside its state."""

    def __init__(self) -> None:
        """Nothing applied yet."""
        self.applied: list[AppliedEvent] = []
        self.deleted = False
        self.replaying = False
        self.version = -1


class Aggregate(WithLifecycle[AggregateLifecycle], HasCollaborators):
    """Base class of an event-sourced aggregate, created with no arguments.

    Command handlers decide and ``apply`` events; event-sourcing handlers change state.
    """

    id: object = None

    @staticmethod
    def _new_castle_lifecycle() -> AggregateLifecycle:
        return AggregateLifecycle()

    def apply(self, event: object, metadata: Mapping[str, object] | None = None) -> None:
        """Record ``event`` and run its event-sourcing handler at once."""
        lifecycle = self._castle_lifecycle
        if lifecycle.replaying:
            return
        lifecycle.applied.append(AppliedEvent(event, metadata or {}))
        self._castle_source(event)

    def mark_deleted(self) -> None:
        """Mark this aggregate deleted: it will accept no further commands."""
        self._castle_lifecycle.deleted = True

    @property
    def is_deleted(self) -> bool:
        """Whether ``mark_deleted`` was called."""
        return self._castle_lifecycle.deleted

    def _castle_source(self, event: object) -> None:
        kind = type(self)
        try:
            source = _SOURCES[kind][event.__class__]
        except KeyError:
            source = event_sourcing_function(kind, event)
        source(self, event)
        self._castle_lifecycle.version += 1

    def _castle_replay(self, event: object) -> None:
        lifecycle = self._castle_lifecycle
        lifecycle.replaying = True
        try:
            self._castle_source(event)
        finally:
            lifecycle.replaying = False


def aggregate_state(aggregate: object) -> dict[str, object]:
    """The state of an aggregate: its attributes, less castle-bdd's bookkeeping."""
    return {
        name: value
        for name, value in vars(aggregate).items()
        if not name.startswith(INTERNAL_PREFIX)
    }


#: What an event does to an aggregate, by aggregate class and event class: its
#: event-sourcing handler's function, looked up once (replaying calls it directly).
EventSource = Callable[[object, Any], object]

_SOURCES: dict[type, dict[type, EventSource]] = {}


def event_sourcing_functions(aggregate_type: type) -> dict[type, EventSource]:
    """The functions found so far for ``aggregate_type``, by event class (a shared dict)."""
    return _SOURCES.setdefault(aggregate_type, {})


def event_sourcing_function(aggregate_type: type, event: object) -> EventSource:
    """The function that sources ``event`` on an ``aggregate_type`` (kept for its class)."""
    handler = handlers_of(aggregate_type).find(Role.EVENT_SOURCING, event)
    source: EventSource = _ignore
    if handler is not None:
        if handler.is_async:
            raise HandlerDefinitionError(
                f"{handler.name} is async, but event-sourcing handlers must be plain "
                "functions: they run at once when an event is applied or replayed"
            )
        source = handler.function if not handler.resources else _with_resources(handler)
    if member_fields(aggregate_type):
        source = _with_members(source)
    if event.__class__ is not Message:  # a replay unwraps messages: none is kept
        event_sourcing_functions(aggregate_type)[event.__class__] = source
    return source


def _with_members(own: EventSource) -> EventSource:
    """The aggregate's own sourcing, then its member entities' handlers for the event."""

    def source(aggregate: object, event: object) -> None:
        own(aggregate, event)
        for entity in list(entities_of(aggregate)):
            handler = handlers_of(type(entity)).find(Role.EVENT_SOURCING, event)
            if handler is not None:
                handler.call(entity, event, _resources_of(aggregate))

    return source


def _resources_of(aggregate: object) -> Mapping[object, object]:
    # An aggregate being made (by repository.new inside a handler) has no collaborators
    # yet: the aggregate whose handler makes it lends its resources.
    collaborators = getattr(aggregate, "_castle_collaborators", None)
    if collaborators is None:
        collaborators = getattr(handled_now(), "_castle_collaborators", None)
    return collaborators.resources if collaborators is not None else {}


def _with_resources(handler: Handler) -> EventSource:
    """An event-sourcing handler that asks for resources gets the fixture's, when sourcing."""

    def source(aggregate: object, event: object) -> object:
        return handler.call(aggregate, event, _resources_of(aggregate))

    return source


def _ignore(aggregate: object, event: object) -> None:
    """Events without an event-sourcing handler change no state."""
