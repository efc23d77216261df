"""Axon's ``FixtureExecutionResultImplTest``, case by case, on castle-bdd's saga validator.

Axon builds the result on bare buses and a saga store and drives them by hand. Here a
``ScriptSaga`` does the same things from inside a when phase: each ``Act`` event carries
what the saga does with its command gateway, event bus, scheduler, deadlines and
associations.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from hamcrest import anything, none
from hamcrest.core.base_matcher import BaseMatcher
from hamcrest.core.description import Description

from castle_bdd import Saga, saga_event_handler, start_saga
from castle_bdd.fixtures.event_bus import RecordingEventBus
from castle_bdd.fixtures.expectations import ExpectationFailed
from castle_bdd.fixtures.saga import SagaTestFixture
from castle_bdd.fixtures.saga_validator import SagaResultValidator
from castle_bdd.matchers import and_no_more, deep_equals, exact_sequence_of, payloads_matching
from tests.parity.saga.stub_saga import TimerTriggeredEvent, TriggerSagaEndEvent

NOW = datetime(2026, 1, 1, 9, tzinfo=timezone.utc)
WINDOW_FROM = NOW
WINDOW_TO = NOW + timedelta(days=2)


@dataclass(frozen=True)
class Act:
    """Whatever ``action(saga)`` does, done by a new saga."""

    action: Callable[[Any], object] = field(compare=False)
    run_id: str = field(default_factory=lambda: str(uuid.uuid4()))


class ScriptSaga(Saga):
    """A saga that does what each ``Act`` says."""

    @start_saga(force_new=True)
    @saga_event_handler(association="run_id")
    def act(self, event: Act, event_bus: RecordingEventBus) -> None:
        self.event_bus = event_bus
        event.action(self)


@dataclass(frozen=True)
class SimpleCommand:
    content: str


class FailingMatcher(BaseMatcher[Any]):
    """Axon's ``FailingMatcher``: matches nothing."""

    def _matches(self, item: Any) -> bool:
        return False

    def describe_to(self, description: Description) -> None:
        description.append_text("something you'll never be able to deliver")


def _after(*actions: Callable[[Any], object]) -> SagaResultValidator:
    fixture = SagaTestFixture(ScriptSaga)
    state = fixture.given_current_time(NOW)
    validator = None
    for action in actions:
        validator = state.when_publishing(Act(action))
        state = fixture._continued()
    assert validator is not None
    return validator


def _send(*commands: Any) -> Callable[[Any], object]:
    return lambda saga: [saga.commands.send(command) for command in commands]


def _publish(*events: Any) -> Callable[[Any], object]:
    return lambda saga: [saga.event_bus.publish(event) for event in events]


def _schedule(trigger: Any, event: Any) -> Callable[[Any], object]:
    return lambda saga: saga.scheduler.schedule(trigger, event)


def _deadline(*dues: datetime) -> Callable[[Any], object]:
    return lambda saga: ([saga.deadlines.schedule(due, "deadlineName", "payload") for due in dues])


def _associate(key: str, value: str) -> Callable[[Any], object]:
    return lambda saga: saga.associate_with(key, value)


def _nothing(saga: Any) -> None:
    """Does nothing."""


def _fail(message: str) -> Callable[[Any], object]:
    def fail(saga: Any) -> None:
        raise ValueError(message)

    return fail


IDENTIFIER = str(uuid.uuid4())
APPLICATION_EVENT = TimerTriggeredEvent(IDENTIFIER)


