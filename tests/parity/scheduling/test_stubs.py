"""Axon's ``StubEventSchedulerTest`` and ``StubDeadlineManagerTest``, case by case."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from castle_bdd.scheduling import (
    ScheduledItem,
    SchedulingError,
    StubDeadlineManager,
    StubEventScheduler,
)
from castle_bdd.scheduling.interceptors import deadline_message


class MockEvent:
    pass


def _now() -> datetime:
    return datetime.now(timezone.utc)


def test_schedule_event() -> None:
    """StubEventSchedulerTest.scheduleEvent"""
    subject = StubEventScheduler()
    subject.schedule(_now() + timedelta(days=1), MockEvent())
    assert len(subject.scheduled_items) == 1


def test_event_contains_timestamp_of_scheduled_time() -> None:
    """StubEventSchedulerTest.eventContainsTimestampOfScheduledTime"""
    subject = StubEventScheduler()
    trigger_time = subject.current_time + timedelta(seconds=60)
    subject.schedule(trigger_time, "gone")
    triggered: list[ScheduledItem] = []
    subject.advance_time_by(timedelta(minutes=75), triggered.append)
    assert len(triggered) == 1
    assert triggered[0].due == trigger_time


def test_initialize_at_date_time_after_scheduling_event() -> None:
    """StubEventSchedulerTest.initializeAtDateTimeAfterSchedulingEvent"""
    subject = StubEventScheduler()
    subject.schedule(_now() + timedelta(days=1), MockEvent())
    with pytest.raises(SchedulingError, match="only be set before anything is scheduled"):
        subject.initialize_at(_now() - timedelta(minutes=10))


def test_messages_carry_trigger_timestamp() -> None:
    """StubDeadlineManagerTest.messagesCarryTriggerTimestamp"""
    subject = StubDeadlineManager()
    trigger_time = subject.current_time + timedelta(seconds=60)
    subject.schedule(trigger_time, "gone", scope="Mock")
    triggered = []
    subject.advance_time_by(
        timedelta(minutes=75), lambda item: triggered.append(deadline_message(item))
    )
    assert len(triggered) == 1
    assert triggered[0].timestamp == trigger_time
