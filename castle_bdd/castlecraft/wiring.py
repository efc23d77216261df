"""What a castlecraft scenario's handlers are given: stores, buses and a publisher.

A castlecraft command handler loads and stores its aggregates itself and publishes
through the event bus or an external publisher it is given. The fixture cannot see into
the handler, so it watches what the handler is given: every batch appended to the store,
and every event published, is told to the scenario (`EventListener`).
"""

from __future__ import annotations

import inspect
import typing
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import punq
from castlecraft_engineer.abstractions.command_bus import CommandBus
from castlecraft_engineer.abstractions.event import Event
from castlecraft_engineer.abstractions.event_bus import EventBus
from castlecraft_engineer.abstractions.event_handler import EventHandler
from castlecraft_engineer.abstractions.event_publisher import ExternalEventPublisher
from castlecraft_engineer.abstractions.event_store import EventStore
from castlecraft_engineer.abstractions.snapshot_store import SnapshotStore
from castlecraft_engineer.authorization.base_service import AuthorizationService

from castle_bdd._compat.castlecraft import HandlerWatchingEventBus
from castle_bdd.castlecraft.access import PermissionsAuthorizationService
from castle_bdd.castlecraft.snapshots import InMemorySnapshotStore
from castle_bdd.errors import FixtureUsageError

#: Told of each batch appended to the store: its stream, first version and events.
AppendListener = Callable[[object, int, Sequence[object]], None]
#: Told of each event published on the event bus or through an external publisher.
PublishListener = Callable[[object], None]
#: Told of each exception an event handler class raised (its ``handle``, or its
#: constructor as the container built it), which castlecraft's bus only logs.
CrashListener = Callable[[type, Exception], None]


def _unheard(*_: object) -> None:
    """What a listener becomes once its scenario has ended."""


class WatchedEventStore(EventStore[object]):
    """A castlecraft store that passes every call on to ``store`` and tells of appends."""

    def __init__(self, store: EventStore[object], appended: AppendListener) -> None:
        """Watch ``store``; call ``appended`` after each batch it took."""
        self.store = store
        self._appended = appended

    async def append_events(
        self, aggregate_id: object, expected_version: int, events: Sequence[Event]
    ) -> None:
        """Append through the watched store, then tell of the batch (an empty one is not)."""
        await self.store.append_events(aggregate_id, expected_version, events)
        if events:
            self._appended(aggregate_id, expected_version + 1, list(events))

    async def load_events(
        self, aggregate_id: object, from_version: int | None = None
    ) -> list[Event]:
        """The watched store's events."""
        return await self.store.load_events(aggregate_id, from_version)

    async def get_current_version(self, aggregate_id: object) -> int | None:
        """The watched store's version."""
        return await self.store.get_current_version(aggregate_id)

    def stop_watching(self) -> None:
        """Tell nobody of appends from now on (the scenario ended)."""
        self._appended = _unheard

    def __getattr__(self, name: str) -> object:
        """Anything else the store offers (``clear``, ``get_stream``…), as it is."""
        return getattr(self.store, name)


class RecordingEventBus(HandlerWatchingEventBus):
    """castlecraft's `EventBus`, telling the scenario of each event before handling it,
    and of each exception a handler raised."""

    def __init__(
        self, container: punq.Container, published: PublishListener, crashed: CrashListener
    ) -> None:
        """A bus on ``container``; ``published`` hears of every event, ``crashed`` of
        every handler's exception."""
        super().__init__(container)
        self._published = published
        self._crashed = crashed

    def stop_recording(self) -> None:
        """Tell nobody of events from now on (the scenario ended)."""
        self._published = self._crashed = _unheard

    async def publish(self, event: Event) -> None:
        """Tell of ``event``, then run its registered handlers as castlecraft does."""
        self._published(event)
        await super().publish(event)

    def handler_raised(self, handler: EventHandler[Event], error: Exception) -> None:
        """Tell of ``error``; castlecraft logs it and goes on."""
        self._crashed(type(handler), error)


class HandlerBuildingContainer(punq.Container):
    """A scenario's punq container, telling of a handler it could not build.

    castlecraft's event bus builds each handler from the container as an event comes,
    and logs and skips one whose constructor raises: the scenario hears of it here.
    Its command bus raises a `RuntimeError` of its own from what building a command
    handler raised: the container keeps that exception (`unbuilt`), the command's own.
    """

    def __init__(
        self,
        crashed: CrashListener,
        event_handlers: Sequence[type],
        command_handlers: Sequence[type] = (),
    ) -> None:
        """An empty container; ``crashed`` hears of ``event_handlers`` that fail to build."""
        super().__init__()
        self._crashed = crashed
        self._event_handlers = frozenset(event_handlers)
        self._command_handlers = frozenset(command_handlers)
        #: What building a command handler (its constructor, a repository…) last raised.
        self.unbuilt: Exception | None = None

    def resolve(self, service_key: Any, **kwargs: Any) -> Any:
        """punq's `resolve`, telling of a handler class whose building raised."""
        try:
            return super().resolve(service_key, **kwargs)
        except Exception as error:
            if service_key in self._event_handlers:
                self._crashed(service_key, error)
            elif service_key in self._command_handlers:
                self.unbuilt = error
            raise

    def stop_telling(self) -> None:
        """Tell nobody from now on (the scenario ended)."""
        self._crashed = _unheard