def test_start_recording() -> None:
    """FixtureExecutionResultImplTest.startRecording"""
    fixture = SagaTestFixture(ScriptSaga).register_listener_invocation_error_handler(
        lambda exception, message, name: None
    )
    fixture.when_publishing(Act(lambda saga: (_send("First")(saga), _fail("First")(saga))))
    end = TriggerSagaEndEvent(IDENTIFIER)
    second = fixture.when_publishing(
        Act(lambda saga: (_publish(end)(saga), _send("Second")(saga), _fail("Second")(saga)))
    )
    second.expect_published_events(end)
    second.expect_published_events_matching(
        payloads_matching(exact_sequence_of(deep_equals(end), and_no_more()))
    )
    second.expect_dispatched_commands("Second")
    second.expect_dispatched_commands_matching(
        payloads_matching(exact_sequence_of(deep_equals("Second"), and_no_more()))
    )
    with pytest.raises(ExpectationFailed):
        second.expect_successful_handler_execution()
    assert str(second.exception) == "Second"
    assert fixture._configuration.error_handler.exception is second.exception


def test_start_recording_callback() -> None:
    """FixtureExecutionResultImplTest.startRecordingCallback"""
    calls: list[int] = []
    fixture = SagaTestFixture(ScriptSaga).register_start_recording_callback(lambda: calls.append(1))
    fixture.when_publishing(Act(_nothing))
    assert calls == [1]


def test_start_recording_clears_events_and_commands() -> None:
    """FixtureExecutionResultImplTest.startRecording_ClearsEventsAndCommands"""
    fixture = SagaTestFixture(ScriptSaga).register_listener_invocation_error_handler(
        lambda exception, message, name: None
    )
    end = TriggerSagaEndEvent(IDENTIFIER)
    fixture.when_publishing(
        Act(lambda saga: (_publish(end)(saga), _send("Command")(saga), _fail("First")(saga)))
    )
    cleared = fixture.when_publishing(Act(_nothing))
    cleared.expect_published_events().expect_no_dispatched_commands()
    cleared.expect_successful_handler_execution()


def test_expect_published_events_wrong_count() -> None:
    """FixtureExecutionResultImplTest.expectPublishedEvents_WrongCount"""
    validator = _after(_publish(TriggerSagaEndEvent(IDENTIFIER)))
    with pytest.raises(ExpectationFailed):
        validator.expect_published_events(
            TriggerSagaEndEvent(IDENTIFIER), TimerTriggeredEvent(IDENTIFIER)
        )


def test_expect_published_events_wrong_type() -> None:
    """FixtureExecutionResultImplTest.expectPublishedEvents_WrongType"""
    validator = _after(_publish(TriggerSagaEndEvent(IDENTIFIER)))
    with pytest.raises(ExpectationFailed):
        validator.expect_published_events(TimerTriggeredEvent(IDENTIFIER))


def test_expect_published_events_failed_matcher() -> None:
    """FixtureExecutionResultImplTest.expectPublishedEvents_FailedMatcher"""
    validator = _after(_publish(TriggerSagaEndEvent(IDENTIFIER)))
    with pytest.raises(ExpectationFailed):
        validator.expect_published_events_matching(FailingMatcher())


def test_expect_dispatched_commands_failed_count() -> None:
    """FixtureExecutionResultImplTest.expectDispatchedCommands_FailedCount"""
    validator = _after(_send("First", "Second", "Third", "Fourth"))
    with pytest.raises(ExpectationFailed):
        validator.expect_dispatched_commands("First", "Second", "Third")


def test_expect_dispatched_commands_failed_type() -> None:
    """FixtureExecutionResultImplTest.expectDispatchedCommands_FailedType"""
    validator = _after(_send("First", "Second"))
    with pytest.raises(ExpectationFailed):
        validator.expect_dispatched_commands("First", "Third")


def test_expect_dispatched_commands() -> None:
    """FixtureExecutionResultImplTest.expectDispatchedCommands"""
    _after(_send("First", "Second")).expect_dispatched_commands("First", "Second")


def test_expect_dispatched_commands_objects_not_implementing_equals() -> None:
    """FixtureExecutionResultImplTest.expectDispatchedCommands_ObjectsNotImplementingEquals"""
    validator = _after(_send(SimpleCommand("First"), SimpleCommand("Second")))
    validator.expect_dispatched_commands(SimpleCommand("First"), SimpleCommand("Second"))


