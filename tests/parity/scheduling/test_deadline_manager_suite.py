"""Axon's ``AbstractDeadlineManagerTestSuite``, case by case, on castle-bdd's fixtures.

Axon runs these against a real deadline manager and waits for the deadlines to fire;
here the fixture's deadline manager fires them when the when phase lets time pass. The
commands and events Axon sends before waiting are the given phase; what the deadlines
do is the when phase's outcome. The suite's tracing cases (spans) and correlation-data
cases (configured correlation data providers) test Axon's configuration, not its
fixtures, and have no counterpart.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Annotated, Any

from castle_bdd import (
    Aggregate,
    AggregateMember,
    AggregateTestFixture,
    Saga,
    apply,
    command_handler,
    deadline_handler,
    end_saga,
    event_sourcing_handler,
    saga_event_handler,
    start_saga,
)
from castle_bdd.domain import CreationPolicy
from castle_bdd.domain.messages import Message
from castle_bdd.fixtures.event_bus import RecordingEventBus
from castle_bdd.fixtures.saga import SagaTestFixture

DEADLINE_TIMEOUT = timedelta(milliseconds=100)
CHILD_ENTITY_DEADLINE_TIMEOUT = timedelta(milliseconds=250)
WAIT = timedelta(seconds=2)
IDENTIFIER = "4b5e2f1c-identifier"
FAKE_IDENTIFIER = "9d0a77e3-fake-identifier"
END_SAGA = "end-saga"
SAGA_ENDED = "5c1f0b2a-saga-ended"


@dataclass(frozen=True)
class DeadlinePayload:
    id: str


@dataclass(frozen=True)
class EntityDeadlinePayload:
    id: str


@dataclass(frozen=True)
class CreateMyAggregateCommand:
    id: str
    deadline: timedelta = DEADLINE_TIMEOUT
    cancel_before_deadline: bool = False


@dataclass(frozen=True)
class ScheduleSpecificDeadline:
    id: str
    payload: Any


@dataclass(frozen=True)
class CancelDeadlineWithinScope:
    id: str


@dataclass(frozen=True)
class CancelAllDeadlinesWithName:
    id: str


@dataclass(frozen=True)
class CancelCancelledDeadline:
    id: str


@dataclass(frozen=True)
class TriggerDeadlineInChildEntityCommand:
    id: str


@dataclass(frozen=True)
class MyAggregateCreatedEvent:
    id: str


@dataclass(frozen=True)
class SagaStartingEvent:
    id: str
    cancel_before_deadline: bool


@dataclass(frozen=True)
class DeadlineOccurredEvent:
    payload: DeadlinePayload


@dataclass(frozen=True)
class DeadlineOccurredInChildEvent:
    payload: EntityDeadlinePayload


@dataclass(frozen=True)
class SpecificDeadlineOccurredEvent:
    payload: Any


class MyEntity:
    """Axon's ``MyEntity``: an aggregate member with a deadline handler of its own."""

    def __init__(self, id: str) -> None:
        self.id = id

    @deadline_handler
    def on(self, deadline_info: EntityDeadlinePayload, timestamp: datetime) -> None:
        assert timestamp is not None
        apply(DeadlineOccurredInChildEvent(deadline_info))