class RecordingEventPublisher(ExternalEventPublisher):
    """An external publisher that keeps what it is given, in order, instead of sending it."""

    def __init__(self, published: PublishListener | None = None) -> None:
        """Keep events; tell ``published`` of each, if given."""
        self.events: list[Event] = []
        self.closed = False
        self._published = published

    async def publish(self, events: list[Event]) -> None:
        """Keep ``events``."""
        for event in events:
            self.events.append(event)
            if self._published is not None:
                self._published(event)

    async def close(self) -> None:
        """Note that the publisher was closed."""
        self.closed = True

    def stop_recording(self) -> None:
        """Tell nobody of events from now on (the scenario ended); keep them still."""
        self._published = None


@dataclass(frozen=True)
class Wiring:
    """What a scenario's container was given: the stores, the buses and the publisher."""

    container: HandlerBuildingContainer
    store: WatchedEventStore
    snapshots: InMemorySnapshotStore[object]
    command_bus: CommandBus
    event_bus: RecordingEventBus
    publisher: RecordingEventPublisher

    def disconnect(self) -> None:
        """Tell the scenario nothing more: it ended, and nothing it made holds it now."""
        self.container.stop_telling()
        self.store.stop_watching()
        self.event_bus.stop_recording()
        self.publisher.stop_recording()


def wire_container(
    store: WatchedEventStore,
    published: PublishListener,
    crashed: CrashListener,
    command_handlers: Sequence[type],
    event_handlers: Sequence[type],
) -> Wiring:
    """A container holding the stores, the buses, a publisher and the handlers.

    ``published`` hears of every event stored or published, ``crashed`` of every
    exception an event handler raised, in ``handle`` or as it was built.
    """
    container = HandlerBuildingContainer(crashed, event_handlers, command_handlers)
    wiring = Wiring(
        container,
        store,
        InMemorySnapshotStore(),
        CommandBus(container),
        RecordingEventBus(container, published, crashed),
        RecordingEventPublisher(published),
    )
    command_bus, event_bus = wiring.command_bus, wiring.event_bus
    provided: dict[type, object] = {
        EventStore: store,
        SnapshotStore: wiring.snapshots,
        EventBus: event_bus,
        ExternalEventPublisher: wiring.publisher,
        CommandBus: command_bus,
        AuthorizationService: PermissionsAuthorizationService(),
        punq.Container: container,  # for handlers that resolve what they need themselves
    }
    for service, instance in provided.items():
        container.register(service, instance=instance)
    handlers = [*command_handlers, *event_handlers]
    for hint in _constructor_hints(handlers):
        instance = provided.get(typing.get_origin(hint))  # EventStore[str] is its own key
        if instance is not None:
            container.register(hint, instance=instance)
        elif _buildable(hint, provided):  # the domain's own collaborator (a repository…)
            container.register(hint)
    for handler in command_handlers:
        _register(container, handler)
        command_bus.register(handler)
    for handler in event_handlers:
        _register(container, handler)
        event_bus.register(handler)
    return wiring


def _register(container: punq.Container, handler: type) -> None:
    try:
        container.register(handler)
    except (punq.InvalidRegistrationError, punq.InvalidForwardReferenceError) as error:
        raise FixtureUsageError(
            f"{handler.__name__} cannot be put in the scenario's punq container: {error}. "
            "Its constructor's type hints must name classes importable from its module"
        ) from error


def _constructor_hints(handlers: Sequence[type]) -> list[Any]:
    """What the handlers' constructors ask for, and what those ask for in turn."""
    found: list[object] = []
    waiting = list(handlers)
    while waiting:
        for hint in _hints_of(waiting.pop()):
            if hint not in found:
                found.append(hint)
                if isinstance(hint, type):
                    waiting.append(hint)
    return found


def _hints_of(owner: type) -> list[object]:
    constructor = owner.__init__  # type: ignore[misc]
    try:
        hints = typing.get_type_hints(constructor)
    except Exception:  # hints punq cannot read either: it reports them itself
        return []
    return [hint for name, hint in hints.items() if name != "return"]


def _buildable(hint: object, provided: dict[type, object]) -> bool:
    """A concrete class of the domain that punq can build from what it is given."""
    return (
        isinstance(hint, type)
        and hint not in provided
        and not inspect.isabstract(hint)
        and not hint.__module__.startswith(_LIBRARIES)
    )


#: Modules whose classes are never the domain's own collaborators.
_LIBRARIES = ("builtins", "typing", "collections", "castle_bdd", "castlecraft_engineer")