def test_expect_dispatched_commands_objects_not_implementing_equals_failed_field() -> None:
    """FixtureExecutionResultImplTest.expectDispatchedCommands_ObjectsNotImplementingEquals_FailedField"""
    validator = _after(_send(SimpleCommand("First"), SimpleCommand("Second")))
    with pytest.raises(ExpectationFailed) as failure:
        validator.expect_dispatched_commands(SimpleCommand("Second"), SimpleCommand("Third"))
    assert "Second" in str(failure.value) and "content" in str(failure.value)


def test_expect_dispatched_commands_objects_not_implementing_equals_wrong_type() -> None:
    """FixtureExecutionResultImplTest.expectDispatchedCommands_ObjectsNotImplementingEquals_WrongType"""
    validator = _after(_send(SimpleCommand("First"), SimpleCommand("Second")))
    with pytest.raises(ExpectationFailed) as failure:
        validator.expect_dispatched_commands("Second", SimpleCommand("Third"))
    assert "expected 'Second', but was SimpleCommand(content='First')" in str(failure.value)


def test_expect_no_dispatched_commands_failed() -> None:
    """FixtureExecutionResultImplTest.expectNoDispatchedCommands_Failed"""
    validator = _after(_send("First"))
    with pytest.raises(ExpectationFailed):
        validator.expect_no_dispatched_commands()


def test_expect_no_dispatched_commands() -> None:
    """FixtureExecutionResultImplTest.expectNoDispatchedCommands"""
    _after(_nothing).expect_no_dispatched_commands()


def test_expect_dispatched_commands_failed_matcher() -> None:
    """FixtureExecutionResultImplTest.expectDispatchedCommands_FailedMatcher"""
    with pytest.raises(ExpectationFailed):
        _after(_nothing).expect_dispatched_commands_matching(FailingMatcher())


def test_expect_no_scheduled_events_event_is_scheduled() -> None:
    """FixtureExecutionResultImplTest.expectNoScheduledEvents_EventIsScheduled"""
    validator = _after(_schedule(timedelta(seconds=1), APPLICATION_EVENT))
    with pytest.raises(ExpectationFailed):
        validator.expect_no_scheduled_events()


def test_expect_no_scheduled_events_no_event_scheduled() -> None:
    """FixtureExecutionResultImplTest.expectNoScheduledEvents_NoEventScheduled"""
    _after(_nothing).expect_no_scheduled_events()


def test_expect_no_scheduled_events_scheduled_event_is_triggered() -> None:
    """FixtureExecutionResultImplTest.expectNoScheduledEvents_ScheduledEventIsTriggered"""
    fixture = SagaTestFixture(ScriptSaga)
    fixture.given_current_time(NOW).when_publishing(
        Act(_schedule(timedelta(seconds=1), APPLICATION_EVENT))
    )
    fixture.when_time_elapses(timedelta(seconds=1)).expect_no_scheduled_events()


def _half_way() -> SagaResultValidator:
    fixture = SagaTestFixture(ScriptSaga)
    fixture.given_current_time(NOW).when_publishing(
        Act(_schedule(timedelta(seconds=1), APPLICATION_EVENT))
    )
    return fixture.when_time_elapses(timedelta(milliseconds=500))


def test_expect_scheduled_event_wrong_date_time() -> None:
    """FixtureExecutionResultImplTest.expectScheduledEvent_WrongDateTime"""
    with pytest.raises(ExpectationFailed):
        _half_way().expect_scheduled_event(timedelta(seconds=1), APPLICATION_EVENT)


def test_expect_scheduled_event_wrong_class() -> None:
    """FixtureExecutionResultImplTest.expectScheduledEvent_WrongClass"""
    with pytest.raises(ExpectationFailed):
        _half_way().expect_scheduled_event_of_type(timedelta(seconds=1), object)


