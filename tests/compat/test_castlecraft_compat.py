"""What castle_bdd._compat.castlecraft relies on in castlecraft-engineer's event bus."""

from __future__ import annotations

import asyncio
import inspect
from dataclasses import dataclass

import punq
import pytest
from castlecraft_engineer.abstractions.event import Event
from castlecraft_engineer.abstractions.event_bus import EventBus
from castlecraft_engineer.abstractions.event_handler import EventHandler
from castlecraft_engineer.abstractions.projector import Projector

from castle_bdd._compat.castlecraft import HandlerWatchingEventBus, projector_logger


@dataclass(frozen=True, kw_only=True)
class Pinged(Event):
    n: int


class Fails(EventHandler[Pinged]):
    async def handle(self, event: Pinged) -> None:
        raise KeyError(event.n)


HANDLED: list[int] = []


class Works(EventHandler[Pinged]):
    async def handle(self, event: Pinged) -> None:
        HANDLED.append(event.n)


def test_the_bus_runs_each_handler_through_execute_handler() -> None:
    parameters = list(inspect.signature(EventBus._execute_handler).parameters)
    assert parameters == ["self", "handler", "event"]
    assert inspect.iscoroutinefunction(EventBus._execute_handler)


def test_a_handler_s_exception_is_told_and_castlecraft_goes_on(
    caplog: pytest.LogCaptureFixture,
) -> None:
    heard: list[tuple[str, Exception]] = []

    class Watching(HandlerWatchingEventBus):
        def handler_raised(self, handler: EventHandler[Event], error: Exception) -> None:
            heard.append((type(handler).__name__, error))

    container = punq.Container()
    container.register(Fails)
    container.register(Works)
    bus = Watching(container)
    bus.register(Fails)
    bus.register(Works)
    HANDLED.clear()
    asyncio.run(bus.publish(Pinged(n=7)))
    assert [(name, type(error)) for name, error in heard] == [("Fails", KeyError)]
    assert HANDLED == [7]  # the other handler ran, as castlecraft runs it
    assert "Error in event handler Fails" in caplog.text  # and castlecraft logged it


class Counts(Projector):
    """A projector whose handler raises."""

    @property
    def projection_id(self) -> str:
        return "counts"

    def _register_event_handlers(self) -> None:
        self._register_handler(Pinged, self._pinged)

    def _pinged(self, event: Event) -> None:
        raise KeyError(getattr(event, "n", None))


def test_a_projector_logs_its_handler_s_exception_with_the_logger_named(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from castle_bdd.castlecraft.projections import InMemoryProjectionStore

    projector = Counts(InMemoryProjectionStore())
    with pytest.raises(KeyError):
        asyncio.run(projector.handle_event(Pinged(n=3)))
    (record,) = [r for r in caplog.records if r.name == projector_logger().name]
    assert record.exc_info is not None and isinstance(record.exc_info[1], KeyError)