class MyAggregate(Aggregate):
    """Axon's ``AbstractDeadlineManagerTestSuite.MyAggregate``."""

    my_entity: Annotated[MyEntity, AggregateMember()]

    @command_handler(creation_policy=CreationPolicy.ALWAYS)
    def create(self, command: CreateMyAggregateCommand) -> str:
        self.apply(MyAggregateCreatedEvent(command.id))
        deadline_id: str = self.deadlines.schedule(
            command.deadline, "deadlineName", DeadlinePayload(command.id)
        )
        if command.cancel_before_deadline:
            self.deadlines.cancel_schedule("deadlineName", deadline_id)
        return deadline_id

    @command_handler
    def schedule_specific(self, command: ScheduleSpecificDeadline) -> None:
        if command.payload is not None:
            self.deadlines.schedule(DEADLINE_TIMEOUT, "specificDeadlineName", command.payload)
        else:
            self.deadlines.schedule(DEADLINE_TIMEOUT, "payloadlessDeadline")

    @command_handler
    def cancel_within_scope(self, command: CancelDeadlineWithinScope) -> None:
        self.deadlines.cancel_all_within_scope("deadlineName")  # type: ignore[attr-defined]
        self.deadlines.cancel_all_within_scope("specificDeadlineName")  # type: ignore[attr-defined]
        self.deadlines.cancel_all_within_scope("payloadlessDeadline")  # type: ignore[attr-defined]

    @command_handler
    def cancel_all(self, command: CancelAllDeadlinesWithName) -> None:
        self.deadlines.cancel_all("deadlineName")

    @command_handler
    def trigger_in_child(self, command: TriggerDeadlineInChildEntityCommand) -> None:
        self.deadlines.schedule(
            CHILD_ENTITY_DEADLINE_TIMEOUT,
            "deadlineName",
            EntityDeadlinePayload("entity" + command.id),
        )

    @event_sourcing_handler
    def on_created(self, event: MyAggregateCreatedEvent) -> None:
        self.id = event.id
        self.my_entity = MyEntity(event.id)

    @event_sourcing_handler
    def on_occurred(self, event: DeadlineOccurredEvent) -> None:
        pass

    @event_sourcing_handler
    def on_child_occurred(self, event: DeadlineOccurredInChildEvent) -> None:
        pass

    @event_sourcing_handler
    def on_specific_occurred(self, event: SpecificDeadlineOccurredEvent) -> None:
        pass

    @deadline_handler
    def on_deadline(self, deadline_payload: DeadlinePayload, timestamp: datetime) -> None:
        assert timestamp is not None
        self.apply(DeadlineOccurredEvent(deadline_payload))

    @deadline_handler("specificDeadlineName")
    def on_specific(self, deadline_payload: object) -> None:
        self.apply(SpecificDeadlineOccurredEvent(deadline_payload))

    @deadline_handler("payloadlessDeadline")
    def on_payloadless(self) -> None:
        self.apply(SpecificDeadlineOccurredEvent(None))


class MySaga(Saga):
    """Axon's ``AbstractDeadlineManagerTestSuite.MySaga``."""

    def __init__(self) -> None:
        self.deadline_id = ""

    @start_saga
    @saga_event_handler(association="id")
    def on_start(self, event: SagaStartingEvent) -> None:
        self.deadline_id = self.deadlines.schedule(
            DEADLINE_TIMEOUT, "deadlineName", DeadlinePayload(event.id)
        )
        if event.cancel_before_deadline:
            self.deadlines.cancel_schedule("deadlineName", self.deadline_id)

    @saga_event_handler(association="id")
    def on_cancel_cancelled(self, event: CancelCancelledDeadline) -> None:
        self.deadlines.cancel_schedule("deadlineName", self.deadline_id)

    @saga_event_handler(association="id")
    def on_schedule_specific(self, event: ScheduleSpecificDeadline) -> None:
        if event.payload == END_SAGA:
            self.deadlines.schedule(DEADLINE_TIMEOUT, "sagaEndingDeadline")
        elif event.payload is not None:
            self.deadlines.schedule(DEADLINE_TIMEOUT, "specificDeadlineName", event.payload)
        else:
            self.deadlines.schedule(DEADLINE_TIMEOUT, "payloadlessDeadline")

    @saga_event_handler(association="id")
    def on_cancel_within_scope(self, event: CancelDeadlineWithinScope) -> None:
        self.deadlines.cancel_all_within_scope("deadlineName")  # type: ignore[attr-defined]
        self.deadlines.cancel_all_within_scope("specificDeadlineName")  # type: ignore[attr-defined]
        self.deadlines.cancel_all_within_scope("payloadlessDeadline")  # type: ignore[attr-defined]

    @saga_event_handler(association="id")
    def on_cancel_all(self, event: CancelAllDeadlinesWithName) -> None:
        self.deadlines.cancel_all("deadlineName")

    @deadline_handler
    def on_deadline(
        self, deadline_payload: DeadlinePayload, timestamp: datetime, event_bus: RecordingEventBus
    ) -> None:
        assert timestamp is not None
        event_bus.publish(DeadlineOccurredEvent(deadline_payload))

    @deadline_handler("specificDeadlineName")
    def on_specific(
        self, deadline_payload: object, timestamp: datetime, event_bus: RecordingEventBus
    ) -> None:
        assert timestamp is not None
        event_bus.publish(SpecificDeadlineOccurredEvent(deadline_payload))

    @deadline_handler("payloadlessDeadline")
    def on_payloadless(self) -> None:
        self.resource(RecordingEventBus).publish(SpecificDeadlineOccurredEvent(None))

    @end_saga
    @deadline_handler("sagaEndingDeadline")
    def saga_ending_deadline(self) -> None:
        self.resource(RecordingEventBus).publish(DeadlineOccurredEvent(DeadlinePayload(SAGA_ENDED)))


