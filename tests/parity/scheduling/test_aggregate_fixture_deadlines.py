"""Axon's aggregate ``FixtureTest_Deadlines``, case by case, on castle-bdd's aggregate fixture."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import pytest

from castle_bdd import Aggregate, command_handler, deadline_handler, event_sourcing_handler
from castle_bdd.domain.messages import Message
from castle_bdd.fixtures.aggregate import AggregateTestFixture
from castle_bdd.fixtures.aggregate_validator import AggregateResultValidator
from castle_bdd.fixtures.expectations import ExpectationFailed
from castle_bdd.matchers import deep_equals, exact_sequence_of, payloads_matching

AGGREGATE_ID = "id"
TRIGGER = timedelta(minutes=10)
AFTER_TRIGGER = timedelta(minutes=11)
DEADLINE_NAME = "deadlineName"
DEADLINE_PAYLOAD = "deadlineDetails"
NONE_OCCURRING_DEADLINE_PAYLOAD = "none-occurring-deadline"


@dataclass(frozen=True)
class CreateMyAggregateCommand:
    aggregate_id: str


@dataclass(frozen=True)
class MyAggregateCreatedEvent:
    aggregate_id: str
    deadline_name: str
    deadline_id: str


@dataclass(frozen=True)
class ResetTriggerCommand:
    aggregate_id: str


@dataclass(frozen=True)
class ResetAllTriggerCommand:
    aggregate_id: str


@dataclass(frozen=True)
class SetPayloadlessDeadlineCommand:
    aggregate_id: str


CREATE_COMMAND = CreateMyAggregateCommand(AGGREGATE_ID)


class MyAggregate(Aggregate):
    """Axon's ``FixtureTest_Deadlines.MyAggregate``."""

    def __init__(self) -> None:
        self.deadline_name = ""
        self.deadline_id = ""

    @command_handler
    def create(self, command: CreateMyAggregateCommand) -> None:
        deadline_id = self.deadlines.schedule(TRIGGER, DEADLINE_NAME, DEADLINE_PAYLOAD)
        self.apply(MyAggregateCreatedEvent(command.aggregate_id, DEADLINE_NAME, deadline_id))

    @command_handler
    def reset(self, command: ResetTriggerCommand) -> None:
        self.deadlines.cancel_schedule(self.deadline_name, self.deadline_id)

    @command_handler
    def reset_all(self, command: ResetAllTriggerCommand) -> None:
        self.deadlines.cancel_all(self.deadline_name)

    @command_handler
    def set_payloadless(self, command: SetPayloadlessDeadlineCommand) -> None:
        self.deadlines.schedule(TRIGGER, "payloadless-deadline")

    @deadline_handler
    def handle_deadline(self, deadline_info: str) -> None:
        """Being called is enough."""

    @deadline_handler("payloadless-deadline")
    def handle(self) -> None:
        """Being called is enough."""

    @event_sourcing_handler
    def on_created(self, event: MyAggregateCreatedEvent) -> None:
        self.id = event.aggregate_id
        self.deadline_name = event.deadline_name
        self.deadline_id = event.deadline_id


@pytest.fixture
def fixture() -> AggregateTestFixture[MyAggregate]:
    return AggregateTestFixture(MyAggregate)


def _elapsed(fixture: AggregateTestFixture[MyAggregate]) -> AggregateResultValidator:
    fixture.given_no_prior_activity().and_given_commands(CREATE_COMMAND)
    return fixture.when_time_elapses(AFTER_TRIGGER)


def test_expect_scheduled_deadline(fixture: AggregateTestFixture[MyAggregate]) -> None:
    """FixtureTest_Deadlines.expectScheduledDeadline"""
    fixture.given_no_prior_activity()
    fixture.when(CREATE_COMMAND).expect_scheduled_deadline(TRIGGER, DEADLINE_PAYLOAD)


def test_expect_scheduled_deadline_of_type(fixture: AggregateTestFixture[MyAggregate]) -> None:
    """FixtureTest_Deadlines.expectScheduledDeadlineOfType"""
    fixture.given_no_prior_activity()
    fixture.when(CREATE_COMMAND).expect_scheduled_deadline_of_type(TRIGGER, str)


