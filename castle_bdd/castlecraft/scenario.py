"""One run of a castlecraft fixture: its store, container, buses, time and journal.

The scenario gives castlecraft's handlers what they would get in production, resolved
through a fresh punq container: the store (watched), the command and event buses and an
external publisher (recording). Whatever the handlers store or publish is told back to
the scenario, which keeps it as the given phase's or the when phase's events, exactly as
castle-bdd's own aggregate fixture keeps them, so the same validator reads both.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import Any, cast
from uuid import UUID

import punq
from castlecraft_engineer.abstractions.command_bus import CommandBus
from castlecraft_engineer.abstractions.event_sourced_aggregate import EventSourcedAggregate
from castlecraft_engineer.abstractions.event_store import EventStore
from punq import MissingDependencyError

from castle_bdd.awaiting import resolve
from castle_bdd.castlecraft.catalogue import CastlecraftDomain, applied_event_types, handler_of
from castle_bdd.castlecraft.store import CastlecraftEventStore
from castle_bdd.castlecraft.streams import stream_id_of
from castle_bdd.castlecraft.wiring import WatchedEventStore, wire_container
from castle_bdd.domain.handlers import definition_lines
from castle_bdd.domain.messages import refuse_non_message
from castle_bdd.errors import FixtureUsageError
from castle_bdd.fixtures.accidents import HandlerCrash
from castle_bdd.fixtures.event_streams import PhaseEvents, StoredBatch
from castle_bdd.fixtures.field_filters import FieldFilters
from castle_bdd.fixtures.journal import EntryKind, Journal, Phase
from castle_bdd.fixtures.reports import render_exception
from castle_bdd.fixtures.runtime import Outcome, ScenarioTime, capture
from castle_bdd.fixtures.user_code import exception_message, raised_in_user_code

#: castlecraft stamps every event with a fresh id and the time it happened: comparisons
#: leave both out, so an expected event need not guess them.
CASTLECRAFT_STAMPS = ("event_id", "occurred_on")

#: Sets up a scenario's container further (the user's own services), before any handler.
ContainerSetup = Callable[[punq.Container], object]


@dataclass
class CastlecraftConfiguration:
    """What a castlecraft fixture keeps from one scenario to the next."""

    aggregate_type: type[EventSourcedAggregate[object]]
    domain: CastlecraftDomain
    event_store: EventStore[object] | None = None
    field_filters: FieldFilters = field(default_factory=FieldFilters)
    container_setups: list[ContainerSetup] = field(default_factory=list)
    #: Passed to castlecraft's bus as given (castlecraft annotates a str, checks nothing).
    subject_id: str | UUID | None = None
    permissions: list[Any] = field(default_factory=list)
    stream_id: Callable[[object], object] = stream_id_of
    #: Exceptions that fail every expectation but one naming them (empty: Axon's way).
    accidental_exceptions: tuple[type[BaseException], ...] = ()
    #: Whether an AssertionError, RecursionError or MemoryError from the when phase is
    #: raised (Axon's way); the step library's own accidental exceptions decide instead.
    fatal_errors_raised: bool = True
    #: castlecraft aggregates are event-sourced: what they apply is stored.
    state_storage: bool = False

    def declared_deadline_names(self) -> frozenset[str]:
        """None: castlecraft aggregates declare no deadline handlers."""
        return frozenset()


class CastlecraftScenario:
    """The state of one scenario of a `CastlecraftTestFixture`."""

    def __init__(self, config: CastlecraftConfiguration, start: datetime | None = None) -> None:
        """A fresh store (unless the fixture was given one), container, clock and journal."""
        self.config = config
        self.time = ScenarioTime(start)
        self.journal = Journal()
        self.events = PhaseEvents()
        self.phase = Phase.GIVEN
        self.outcome = Outcome()
        self.when_started_at = self.time.now()
        self.stream_id: object = None
        #: The streams the given phase stored events in, with the classes of those events.
        self._given_streams: dict[object, set[type]] = {}
        #: The streams the when phase stored events in, in order.
        self._when_streams: list[object] = []
        #: The stream the When's command names (None: it names none).
        self._command_stream: object = None
        self._seen: set[int] = set()
        self._working: EventSourcedAggregate[object] | None = None
        #: What event handlers raised: castlecraft's bus logs it and goes on.
        self.handler_crashes: list[HandlerCrash] = []
        self._sending = "a command"  # the command whose events the handlers hear, in words
        store = config.event_store if config.event_store is not None else CastlecraftEventStore()
        self.store = WatchedEventStore(store, self._appended)
        self._wiring = wire_container(
            self.store,
            self._published,
            self._handler_crashed,
            config.domain.command_handlers,
            config.domain.event_handlers,
        )
        self.container: punq.Container = self._wiring.container
        self.bus: CommandBus = self._wiring.command_bus
        self.snapshots = self._wiring.snapshots
        for setup in config.container_setups:
            setup(self.container)

    def give_events(self, events: Sequence[object]) -> None:
        """Append ``events`` to their streams, as if handlers had stored them before."""
        for stream_id, batch in _by_stream(events, self.config.stream_id):
            version = resolve(self.store.get_current_version(stream_id))
            expected = -1 if version is None else version
            self.time.run(lambda: resolve(self.store.append_events(stream_id, expected, batch)))  # noqa: B023
            self.stream_id = stream_id

    def execute(self, command: Any, metadata: Mapping[str, object] | None = None) -> Outcome:
        """Run ``command`` through castlecraft's command bus; record what happened."""
        refuse_non_message(command, "a command")
        self.journal.record(self.phase, EntryKind.COMMAND, command, self.time.now())
        given = "given " if self.phase is Phase.GIVEN else ""
        self._sending = f"the {given}command {type(command).__name__}"
        if self.stream_id is None:  # a command that names no stream is sent all the same
            self.stream_id = _stream_or_none(self.config, command)
        config = self.config
        # castlecraft annotates the subject id as a str but only passes it on, so a UUID
        # reaches the handler's authorize and execute as the test gave it
        subject_id = cast("str | None", config.subject_id)
        sent = self.bus.execute(
            command, subject_id=subject_id, permissions=list(config.permissions)
        )
        outcome = self._unwrapped(self.time.run(lambda: capture(lambda: resolve(sent))))
        if isinstance(outcome.exception, MissingDependencyError):  # the wiring, not the domain
            raise FixtureUsageError(
                f"the handler of {type(command).__name__} could not be built: "
                f"{outcome.exception}. Give the scenario's container what it needs: "
                "fixture.register_services(...) or register_injectable_resource(...), "
                "from setup_castle_bdd(context, configure=...) in environment.py"
            ) from outcome.exception
        if outcome.exception is not None:
            handler = handler_of(self.config.domain, type(command))
            crash = _called_wrongly(handler, "execute", outcome.exception)
            outcome = outcome._replace(exception=crash)
        self._record_outcome(outcome)
        return outcome

    def _unwrapped(self, outcome: Outcome) -> Outcome:
        """The outcome, with what building the handler raised as its exception.

        castlecraft's bus raises ``RuntimeError("Unexpected error resolving handler…")``
        from whatever the handler's constructor (or a repository it is given) raised: a
        bug there is the command's crash, told in the frames of that constructor.
        """
        failure, unbuilt = outcome.exception, self._wiring.container.unbuilt
        if type(failure) is RuntimeError and unbuilt is not None and failure.__cause__ is unbuilt:
            return Outcome(exception=unbuilt)
        return outcome

    def begin_when(self) -> None:
        """Enter the when phase: its events and result are recorded apart."""
        self.phase = Phase.WHEN
        self.when_started_at = self.time.now()

    def run_when(self, command: object) -> None:
        """The when phase's command: its outcome is the scenario's."""
        self._command_stream = _stream_or_none(self.config, command)
        self.outcome = self.execute(command)

    def stray_stream(self) -> tuple[object, object] | None:
        """The id of the aggregate under test and of another one the when phase stored
        events for, or None when it stored events for the one under test alone.

        As in Axon's fixture, whose event store refuses events "for an unexpected
        aggregate", the events of a scenario are its own aggregate's (`_under_test`).
        """
        if not self._when_streams:
            return None
        under_test = self._under_test()
        for stream_id in self._when_streams:
            if stream_id != under_test:
                return under_test, stream_id
        return None

    def _under_test(self) -> object:
        """The id of the aggregate under test, once the when phase stored events.

        The one of its class the given phase stored events for (of several, the one the
        When's command names); without such a history, the first the when phase stored
        events for.
        """
        applied = _applied_events(self.config.aggregate_type)
        own = [stream for stream, kinds in self._given_streams.items() if kinds & applied]
        if len(own) == 1:
            return own[0]
        if own and self._command_stream in own:
            return self._command_stream
        return self._when_streams[0]

    @property
    def working(self) -> EventSourcedAggregate[object] | None:
        """The aggregate under test as the when phase left it (else the given one), from
        history: not another one a handler stored events for."""
        if self._working is None:
            stream_id = self._under_test() if self._when_streams else self.stream_id
            self._working = None if stream_id is None else self.load(stream_id)
        return self._working

    def load(self, stream_id: object) -> EventSourcedAggregate[object] | None:
        """The aggregate under test loaded from the stream, as castlecraft loads it."""
        history = resolve(self.store.load_events(stream_id))
        if not history:
            return None
        load = self.config.aggregate_type.load_from_history
        return self.time.run(lambda: load(stream_id, history))

    def close(self) -> None:
        """End the scenario: what it gave the handlers lets go of it; its record stays."""
        self._wiring.disconnect()
        self.time.close()

    def _appended(self, stream_id: object, first: int, events: Sequence[object]) -> None:
        self._record(StoredBatch(stream_id, first, events, self.time.now()))
        if self.phase is not Phase.WHEN:
            self._given_streams.setdefault(stream_id, set()).update(map(type, events))
        elif stream_id not in self._when_streams:
            self._when_streams.append(stream_id)

    def _published(self, event: object) -> None:
        if id(event) not in self._seen:  # published without being stored
            self._record(
                StoredBatch(_stream_or_none(self.config, event), None, [event], self.time.now())
            )

    def _handler_crashed(self, handler: type, error: Exception) -> None:
        named = f"the event handler {handler.__name__}, run after {self._sending},"
        self.handler_crashes.append(HandlerCrash(named, _called_wrongly(handler, "handle", error)))

    def _record(self, batch: StoredBatch) -> None:
        self._seen.update(id(event) for event in batch.payloads)
        source = str(batch.aggregate_id)
        self.journal.record_batch(
            self.phase, EntryKind.EVENT, batch.payloads, batch.timestamp, source
        )
        if self.phase is Phase.GIVEN:
            self.events.add_given(batch)
        else:
            self.events.add_published(batch)

    def _record_outcome(self, outcome: Outcome) -> None:
        now = self.time.now()
        if outcome.exception is not None:
            detail = render_exception(outcome.exception, with_origin=False)
            self.journal.record(self.phase, EntryKind.ERROR, outcome.exception, now, detail)
        elif self.phase is Phase.WHEN:
            self.journal.record(self.phase, EntryKind.RESULT, outcome.result, now)


