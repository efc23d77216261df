"""Axon's ``FixtureTest_ScheduledEvents``, case by case, on castle-bdd's saga fixture."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import timedelta

import pytest

from castle_bdd import Saga, saga_event_handler, start_saga
from castle_bdd.domain.messages import Message
from castle_bdd.fixtures.saga import SagaTestFixture
from castle_bdd.scheduling import ScheduleToken
from tests.parity.saga.stub_saga import StubGateway, TriggerSagaStartEvent

IDENTIFIER = str(uuid.uuid4())
TRIGGER = timedelta(minutes=10)
EVENT_TO_SCHEDULE = "scheduled-event"


@dataclass(frozen=True)
class CancelScheduledTokenEvent:
    identifier: str


class EventSchedulingSaga(Saga):
    """Axon's ``FixtureTest_ScheduledEvents.EventSchedulingSaga``."""

    schedule_token: ScheduleToken | None = None

    @start_saga
    @saga_event_handler(association="identifier")
    def on_start(self, event: TriggerSagaStartEvent, message: Message) -> None:
        assert message.timestamp is not None
        self.schedule_token = self.scheduler.schedule(
            message.timestamp + TRIGGER, EVENT_TO_SCHEDULE
        )

    @saga_event_handler(association="identifier")
    def on_cancel(self, event: CancelScheduledTokenEvent) -> None:
        assert self.schedule_token is not None
        self.scheduler.cancel(self.schedule_token)


@pytest.fixture
def subject() -> SagaTestFixture[EventSchedulingSaga]:
    fixture = SagaTestFixture(EventSchedulingSaga)
    fixture.register_command_gateway(StubGateway)
    return fixture


def test_expect_scheduled_event(subject: SagaTestFixture[EventSchedulingSaga]) -> None:
    """FixtureTest_ScheduledEvents.expectScheduledEvent"""
    (
        subject.given_no_prior_activity()
        .when_publishing(TriggerSagaStartEvent(IDENTIFIER))
        .expect_scheduled_event(TRIGGER, EVENT_TO_SCHEDULE)
    )


def test_expect_scheduled_event_of_type(subject: SagaTestFixture[EventSchedulingSaga]) -> None:
    """FixtureTest_ScheduledEvents.expectScheduledEventOfType"""
    (
        subject.given_no_prior_activity()
        .when_publishing(TriggerSagaStartEvent(IDENTIFIER))
        .expect_scheduled_event_of_type(TRIGGER, str)
    )


def test_expect_scheduled_event_duration_adjusted_by_elapsed_time(
    subject: SagaTestFixture[EventSchedulingSaga],
) -> None:
    """FixtureTest_ScheduledEvents.expectScheduledEventDurationAdjustedByElapsedTime"""
    elapsed = timedelta(minutes=1)
    (
        subject.given_aggregate(IDENTIFIER)
        .published(TriggerSagaStartEvent(IDENTIFIER))
        .when_time_elapses(elapsed)
        .expect_scheduled_event(TRIGGER - elapsed, EVENT_TO_SCHEDULE)
        .expect_no_scheduled_deadlines()
    )


def test_no_expect_scheduled_event(subject: SagaTestFixture[EventSchedulingSaga]) -> None:
    """FixtureTest_ScheduledEvents.noExpectScheduledEvent"""
    (
        subject.given_aggregate(IDENTIFIER)
        .published(TriggerSagaStartEvent(IDENTIFIER))
        .when_aggregate(IDENTIFIER)
        .publishes(CancelScheduledTokenEvent(IDENTIFIER))
        .expect_no_scheduled_event(TRIGGER, EVENT_TO_SCHEDULE)
    )


def test_no_expect_scheduled_event_of_type(subject: SagaTestFixture[EventSchedulingSaga]) -> None:
    """FixtureTest_ScheduledEvents.noExpectScheduledEventOfType"""
    (
        subject.given_aggregate(IDENTIFIER)
        .published(TriggerSagaStartEvent(IDENTIFIER))
        .when_aggregate(IDENTIFIER)
        .publishes(CancelScheduledTokenEvent(IDENTIFIER))
        .expect_no_scheduled_event_of_type(TRIGGER, str)
    )