def _aggregate() -> AggregateTestFixture[MyAggregate]:
    return AggregateTestFixture(MyAggregate)


def _published(given: list[Message], when: list[Message]) -> list[object]:
    return [message.payload for message in [*given, *when]]


# Deadlines of an aggregate


def test_deadline_on_aggregate() -> None:
    """AbstractDeadlineManagerTestSuite.deadlineOnAggregate"""
    fixture = _aggregate()
    created = fixture.given_no_prior_activity().when(CreateMyAggregateCommand(IDENTIFIER))
    created.expect_events(MyAggregateCreatedEvent(IDENTIFIER))
    created.expect_scheduled_deadline(DEADLINE_TIMEOUT, DeadlinePayload(IDENTIFIER))

    fixture.given_commands(CreateMyAggregateCommand(IDENTIFIER))
    fired = fixture.when_time_elapses(WAIT)
    fired.expect_events(DeadlineOccurredEvent(DeadlinePayload(IDENTIFIER)))
    assert _published(fired.given_events, fired.events) == [
        MyAggregateCreatedEvent(IDENTIFIER),
        DeadlineOccurredEvent(DeadlinePayload(IDENTIFIER)),
    ]
    created_at, occurred_at = fired.given_events[0].timestamp, fired.events[0].timestamp
    assert created_at is not None and occurred_at is not None
    assert occurred_at - created_at == DEADLINE_TIMEOUT


def test_deadline_cancellation_within_scope_on_aggregate() -> None:
    """AbstractDeadlineManagerTestSuite.deadlineCancellationWithinScopeOnAggregate"""
    fixture = _aggregate()
    fixture.given_commands(
        CreateMyAggregateCommand(IDENTIFIER),
        ScheduleSpecificDeadline(IDENTIFIER, "some-payload"),
        ScheduleSpecificDeadline(IDENTIFIER, "some-payload"),
        ScheduleSpecificDeadline(IDENTIFIER, None),
    )
    cancelled = fixture.when(CancelDeadlineWithinScope(IDENTIFIER))
    cancelled.expect_no_events().expect_no_scheduled_deadlines()

    fixture.given_commands(
        CreateMyAggregateCommand(IDENTIFIER),
        ScheduleSpecificDeadline(IDENTIFIER, "some-payload"),
        ScheduleSpecificDeadline(IDENTIFIER, None),
        CancelDeadlineWithinScope(IDENTIFIER),
    )
    fired = fixture.when_time_elapses(WAIT)
    fired.expect_no_events().expect_no_triggered_deadlines()
    assert _published(fired.given_events, fired.events) == [MyAggregateCreatedEvent(IDENTIFIER)]


def test_deadline_cancellation_on_aggregate() -> None:
    """AbstractDeadlineManagerTestSuite.deadlineCancellationOnAggregate"""
    fixture = _aggregate()
    fixture.given_commands(CreateMyAggregateCommand(IDENTIFIER, cancel_before_deadline=True))
    fired = fixture.when_time_elapses(WAIT)
    fired.expect_no_events().expect_no_triggered_deadlines().expect_no_scheduled_deadlines()
    assert _published(fired.given_events, fired.events) == [MyAggregateCreatedEvent(IDENTIFIER)]


