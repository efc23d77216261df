"""Axon's ``DeadlineMethodMessageHandlerDefinitionTest``, case by case, on an aggregate.

Axon hands a deadline message straight to an annotated listener; here an aggregate
schedules the deadline and the fixture lets it come due. Which handlers ran shows in the
events they apply.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Protocol

from castle_bdd import (
    Aggregate,
    AggregateTestFixture,
    command_handler,
    deadline_handler,
    event_sourcing_handler,
)

AGGREGATE_ID = "listener"
DUE = timedelta(minutes=5)


@dataclass(frozen=True)
class ScheduleDeadline:
    id: str
    deadline_name: str
    payload: str = "test"


@dataclass(frozen=True)
class DeadlineScheduled:
    id: str


@dataclass(frozen=True)
class EventHandled:
    payload: str


@dataclass(frozen=True)
class DeadlineHandled:
    payload: str


@dataclass(frozen=True)
class SpecificDeadlineHandled:
    payload: str


class Listener(Aggregate):
    """Axon's ``Listener``: an event handler, a deadline handler and a named one, all for text."""

    def __init__(self) -> None:
        self.event_counter = 0

    @command_handler
    def schedule(self, command: ScheduleDeadline) -> None:
        self.apply(DeadlineScheduled(command.id))
        self.deadlines.schedule(DUE, command.deadline_name, command.payload)

    @event_sourcing_handler
    def on_scheduled(self, event: DeadlineScheduled) -> None:
        self.id = event.id

    @event_sourcing_handler
    def handle_a(self, event: EventHandled) -> None:
        self.event_counter += 1

    @deadline_handler
    def handle_deadline(self, event: str) -> None:
        self.apply(DeadlineHandled(event))

    @deadline_handler("specificDeadline")
    def handle_specific_deadline(self, event: str) -> None:
        self.apply(SpecificDeadlineHandled(event))


class OnlyNamed(Aggregate):
    """Only a handler given a name: it handles its own deadlines and no others."""

    @command_handler
    def schedule(self, command: ScheduleDeadline) -> None:
        self.apply(DeadlineScheduled(command.id))
        self.deadlines.schedule(DUE, command.deadline_name, command.payload)

    @event_sourcing_handler
    def on_scheduled(self, event: DeadlineScheduled) -> None:
        self.id = event.id

    @deadline_handler("specificDeadline")
    def handle_specific_deadline(self, event: str) -> None:
        self.apply(SpecificDeadlineHandled(event))


class AnyPayload(OnlyNamed):
    """A named handler whose payload parameter takes anything (Axon's ``Object``)."""

    @deadline_handler("anyPayloadDeadline")
    def handle_any_payload(self, event: object) -> None:
        self.apply(DeadlineHandled(str(event)))


def test_deadline_manager_is_evaluated_before_generic_event_handler() -> None:
    """DeadlineMethodMessageHandlerDefinitionTest.deadlineManagerIsEvaluatedBeforeGenericEventHandler"""
    fixture = AggregateTestFixture(Listener)
    fixture.given_no_prior_activity().and_given_commands(
        ScheduleDeadline(AGGREGATE_ID, "someDeadline")
    )
    fired = fixture.when_time_elapses(DUE)
    fired.expect_events(DeadlineHandled("test")).expect_state({"event_counter": 0})
    fired.expect_triggered_deadlines_with_name("someDeadline")


def test_named_deadline_manager_is_evaluated_before_generic_one() -> None:
    """DeadlineMethodMessageHandlerDefinitionTest.namedDeadlineManagerIsEvaluatedBeforeGenericOne"""
    fixture = AggregateTestFixture(Listener)
    fixture.given_no_prior_activity().and_given_commands(
        ScheduleDeadline(AGGREGATE_ID, "specificDeadline")
    )
    fired = fixture.when_time_elapses(DUE)
    fired.expect_events(SpecificDeadlineHandled("test")).expect_state({"event_counter": 0})


def test_named_deadline_handler_handles_only_its_name() -> None:
    """DeadlineMethodMessageHandlerDefinition.canHandle: a named handler matches its name only.

    Axon's rule behind the cases above (no test of Axon's own): another deadline with a
    payload the named handler would take is not its to handle.
    """
    fixture = AggregateTestFixture(OnlyNamed)
    fixture.given_no_prior_activity().and_given_commands(
        ScheduleDeadline(AGGREGATE_ID, "otherDeadline")
    )
    fixture.when_time_elapses(DUE).expect_no_events().expect_triggered_deadlines("test")


def test_named_deadline_handler_takes_any_payload() -> None:
    """DeadlineMethodMessageHandlerDefinition.canHandle: an ``Object`` payload takes any payload."""
    fixture = AggregateTestFixture(AnyPayload)
    fixture.given_no_prior_activity().and_given_commands(
        ScheduleDeadline(AGGREGATE_ID, "anyPayloadDeadline", "note")
    )
    fixture.when_time_elapses(DUE).expect_events(DeadlineHandled("note"))


def test_named_deadline_handler_takes_only_a_payload_it_fits() -> None:
    """DeadlineMethodMessageHandlerDefinition.canHandle: the payload must fit the parameter.

    Axon's rule behind the cases above (no test of Axon's own): a deadline of the handler's
    name whose payload its parameter does not take is not its to handle.
    """
    fixture = AggregateTestFixture(OnlyNamed)
    fixture.given_no_prior_activity().and_given_commands(
        ScheduleDeadline(AGGREGATE_ID, "specificDeadline", 5)  # type: ignore[arg-type]
    )
    fixture.when_time_elapses(DUE).expect_no_events().expect_triggered_deadlines(5)


class Reminding(Protocol):
    note: str


class ProtocolPayload(OnlyNamed):
    """A named handler whose payload is hinted with a Protocol isinstance cannot check."""

    @deadline_handler("protocolDeadline")
    def handle_protocol(self, event: Reminding) -> None:
        self.apply(DeadlineHandled(event.note))


@dataclass(frozen=True)
class Note:
    note: str


def test_a_payload_hint_isinstance_cannot_check_takes_the_payload() -> None:
    """A Protocol (or a TypedDict) hint cannot refuse a payload: the named handler takes it."""
    fixture = AggregateTestFixture(ProtocolPayload)
    fixture.given_no_prior_activity().and_given_commands(
        ScheduleDeadline(AGGREGATE_ID, "protocolDeadline", Note("hello"))  # type: ignore[arg-type]
    )
    fixture.when_time_elapses(DUE).expect_events(DeadlineHandled("hello"))
