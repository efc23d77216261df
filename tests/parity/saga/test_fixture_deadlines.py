"""Axon's saga ``FixtureTest_Deadlines``, case by case, on castle-bdd's saga fixture."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import pytest

from castle_bdd import Saga, deadline_handler, end_saga, saga_event_handler, start_saga
from castle_bdd.domain.messages import Message
from castle_bdd.fixtures.expectations import ExpectationFailed
from castle_bdd.fixtures.saga import SagaTestFixture
from castle_bdd.fixtures.saga_validator import SagaResultValidator
from castle_bdd.matchers import deep_equals, exact_sequence_of, payloads_matching

AGGREGATE_ID = "id"
TRIGGER = timedelta(minutes=10)
AFTER_TRIGGER = timedelta(minutes=11)
DEADLINE_NAME = "deadlineName"
DEADLINE_PAYLOAD = "deadlineDetails"
NONE_OCCURRING_DEADLINE_PAYLOAD = "none-occurring-deadline"


@dataclass(frozen=True)
class TriggerSagaStartEvent:
    identifier: str
    deadline_name: str = DEADLINE_NAME


@dataclass(frozen=True)
class ResetTriggerEvent:
    identifier: str


@dataclass(frozen=True)
class ResetAllTriggeredEvent:
    identifier: str


@dataclass(frozen=True)
class PayloadlessDeadlineShouldBeSetEvent:
    identifier: str


START_SAGA_EVENT = TriggerSagaStartEvent(AGGREGATE_ID)


class MySaga(Saga):
    """Axon's ``FixtureTest_Deadlines.MySaga``."""

    deadline_id: str = ""
    deadline_name: str = ""

    @start_saga
    @saga_event_handler(association="identifier")
    def on_start(self, event: TriggerSagaStartEvent) -> None:
        self.deadline_name = event.deadline_name
        self.deadline_id = self.deadlines.schedule(TRIGGER, self.deadline_name, DEADLINE_PAYLOAD)

    @saga_event_handler(association="identifier")
    def on_reset(self, event: ResetTriggerEvent) -> None:
        self.deadlines.cancel_schedule(self.deadline_name, self.deadline_id)

    @saga_event_handler(association="identifier")
    def on_reset_all(self, event: ResetAllTriggeredEvent) -> None:
        self.deadlines.cancel_all(self.deadline_name)

    @saga_event_handler(association="identifier")
    def on_payloadless(self, event: PayloadlessDeadlineShouldBeSetEvent) -> None:
        self.deadlines.schedule(TRIGGER, "payloadless-deadline")

    @deadline_handler
    def handle_deadline(self, deadline_info: str) -> None:
        """Being called is enough."""

    @deadline_handler("payloadless-deadline")
    def handle(self) -> None:
        """Being called is enough."""

    @end_saga
    @deadline_handler("sagaEndingDeadline")
    def saga_ending_deadline(self) -> None:
        """Ends the saga."""


@pytest.fixture
def fixture() -> SagaTestFixture[MySaga]:
    return SagaTestFixture(MySaga)


def _elapsed(fixture: SagaTestFixture[MySaga]) -> SagaResultValidator:
    return (
        fixture.given_aggregate(AGGREGATE_ID)
        .published(START_SAGA_EVENT)
        .when_time_elapses(AFTER_TRIGGER)
    )


def _reset(fixture: SagaTestFixture[MySaga]) -> SagaResultValidator:
    return (
        fixture.given_aggregate(AGGREGATE_ID)
        .published(START_SAGA_EVENT)
        .when_publishing(ResetTriggerEvent(AGGREGATE_ID))
    )


def test_expect_scheduled_deadline(fixture: SagaTestFixture[MySaga]) -> None:
    """FixtureTest_Deadlines.expectScheduledDeadline"""
    (
        fixture.given_no_prior_activity()
        .when_aggregate(AGGREGATE_ID)
        .publishes(START_SAGA_EVENT)
        .expect_active_sagas(1)
        .expect_scheduled_deadline(TRIGGER, DEADLINE_PAYLOAD)
        .expect_no_scheduled_events()
    )


def test_expect_scheduled_deadline_of_type(fixture: SagaTestFixture[MySaga]) -> None:
    """FixtureTest_Deadlines.expectScheduledDeadlineOfType"""
    (
        fixture.given_no_prior_activity()
        .when_aggregate(AGGREGATE_ID)
        .publishes(START_SAGA_EVENT)
        .expect_active_sagas(1)
        .expect_scheduled_deadline_of_type(TRIGGER, str)
        .expect_no_scheduled_events()
    )