def test_expect_scheduled_event_wrong_event() -> None:
    """FixtureExecutionResultImplTest.expectScheduledEvent_WrongEvent"""
    with pytest.raises(ExpectationFailed):
        _half_way().expect_scheduled_event(timedelta(seconds=1), TimerTriggeredEvent("unexpected"))


def test_expect_scheduled_event_failed_matcher() -> None:
    """FixtureExecutionResultImplTest.expectScheduledEvent_FailedMatcher"""
    with pytest.raises(ExpectationFailed):
        _half_way().expect_scheduled_event_matching(timedelta(seconds=1), FailingMatcher())


def test_expect_scheduled_event_found() -> None:
    """FixtureExecutionResultImplTest.expectScheduledEvent_Found"""
    _half_way().expect_scheduled_event(timedelta(milliseconds=500), APPLICATION_EVENT)


def test_expect_scheduled_event_found_in_multiple_candidates() -> None:
    """FixtureExecutionResultImplTest.expectScheduledEvent_FoundInMultipleCandidates"""

    def three(saga: Any) -> None:
        for event in (
            TimerTriggeredEvent("unexpected1"),
            APPLICATION_EVENT,
            TimerTriggeredEvent("unexpected2"),
        ):
            saga.scheduler.schedule(timedelta(seconds=1), event)

    _after(three).expect_scheduled_event(timedelta(seconds=1), APPLICATION_EVENT)


def test_association_with_wrong_value() -> None:
    """FixtureExecutionResultImplTest.associationWith_WrongValue"""
    with pytest.raises(ExpectationFailed):
        _after(_associate("key", "value")).expect_association_with("key", "value2")


def test_association_with_wrong_key() -> None:
    """FixtureExecutionResultImplTest.associationWith_WrongKey"""
    with pytest.raises(ExpectationFailed):
        _after(_associate("key", "value")).expect_association_with("key2", "value")


def test_association_with_present() -> None:
    """FixtureExecutionResultImplTest.associationWith_Present"""
    _after(_associate("key", "value")).expect_association_with("key", "value")


def test_no_association_with_wrong_value() -> None:
    """FixtureExecutionResultImplTest.noAssociationWith_WrongValue"""
    _after(_associate("key", "value")).expect_no_association_with("key", "value2")


def test_no_association_with_wrong_key() -> None:
    """FixtureExecutionResultImplTest.noAssociationWith_WrongKey"""
    validator = _after(_associate("key", "value"))
    validator.expect_no_association_with("key2", "value")
    validator.expect_no_association_with("other", "value")


def test_no_association_with_present() -> None:
    """FixtureExecutionResultImplTest.noAssociationWith_Present"""
    with pytest.raises(ExpectationFailed):
        _after(_associate("key", "value")).expect_no_association_with("key", "value")


def test_expect_active_sagas_wrong_count() -> None:
    """FixtureExecutionResultImplTest.expectActiveSagas_WrongCount"""
    with pytest.raises(ExpectationFailed):
        _after(_nothing).expect_active_sagas(2)


def test_expect_active_sagas_correct_count() -> None:
    """FixtureExecutionResultImplTest.expectActiveSagas_CorrectCount"""
    _after(lambda saga: saga.end(), _nothing).expect_active_sagas(1)


# The deadline window cases: a deadline "deadlineName" with payload "payload".

INSIDE = WINDOW_FROM + timedelta(days=1)
OUTSIDE = (WINDOW_FROM - timedelta(days=1), WINDOW_TO + timedelta(days=1))


def _deadlines_at(*dues: datetime) -> SagaResultValidator:
    fixture = SagaTestFixture(ScriptSaga)
    state = fixture.given_current_time(WINDOW_FROM - timedelta(days=2))
    return state.and_then_time_elapses(timedelta(0)).when_publishing(Act(_deadline(*dues)))