def test_expect_scheduled_deadline_with_name(fixture: AggregateTestFixture[MyAggregate]) -> None:
    """FixtureTest_Deadlines.expectScheduledDeadlineWithName"""
    fixture.given(MyAggregateCreatedEvent(AGGREGATE_ID, DEADLINE_NAME, "deadlineId"))
    validator = fixture.when(SetPayloadlessDeadlineCommand(AGGREGATE_ID))
    validator.expect_scheduled_deadline_with_name(TRIGGER, "payloadless-deadline")


def test_expect_no_scheduled_deadline(fixture: AggregateTestFixture[MyAggregate]) -> None:
    """FixtureTest_Deadlines.expectNoScheduledDeadline"""
    fixture.given_commands(CREATE_COMMAND)
    validator = fixture.when(ResetTriggerCommand(AGGREGATE_ID))
    validator.expect_no_scheduled_deadline(TRIGGER, DEADLINE_PAYLOAD)


def test_expect_no_scheduled_deadline_of_type(fixture: AggregateTestFixture[MyAggregate]) -> None:
    """FixtureTest_Deadlines.expectNoScheduledDeadlineOfType"""
    fixture.given_commands(CREATE_COMMAND)
    validator = fixture.when(ResetTriggerCommand(AGGREGATE_ID))
    validator.expect_no_scheduled_deadline_of_type(TRIGGER, str)


def test_expect_no_scheduled_deadline_with_name(
    fixture: AggregateTestFixture[MyAggregate],
) -> None:
    """FixtureTest_Deadlines.expectNoScheduledDeadlineWithName"""
    fixture.given_commands(CREATE_COMMAND)
    validator = fixture.when(ResetTriggerCommand(AGGREGATE_ID))
    validator.expect_no_scheduled_deadline_with_name(TRIGGER, DEADLINE_NAME)


def test_deadline_met_matching(fixture: AggregateTestFixture[MyAggregate]) -> None:
    """FixtureTest_Deadlines.deadlineMetMatching"""
    _elapsed(fixture).expect_deadlines_met_matching(
        payloads_matching(exact_sequence_of(deep_equals(DEADLINE_PAYLOAD)))
    )


def test_triggered_deadlines_matching(fixture: AggregateTestFixture[MyAggregate]) -> None:
    """FixtureTest_Deadlines.triggeredDeadlinesMatching"""
    _elapsed(fixture).expect_triggered_deadlines_matching(
        payloads_matching(exact_sequence_of(deep_equals(DEADLINE_PAYLOAD)))
    )


def test_deadlines_met(fixture: AggregateTestFixture[MyAggregate]) -> None:
    """FixtureTest_Deadlines.deadlinesMet"""
    _elapsed(fixture).expect_deadlines_met(DEADLINE_PAYLOAD)


def test_triggered_deadlines(fixture: AggregateTestFixture[MyAggregate]) -> None:
    """FixtureTest_Deadlines.triggeredDeadlines"""
    _elapsed(fixture).expect_triggered_deadlines(DEADLINE_PAYLOAD)


def test_triggered_deadlines_fails_for_incorrect_deadlines(
    fixture: AggregateTestFixture[MyAggregate],
) -> None:
    """FixtureTest_Deadlines.triggeredDeadlinesFailsForIncorrectDeadlines"""
    given = _elapsed(fixture)
    with pytest.raises(ExpectationFailed, match="The triggered deadlines are not as expected"):
        given.expect_triggered_deadlines(NONE_OCCURRING_DEADLINE_PAYLOAD)


def test_triggered_deadlines_fails_for_incorrect_number_of_deadlines(
    fixture: AggregateTestFixture[MyAggregate],
) -> None:
    """FixtureTest_Deadlines.triggeredDeadlinesFailsForIncorrectNumberOfDeadlines"""
    given = _elapsed(fixture)
    with pytest.raises(ExpectationFailed, match=r"\(expected 2, got 1\)"):
        given.expect_triggered_deadlines(DEADLINE_PAYLOAD, NONE_OCCURRING_DEADLINE_PAYLOAD)