def test_expect_scheduled_deadline_with_name(fixture: SagaTestFixture[MySaga]) -> None:
    """FixtureTest_Deadlines.expectScheduledDeadlineWithName"""
    (
        fixture.given_aggregate(AGGREGATE_ID)
        .published(START_SAGA_EVENT)
        .when_aggregate(AGGREGATE_ID)
        .publishes(PayloadlessDeadlineShouldBeSetEvent(AGGREGATE_ID))
        .expect_scheduled_deadline_with_name(TRIGGER, "payloadless-deadline")
    )


def test_expect_no_scheduled_deadline(fixture: SagaTestFixture[MySaga]) -> None:
    """FixtureTest_Deadlines.expectNoScheduledDeadline"""
    (
        _reset(fixture)
        .expect_active_sagas(1)
        .expect_no_scheduled_deadline(TRIGGER, DEADLINE_PAYLOAD)
        .expect_no_scheduled_events()
    )


def test_expect_no_scheduled_deadline_of_type(fixture: SagaTestFixture[MySaga]) -> None:
    """FixtureTest_Deadlines.expectNoScheduledDeadlineOfType"""
    (
        _reset(fixture)
        .expect_active_sagas(1)
        .expect_no_scheduled_deadline_of_type(TRIGGER, str)
        .expect_no_scheduled_events()
    )


def test_expect_no_scheduled_deadline_with_name(fixture: SagaTestFixture[MySaga]) -> None:
    """FixtureTest_Deadlines.expectNoScheduledDeadlineWithName"""
    (
        _reset(fixture)
        .expect_active_sagas(1)
        .expect_no_scheduled_deadline_with_name(TRIGGER, DEADLINE_NAME)
        .expect_no_scheduled_events()
    )


def test_deadline_met_matching(fixture: SagaTestFixture[MySaga]) -> None:
    """FixtureTest_Deadlines.deadlineMetMatching"""
    (
        _elapsed(fixture)
        .expect_active_sagas(1)
        .expect_deadlines_met_matching(
            payloads_matching(exact_sequence_of(deep_equals(DEADLINE_PAYLOAD)))
        )
        .expect_no_scheduled_events()
    )


def test_triggered_deadlines_matching(fixture: SagaTestFixture[MySaga]) -> None:
    """FixtureTest_Deadlines.triggeredDeadlinesMatching"""
    (
        _elapsed(fixture)
        .expect_active_sagas(1)
        .expect_triggered_deadlines_matching(
            payloads_matching(exact_sequence_of(deep_equals(DEADLINE_PAYLOAD)))
        )
        .expect_no_scheduled_events()
    )


def test_deadline_met(fixture: SagaTestFixture[MySaga]) -> None:
    """FixtureTest_Deadlines.deadlineMet"""
    (
        _elapsed(fixture)
        .expect_active_sagas(1)
        .expect_deadlines_met(DEADLINE_PAYLOAD)
        .expect_no_scheduled_events()
    )


def test_triggered_deadlines(fixture: SagaTestFixture[MySaga]) -> None:
    """FixtureTest_Deadlines.triggeredDeadlines"""
    (
        _elapsed(fixture)
        .expect_active_sagas(1)
        .expect_triggered_deadlines(DEADLINE_PAYLOAD)
        .expect_no_scheduled_events()
    )


def test_triggered_deadlines_fails_for_incorrect_deadlines(
    fixture: SagaTestFixture[MySaga],
) -> None:
    """FixtureTest_Deadlines.triggeredDeadlinesFailsForIncorrectDeadlines"""
    given = _elapsed(fixture)
    with pytest.raises(ExpectationFailed, match="The triggered deadlines are not as expected"):
        given.expect_triggered_deadlines(NONE_OCCURRING_DEADLINE_PAYLOAD)


def test_triggered_deadlines_fails_for_incorrect_number_of_deadlines(
    fixture: SagaTestFixture[MySaga],
) -> None:
    """FixtureTest_Deadlines.triggeredDeadlinesFailsForIncorrectNumberOfDeadlines"""
    given = _elapsed(fixture)
    with pytest.raises(ExpectationFailed, match=r"\(expected 2, got 1\)"):
        given.expect_triggered_deadlines(DEADLINE_PAYLOAD, NONE_OCCURRING_DEADLINE_PAYLOAD)


def test_triggered_deadlines_with_name(fixture: SagaTestFixture[MySaga]) -> None:
    """FixtureTest_Deadlines.triggeredDeadlinesWithName"""
    (
        _elapsed(fixture)
        .expect_active_sagas(1)
        .expect_triggered_deadlines_with_name(DEADLINE_NAME)
        .expect_no_scheduled_events()
    )