def test_no_deadline_matching_in_timeframe_with_deadline_inside_window() -> None:
    """FixtureExecutionResultImplTest.noDeadlineMatchingInTimeframeWithDeadlineInsideWindow"""
    with pytest.raises(ExpectationFailed):
        _deadlines_at(INSIDE).expect_no_scheduled_deadline_matching_between(
            WINDOW_FROM, WINDOW_TO, anything()
        )


def test_no_deadline_matching_in_timeframe_with_other_deadline_inside_window() -> None:
    """FixtureExecutionResultImplTest.noDeadlineMatchingInTimeframeWithOtherDeadlineInsideWindow"""
    _deadlines_at(INSIDE).expect_no_scheduled_deadline_matching_between(
        WINDOW_FROM, WINDOW_TO, none()
    )


def test_no_deadline_matching_in_timeframe_with_deadline_at_from() -> None:
    """FixtureExecutionResultImplTest.noDeadlineMatchingInTimeframeWithDeadlineAtFrom"""
    with pytest.raises(ExpectationFailed):
        _deadlines_at(WINDOW_FROM).expect_no_scheduled_deadline_matching_between(
            WINDOW_FROM, WINDOW_TO, anything()
        )


def test_no_deadline_matching_in_timeframe_with_deadline_at_to() -> None:
    """FixtureExecutionResultImplTest.noDeadlineMatchingInTimeframeWithDeadlineAtTo"""
    with pytest.raises(ExpectationFailed):
        _deadlines_at(WINDOW_TO).expect_no_scheduled_deadline_matching_between(
            WINDOW_FROM, WINDOW_TO, anything()
        )


def test_no_deadline_matching_in_timeframe_with_deadlines_outside_window() -> None:
    """FixtureExecutionResultImplTest.noDeadlineMatchingInTimeframeWithDeadlinesOutsideWindow"""
    _deadlines_at(*OUTSIDE).expect_no_scheduled_deadline_matching_between(
        WINDOW_FROM, WINDOW_TO, anything()
    )


def test_no_deadline_in_timeframe_with_deadline_inside_window() -> None:
    """FixtureExecutionResultImplTest.noDeadlineInTimeframeWithDeadlineInsideWindow"""
    with pytest.raises(ExpectationFailed):
        _deadlines_at(INSIDE).expect_no_scheduled_deadline_between(
            WINDOW_FROM, WINDOW_TO, "payload"
        )


def test_no_deadline_in_timeframe_with_other_deadline_inside_window() -> None:
    """FixtureExecutionResultImplTest.noDeadlineInTimeframeWithOtherDeadlineInsideWindow"""
    _deadlines_at(INSIDE).expect_no_scheduled_deadline_between(WINDOW_FROM, WINDOW_TO, object())


def test_no_deadline_in_timeframe_with_deadline_at_from() -> None:
    """FixtureExecutionResultImplTest.noDeadlineInTimeframeWithDeadlineAtFrom"""
    with pytest.raises(ExpectationFailed):
        _deadlines_at(WINDOW_FROM).expect_no_scheduled_deadline_between(
            WINDOW_FROM, WINDOW_TO, "payload"
        )


def test_no_deadline_in_timeframe_with_deadline_at_to() -> None:
    """FixtureExecutionResultImplTest.noDeadlineInTimeframeWithDeadlineAtTo"""
    with pytest.raises(ExpectationFailed):
        _deadlines_at(WINDOW_TO).expect_no_scheduled_deadline_between(
            WINDOW_FROM, WINDOW_TO, "payload"
        )


def test_no_deadline_in_timeframe_with_deadlines_outside_window() -> None:
    """FixtureExecutionResultImplTest.noDeadlineInTimeframeWithDeadlinesOutsideWindow"""
    validator = _deadlines_at(*OUTSIDE)
    validator.expect_no_scheduled_deadline_between(WINDOW_FROM, WINDOW_TO, "payload")