def test_deadline_cancel_all_on_aggregate() -> None:
    """AbstractDeadlineManagerTestSuite.deadlineCancelAllOnAggregateIsTracedCorrectly

    Without its span: cancelling every deadline of a name leaves the aggregate's events.
    """
    fixture = _aggregate()
    fixture.given_commands(
        CreateMyAggregateCommand(IDENTIFIER), CancelAllDeadlinesWithName(IDENTIFIER)
    )
    fired = fixture.when_time_elapses(WAIT)
    fired.expect_no_events().expect_no_triggered_deadlines()


def test_deadline_on_child_entity() -> None:
    """AbstractDeadlineManagerTestSuite.deadlineOnChildEntity"""
    fixture = _aggregate()
    fixture.given_commands(
        CreateMyAggregateCommand(IDENTIFIER), TriggerDeadlineInChildEntityCommand(IDENTIFIER)
    )
    fired = fixture.when_time_elapses(WAIT)
    fired.expect_events(
        DeadlineOccurredEvent(DeadlinePayload(IDENTIFIER)),
        DeadlineOccurredInChildEvent(EntityDeadlinePayload("entity" + IDENTIFIER)),
    )
    fired.expect_triggered_deadlines(
        DeadlinePayload(IDENTIFIER), EntityDeadlinePayload("entity" + IDENTIFIER)
    )


def test_deadline_with_specified_deadline_name() -> None:
    """AbstractDeadlineManagerTestSuite.deadlineWithSpecifiedDeadlineName"""
    fixture = _aggregate()
    fixture.given_commands(
        CreateMyAggregateCommand(IDENTIFIER, cancel_before_deadline=True),
        ScheduleSpecificDeadline(IDENTIFIER, "deadlinePayload"),
    )
    fired = fixture.when_time_elapses(WAIT)
    fired.expect_events(SpecificDeadlineOccurredEvent("deadlinePayload"))
    fired.expect_triggered_deadlines_with_name("specificDeadlineName")


def test_deadline_without_payload() -> None:
    """AbstractDeadlineManagerTestSuite.deadlineWithoutPayload"""
    fixture = _aggregate()
    fixture.given_commands(
        CreateMyAggregateCommand(IDENTIFIER, cancel_before_deadline=True),
        ScheduleSpecificDeadline(IDENTIFIER, None),
    )
    fired = fixture.when_time_elapses(WAIT)
    fired.expect_events(SpecificDeadlineOccurredEvent(None))
    fired.expect_triggered_deadlines_with_name("payloadlessDeadline")


def test_handler_interceptor_on_aggregate() -> None:
    """AbstractDeadlineManagerTestSuite.handlerInterceptorOnAggregate"""

    def fake(message: Message, proceed: Any) -> object:
        return proceed(
            Message(DeadlinePayload(FAKE_IDENTIFIER), message.metadata, message.timestamp)
        )

    fixture = _aggregate().register_deadline_handler_interceptor(fake)
    fixture.given_commands(CreateMyAggregateCommand(IDENTIFIER))
    fixture.when_time_elapses(WAIT).expect_events(
        DeadlineOccurredEvent(DeadlinePayload(FAKE_IDENTIFIER))
    )


def test_dispatch_interceptor_on_aggregate() -> None:
    """AbstractDeadlineManagerTestSuite.dispatchInterceptorOnAggregate"""

    def fake(message: Message) -> Message:
        return Message(DeadlinePayload(FAKE_IDENTIFIER), message.metadata, message.timestamp)

    fixture = _aggregate().register_deadline_dispatch_interceptor(fake)
    fixture.given_commands(CreateMyAggregateCommand(IDENTIFIER))
    fired = fixture.when_time_elapses(WAIT)
    fired.expect_events(DeadlineOccurredEvent(DeadlinePayload(FAKE_IDENTIFIER)))
    fired.expect_triggered_deadlines(DeadlinePayload(FAKE_IDENTIFIER))