def _called_wrongly(handler: type | None, method: str, error: Exception) -> Exception:
    """``error``; when it is a TypeError raised in none of the domain's frames, where
    castlecraft called (and awaited) ``handler``'s ``method``, one that says so at its def.

    castlecraft's buses call ``execute(command, subject_id=…, permissions=…)`` and
    ``handle(event)`` and await what they return: a plain ``def``, or a signature that
    takes less, fails in castlecraft's line, and no frame of the domain's would be shown.
    """
    function = getattr(handler, method, None)
    if type(error) is not TypeError or function is None or raised_in_user_code(error):
        return error
    named = f"{getattr(handler, '__name__', handler)}.{method}"
    if not inspect.iscoroutinefunction(function):
        how = f"castlecraft awaits what {named} returns: write async def {method}"
    elif method == "execute":
        how = f"castlecraft calls {named}(command, subject_id=…, permissions=…)"
    else:
        how = f"castlecraft calls {named}(event)"
    said = TypeError(f"{exception_message(error)} — {how}\n{definition_lines(function)}")
    said.__cause__ = error
    return said


@cache
def _applied_events(aggregate_type: type[EventSourcedAggregate[object]]) -> frozenset[type]:
    """The event classes ``aggregate_type`` applies (none when it cannot say)."""
    return frozenset(applied_event_types(aggregate_type))


def _stream_or_none(config: CastlecraftConfiguration, event: object) -> object:
    try:
        return config.stream_id(event)
    except FixtureUsageError:
        return None


def _by_stream(
    events: Sequence[object], stream_of: Callable[[object], object]
) -> list[tuple[object, list[Any]]]:
    """``events`` cut into runs that go to one stream each, in order."""
    runs: list[tuple[object, list[object]]] = []
    for event in events:
        stream_id = stream_of(event)
        if runs and runs[-1][0] == stream_id:
            runs[-1][1].append(event)
        else:
            runs.append((stream_id, [event]))
    return runs