def test_no_deadline_of_type_in_timeframe_with_deadline_inside_window() -> None:
    """FixtureExecutionResultImplTest.noDeadlineOfTypeInTimeframeWithDeadlineInsideWindow"""
    with pytest.raises(ExpectationFailed):
        _deadlines_at(INSIDE).expect_no_scheduled_deadline_of_type_between(
            WINDOW_FROM, WINDOW_TO, str
        )


def test_no_deadline_of_type_in_timeframe_with_other_deadline_inside_window() -> None:
    """FixtureExecutionResultImplTest.noDeadlineOfTypeInTimeframeWithOtherDeadlineInsideWindow"""
    _deadlines_at(INSIDE).expect_no_scheduled_deadline_of_type_between(WINDOW_FROM, WINDOW_TO, int)


def test_no_deadline_of_type_in_timeframe_with_deadline_at_from() -> None:
    """FixtureExecutionResultImplTest.noDeadlineOfTypeInTimeframeWithDeadlineAtFrom"""
    with pytest.raises(ExpectationFailed):
        _deadlines_at(WINDOW_FROM).expect_no_scheduled_deadline_of_type_between(
            WINDOW_FROM, WINDOW_TO, str
        )


def test_no_deadline_of_type_in_timeframe_with_deadline_at_to() -> None:
    """FixtureExecutionResultImplTest.noDeadlineOfTypeInTimeframeWithDeadlineAtTo"""
    with pytest.raises(ExpectationFailed):
        _deadlines_at(WINDOW_TO).expect_no_scheduled_deadline_of_type_between(
            WINDOW_FROM, WINDOW_TO, str
        )


def test_no_deadline_of_type_in_timeframe_with_deadlines_outside_window() -> None:
    """FixtureExecutionResultImplTest.noDeadlineOfTypeInTimeframeWithDeadlinesOutsideWindow"""
    _deadlines_at(*OUTSIDE).expect_no_scheduled_deadline_of_type_between(
        WINDOW_FROM, WINDOW_TO, str
    )


def test_no_deadline_with_name_in_timeframe_with_deadline_inside_window() -> None:
    """FixtureExecutionResultImplTest.noDeadlineWithNameInTimeframeWithDeadlineInsideWindow"""
    with pytest.raises(ExpectationFailed):
        _deadlines_at(INSIDE).expect_no_scheduled_deadline_with_name_between(
            WINDOW_FROM, WINDOW_TO, "deadlineName"
        )


def test_no_deadline_with_name_timeframe_with_other_deadline_inside_window() -> None:
    """FixtureExecutionResultImplTest.noDeadlineWithNameTimeframeWithOtherDeadlineInsideWindow"""
    _deadlines_at(INSIDE).expect_no_scheduled_deadline_with_name_between(
        WINDOW_FROM, WINDOW_TO, "otherName"
    )


def test_no_deadline_with_name_in_timeframe_with_deadline_at_from() -> None:
    """FixtureExecutionResultImplTest.noDeadlineWithNameInTimeframeWithDeadlineAtFrom"""
    with pytest.raises(ExpectationFailed):
        _deadlines_at(WINDOW_FROM).expect_no_scheduled_deadline_with_name_between(
            WINDOW_FROM, WINDOW_TO, "deadlineName"
        )


def test_no_deadline_with_name_in_timeframe_with_deadline_at_to() -> None:
    """FixtureExecutionResultImplTest.noDeadlineWithNameInTimeframeWithDeadlineAtTo"""
    with pytest.raises(ExpectationFailed):
        _deadlines_at(WINDOW_TO).expect_no_scheduled_deadline_with_name_between(
            WINDOW_FROM, WINDOW_TO, "deadlineName"
        )


def test_no_deadline_with_name_in_timeframe_with_deadlines_outside_window() -> None:
    """FixtureExecutionResultImplTest.noDeadlineWithNameInTimeframeWithDeadlinesOutsideWindow"""
    _deadlines_at(*OUTSIDE).expect_no_scheduled_deadline_with_name_between(
        WINDOW_FROM, WINDOW_TO, "deadlineName"
    )