def test_schedule_in_past_triggers_deadline() -> None:
    """AbstractDeadlineManagerTestSuite.scheduleInPastTriggersDeadline"""
    fixture = _aggregate()
    fixture.given_commands(CreateMyAggregateCommand(IDENTIFIER, timedelta(seconds=-10)))
    fixture.when_time_elapses(timedelta(0)).expect_events(
        DeadlineOccurredEvent(DeadlinePayload(IDENTIFIER))
    )


def test_failed_execution() -> None:
    """AbstractDeadlineManagerTestSuite.failedExecution

    Axon logs the interceptor's failure and publishes nothing of the deadline's; the
    fixture records it as the when phase's failure (see "Differences from Axon").
    """

    class SimulatedHandlingError(Exception):
        pass

    def failing(message: Message, proceed: Any) -> object:
        proceed()
        raise SimulatedHandlingError("Simulating handling error")

    fixture = _aggregate().register_deadline_handler_interceptor(failing)
    fixture.given_commands(CreateMyAggregateCommand(IDENTIFIER))
    fired = fixture.when_time_elapses(WAIT)
    fired.expect_exception(SimulatedHandlingError).expect_no_events()
    assert _published(fired.given_events, fired.events) == [MyAggregateCreatedEvent(IDENTIFIER)]


# Deadlines of a saga


def _saga() -> SagaTestFixture[MySaga]:
    return SagaTestFixture(MySaga)


def test_deadline_on_saga() -> None:
    """AbstractDeadlineManagerTestSuite.deadlineOnSaga"""
    fixture = _saga()
    fixture.given_a_published(SagaStartingEvent(IDENTIFIER, False))
    (
        fixture.when_time_elapses(WAIT)
        .expect_published_events(DeadlineOccurredEvent(DeadlinePayload(IDENTIFIER)))
        .expect_active_sagas(1)
        .expect_association_with("id", IDENTIFIER)
    )


def test_deadline_cancellation_within_scope_on_saga() -> None:
    """AbstractDeadlineManagerTestSuite.deadlineCancellationWithinScopeOnSaga"""
    fixture = _saga()
    fixture.given_a_published(SagaStartingEvent(IDENTIFIER, False)).and_then_a_published(
        ScheduleSpecificDeadline(IDENTIFIER, "some-payload")
    ).and_then_a_published(
        ScheduleSpecificDeadline(IDENTIFIER, "some-payload")
    ).and_then_a_published(ScheduleSpecificDeadline(IDENTIFIER, None))
    (
        fixture.when_publishing(CancelDeadlineWithinScope(IDENTIFIER))
        .expect_no_scheduled_deadlines()
        .expect_no_published_events()
        .expect_association_with("id", IDENTIFIER)
    )
    fixture.given_a_published(SagaStartingEvent(IDENTIFIER, False)).and_then_a_published(
        ScheduleSpecificDeadline(IDENTIFIER, None)
    ).and_then_a_published(CancelDeadlineWithinScope(IDENTIFIER))
    (
        fixture.when_time_elapses(WAIT)
        .expect_no_published_events()
        .expect_no_triggered_deadlines()
        .expect_active_sagas(1)
    )


def test_deadline_cancellation_on_saga() -> None:
    """AbstractDeadlineManagerTestSuite.deadlineCancellationOnSaga"""
    fixture = _saga()
    fixture.given_a_published(SagaStartingEvent(IDENTIFIER, True))
    (
        fixture.when_time_elapses(WAIT)
        .expect_no_published_events()
        .expect_no_triggered_deadlines()
        .expect_active_sagas(1)
        .expect_association_with("id", IDENTIFIER)
    )


def test_deadline_cancellation_on_cancelled_deadline_on_saga() -> None:
    """AbstractDeadlineManagerTestSuite.deadlineCancellationOnCancelledDeadlineOnSaga"""
    fixture = _saga()
    fixture.given_a_published(SagaStartingEvent(IDENTIFIER, True))
    (
        fixture.when_publishing(CancelCancelledDeadline(IDENTIFIER))
        .expect_successful_handler_execution()
        .expect_no_published_events()
        .expect_no_scheduled_deadlines()
        .expect_active_sagas(1)
    )