def test_triggered_deadlines_with_name_fails_for_incorrect_deadlines(
    fixture: SagaTestFixture[MySaga],
) -> None:
    """FixtureTest_Deadlines.triggeredDeadlinesWithNameFailsForIncorrectDeadlines"""
    given = _elapsed(fixture)
    with pytest.raises(ExpectationFailed, match="The triggered deadlines are not as expected"):
        given.expect_triggered_deadlines_with_name(NONE_OCCURRING_DEADLINE_PAYLOAD)


def test_triggered_deadlines_with_name_fails_for_incorrect_number_of_deadlines(
    fixture: SagaTestFixture[MySaga],
) -> None:
    """FixtureTest_Deadlines.triggeredDeadlinesWithNameFailsForIncorrectNumberOfDeadlines"""
    given = _elapsed(fixture)
    with pytest.raises(ExpectationFailed, match=r"\(expected 2, got 1\)"):
        given.expect_triggered_deadlines_with_name(DEADLINE_NAME, NONE_OCCURRING_DEADLINE_PAYLOAD)


def test_triggered_deadlines_of_type(fixture: SagaTestFixture[MySaga]) -> None:
    """FixtureTest_Deadlines.triggeredDeadlinesOfType"""
    (
        _elapsed(fixture)
        .expect_active_sagas(1)
        .expect_triggered_deadlines_of_type(str)
        .expect_no_scheduled_events()
    )


def test_triggered_deadlines_of_type_fails_for_incorrect_deadlines(
    fixture: SagaTestFixture[MySaga],
) -> None:
    """FixtureTest_Deadlines.triggeredDeadlinesOfTypeFailsForIncorrectDeadlines"""
    given = _elapsed(fixture)
    with pytest.raises(ExpectationFailed, match="The triggered deadlines are not as expected"):
        given.expect_triggered_deadlines_of_type(int)


def test_triggered_deadlines_of_type_fails_for_incorrect_number_of_deadlines(
    fixture: SagaTestFixture[MySaga],
) -> None:
    """FixtureTest_Deadlines.triggeredDeadlinesOfTypeFailsForIncorrectNumberOfDeadlines"""
    given = _elapsed(fixture)
    with pytest.raises(ExpectationFailed, match=r"\(expected 2, got 1\)"):
        given.expect_triggered_deadlines_of_type(str, str)


def test_deadline_cancelled(fixture: SagaTestFixture[MySaga]) -> None:
    """FixtureTest_Deadlines.deadlineCancelled"""
    _reset(fixture).expect_active_sagas(
        1
    ).expect_no_scheduled_deadlines().expect_no_scheduled_events()


def test_deadline_which_cancels_all(fixture: SagaTestFixture[MySaga]) -> None:
    """FixtureTest_Deadlines.deadlineWhichCancelsAll"""
    (
        fixture.given_aggregate(AGGREGATE_ID)
        .published(START_SAGA_EVENT)
        .when_publishing(ResetAllTriggeredEvent(AGGREGATE_ID))
        .expect_active_sagas(1)
        .expect_no_scheduled_deadlines()
        .expect_no_scheduled_events()
    )


def _fake_details(message: Message) -> Message:
    return Message("fakeDeadlineDetails", message.metadata, message.timestamp)


def test_deadline_dispatch_interceptor(fixture: SagaTestFixture[MySaga]) -> None:
    """FixtureTest_Deadlines.deadlineDispatchInterceptor"""
    (
        _elapsed(fixture.register_deadline_dispatch_interceptor(_fake_details))
        .expect_active_sagas(1)
        .expect_triggered_deadlines("fakeDeadlineDetails")
        .expect_no_scheduled_events()
    )


def test_deadline_handler_interceptor(fixture: SagaTestFixture[MySaga]) -> None:
    """FixtureTest_Deadlines.deadlineHandlerInterceptor"""

    def interceptor(message: Message, proceed: object) -> object:
        return proceed(_fake_details(message))  # type: ignore[operator]

    (
        _elapsed(fixture.register_deadline_handler_interceptor(interceptor))
        .expect_active_sagas(1)
        .expect_triggered_deadlines("fakeDeadlineDetails")
        .expect_no_scheduled_events()
        .expect_successful_handler_execution()
    )


def test_deadline_handler_ends_saga_lifecycle(fixture: SagaTestFixture[MySaga]) -> None:
    """FixtureTest_Deadlines.deadlineHandlerEndsSagaLifecycle"""
    (
        fixture.given_aggregate(AGGREGATE_ID)
        .published(TriggerSagaStartEvent(AGGREGATE_ID, "sagaEndingDeadline"))
        .when_time_elapses(AFTER_TRIGGER)
        .expect_active_sagas(0)
    )