def test_triggered_deadlines_with_name(fixture: AggregateTestFixture[MyAggregate]) -> None:
    """FixtureTest_Deadlines.triggeredDeadlinesWithName"""
    _elapsed(fixture).expect_triggered_deadlines_with_name(DEADLINE_NAME)


def test_triggered_deadlines_with_name_fails_for_incorrect_deadlines(
    fixture: AggregateTestFixture[MyAggregate],
) -> None:
    """FixtureTest_Deadlines.triggeredDeadlinesWithNameFailsForIncorrectDeadlines"""
    given = _elapsed(fixture)
    with pytest.raises(ExpectationFailed, match="The triggered deadlines are not as expected"):
        given.expect_triggered_deadlines_with_name(NONE_OCCURRING_DEADLINE_PAYLOAD)


def test_triggered_deadlines_with_name_fails_for_incorrect_number_of_deadlines(
    fixture: AggregateTestFixture[MyAggregate],
) -> None:
    """FixtureTest_Deadlines.triggeredDeadlinesWithNameFailsForIncorrectNumberOfDeadlines"""
    given = _elapsed(fixture)
    with pytest.raises(ExpectationFailed, match=r"\(expected 2, got 1\)"):
        given.expect_triggered_deadlines_with_name(
            DEADLINE_PAYLOAD, NONE_OCCURRING_DEADLINE_PAYLOAD
        )


def test_triggered_deadlines_of_type(fixture: AggregateTestFixture[MyAggregate]) -> None:
    """FixtureTest_Deadlines.triggeredDeadlinesOfType"""
    _elapsed(fixture).expect_triggered_deadlines_of_type(str)


def test_triggered_deadlines_of_type_fails_for_incorrect_deadlines(
    fixture: AggregateTestFixture[MyAggregate],
) -> None:
    """FixtureTest_Deadlines.triggeredDeadlinesOfTypeFailsForIncorrectDeadlines"""
    given = _elapsed(fixture)
    with pytest.raises(ExpectationFailed, match="The triggered deadlines are not as expected"):
        given.expect_triggered_deadlines_of_type(int)


def test_triggered_deadlines_of_type_fails_for_incorrect_number_of_deadlines(
    fixture: AggregateTestFixture[MyAggregate],
) -> None:
    """FixtureTest_Deadlines.triggeredDeadlinesOfTypeFailsForIncorrectNumberOfDeadlines"""
    given = _elapsed(fixture)
    with pytest.raises(ExpectationFailed, match=r"\(expected 2, got 1\)"):
        given.expect_triggered_deadlines_of_type(str, str)


def test_deadline_which_cancels_schedule(fixture: AggregateTestFixture[MyAggregate]) -> None:
    """FixtureTest_Deadlines.deadlineWhichCancelsSchedule"""
    fixture.given_no_prior_activity().and_given_commands(CREATE_COMMAND)
    fixture.when(ResetTriggerCommand(AGGREGATE_ID)).expect_no_scheduled_deadlines()


def test_deadline_which_cancels_all(fixture: AggregateTestFixture[MyAggregate]) -> None:
    """FixtureTest_Deadlines.deadlineWhichCancelsAll"""
    fixture.given_no_prior_activity().and_given_commands(CREATE_COMMAND)
    fixture.when(ResetAllTriggerCommand(AGGREGATE_ID)).expect_no_scheduled_deadlines()


def _fake_details(message: Message) -> Message:
    return Message("fakeDeadlineDetails", message.metadata, message.timestamp)


def test_deadline_dispatcher_interceptor(fixture: AggregateTestFixture[MyAggregate]) -> None:
    """FixtureTest_Deadlines.deadlineDispatcherInterceptor"""
    fixture.register_deadline_dispatch_interceptor(_fake_details)
    _elapsed(fixture).expect_triggered_deadlines("fakeDeadlineDetails")


def test_deadline_handler_interceptor(fixture: AggregateTestFixture[MyAggregate]) -> None:
    """FixtureTest_Deadlines.deadlineHandlerInterceptor"""

    def interceptor(message: Message, proceed: object) -> object:
        return proceed(_fake_details(message))  # type: ignore[operator]

    fixture.register_deadline_handler_interceptor(interceptor)
    _elapsed(fixture).expect_triggered_deadlines("fakeDeadlineDetails")