def test_deadline_cancel_all_on_saga() -> None:
    """AbstractDeadlineManagerTestSuite.deadlineCancelAllOnSagaIsCorrectlyTraced

    Without its span: cancelling every deadline of a name leaves the saga's events.
    """
    fixture = _saga()
    fixture.given_a_published(SagaStartingEvent(IDENTIFIER, False))
    cancelled = fixture.when_publishing(CancelAllDeadlinesWithName(IDENTIFIER))
    cancelled.expect_no_scheduled_deadlines().expect_no_published_events()


def test_deadline_with_specified_deadline_name_on_saga() -> None:
    """AbstractDeadlineManagerTestSuite.deadlineWithSpecifiedDeadlineNameOnSaga"""
    fixture = _saga()
    fixture.given_a_published(SagaStartingEvent(IDENTIFIER, True)).and_then_a_published(
        ScheduleSpecificDeadline(IDENTIFIER, "deadlinePayload")
    )
    (
        fixture.when_time_elapses(WAIT)
        .expect_published_events(SpecificDeadlineOccurredEvent("deadlinePayload"))
        .expect_triggered_deadlines_with_name("specificDeadlineName")
        .expect_active_sagas(1)
    )


def test_deadline_without_payload_on_saga() -> None:
    """AbstractDeadlineManagerTestSuite.deadlineWithoutPayloadOnSaga"""
    fixture = _saga()
    fixture.given_a_published(SagaStartingEvent(IDENTIFIER, True)).and_then_a_published(
        ScheduleSpecificDeadline(IDENTIFIER, None)
    )
    (
        fixture.when_time_elapses(WAIT)
        .expect_published_events(SpecificDeadlineOccurredEvent(None))
        .expect_triggered_deadlines_with_name("payloadlessDeadline")
        .expect_active_sagas(1)
    )


def test_saga_ending_deadline_ends_the_saga() -> None:
    """AbstractDeadlineManagerTestSuite.sagaEndingDeadlineEndsTheSaga"""
    fixture = _saga()
    fixture.given_a_published(SagaStartingEvent(IDENTIFIER, True)).and_then_a_published(
        ScheduleSpecificDeadline(IDENTIFIER, END_SAGA)
    )
    (
        fixture.when_time_elapses(WAIT)
        .expect_published_events(DeadlineOccurredEvent(DeadlinePayload(SAGA_ENDED)))
        .expect_active_sagas(0)
        .expect_no_association_with("id", IDENTIFIER)
    )


def test_handler_interceptor_on_saga() -> None:
    """AbstractDeadlineManagerTestSuite.handlerInterceptorOnSaga"""

    def fake(message: Message, proceed: Any) -> object:
        return proceed(
            Message(DeadlinePayload(FAKE_IDENTIFIER), message.metadata, message.timestamp)
        )

    fixture = _saga().register_deadline_handler_interceptor(fake)
    fixture.given_a_published(SagaStartingEvent(IDENTIFIER, False))
    (
        fixture.when_time_elapses(WAIT)
        .expect_published_events(DeadlineOccurredEvent(DeadlinePayload(FAKE_IDENTIFIER)))
        .expect_active_sagas(1)
    )


def test_dispatch_interceptor_on_saga() -> None:
    """AbstractDeadlineManagerTestSuite.dispatchInterceptorOnSaga"""

    def fake(message: Message) -> Message:
        return Message(DeadlinePayload(FAKE_IDENTIFIER), message.metadata, message.timestamp)

    fixture = _saga().register_deadline_dispatch_interceptor(fake)
    fixture.given_a_published(SagaStartingEvent(IDENTIFIER, False))
    (
        fixture.when_time_elapses(WAIT)
        .expect_published_events(DeadlineOccurredEvent(DeadlinePayload(FAKE_IDENTIFIER)))
        .expect_triggered_deadlines(DeadlinePayload(FAKE_IDENTIFIER))
        .expect_active_sagas(1)
    )
