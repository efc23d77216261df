"""Axon's ``FixtureTest_Annotated``: an aggregate with annotated command handlers."""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

import pytest

from castle_bdd import AggregateTestFixture, Message
from castle_bdd.domain.targets import target_field
from castle_bdd.errors import FixtureUsageError, HandlerDefinitionError
from castle_bdd.eventstore import EventStoreConflictError, InMemoryEventStore
from castle_bdd.matchers import matches
from tests.parity.aggregate.axon_samples import (
    AnnotatedAggregate,
    CreateAggregateCommand,
    DeleteCommand,
    HardToCreateResource,
    MyAggregateDeletedEvent,
    MyEvent,
    TestCommand,
)

AGGREGATE_ID = "aggregateId"
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


@pytest.fixture
def fixture() -> AggregateTestFixture[AnnotatedAggregate]:
    return AggregateTestFixture(AnnotatedAggregate)


def test_null_identifier_is_rejected(fixture: AggregateTestFixture[AnnotatedAggregate]) -> None:
    """FixtureTest_Annotated.nullIdentifierIsRejected (stops at the when: see the differences)."""
    with pytest.raises(FixtureUsageError, match=r"'test'.*under test is None"):
        fixture.given(MyEvent(None, 0)).when(TestCommand("test"))


def test_events_carry_correct_timestamp(fixture: AggregateTestFixture[AnnotatedAggregate]) -> None:
    """FixtureTest_Annotated.eventsCarryCorrectTimestamp."""
    validator = (
        fixture.given_current_time(EPOCH)
        .and_given(MyEvent("AggregateId", 1), MyEvent("AggregateId", 2))
        .and_given_commands(TestCommand("AggregateId"))
        .when(TestCommand("AggregateId"))
    )
    validator.expect_events_matching(
        matches(lambda events: all(event.timestamp == EPOCH for event in events))
    )
    stored = [*validator.given_events, *validator.events]
    assert len(stored) == 4
    assert {message.timestamp for message in stored} == {EPOCH}


def test_clock_stands_still_during_execution(
    fixture: AggregateTestFixture[AnnotatedAggregate],
) -> None:
    """FixtureTest_Annotated.clockStandsStillDuringExecution."""
    validator = fixture.given(MyEvent("AggregateId", 1), MyEvent("AggregateId", 2)).when(
        TestCommand("AggregateId")
    )
    stored = [*validator.given_events, *validator.events]
    assert len({message.timestamp for message in stored}) == 1


def test_aggregate_command_handlers_overwritten_by_custom_handlers(
    fixture: AggregateTestFixture[AnnotatedAggregate],
) -> None:
    """FixtureTest_Annotated.aggregateCommandHandlersOverwrittenByCustomHandlers.

    A deliberate difference: a command has one handler, and a second is refused.
    """
    invoked = []

    def custom(command: CreateAggregateCommand) -> None:
        invoked.append(command)

    with pytest.raises(FixtureUsageError, match=r"already handled by AnnotatedAggregate\.create"):
        fixture.register_command_handler(custom)
    assert invoked == []


def test_aggregate_identifier_server_generated_identifier(
    fixture: AggregateTestFixture[AnnotatedAggregate],
) -> None:
    """FixtureTest_Annotated.aggregateIdentifier_ServerGeneratedIdentifier."""
    fixture.register_injectable_resource(HardToCreateResource())
    validator = fixture.given().when(CreateAggregateCommand())
    validator.expect_successful_handler_execution()
    assert validator.aggregate is not None and validator.aggregate.id is not None


def test_unavailable_resources_causes_failure(
    fixture: AggregateTestFixture[AnnotatedAggregate],
) -> None:
    """FixtureTest_Annotated.unavailableResourcesCausesFailure."""
    given = fixture.given()
    with pytest.raises(HandlerDefinitionError, match="HardToCreateResource"):
        given.when(CreateAggregateCommand())


def test_aggregate_identifier_identifier_automatically_deducted(
    fixture: AggregateTestFixture[AnnotatedAggregate],
) -> None:
    """FixtureTest_Annotated.aggregateIdentifier_IdentifierAutomaticallyDeducted."""
    validator = fixture.given(MyEvent("AggregateId", 1), MyEvent("AggregateId", 2)).when(
        TestCommand("AggregateId")
    )
    validator.expect_events(MyEvent("AggregateId", 3)).expect_state(lambda a: a is not None)
    stored = [*validator.given_events, *validator.events]
    assert [(m.aggregate_id, m.sequence_number) for m in stored] == [
        ("AggregateId", 0),
        ("AggregateId", 1),
        ("AggregateId", 2),
    ]


def test_fixture_given_commands_resources_not_available(
    fixture: AggregateTestFixture[AnnotatedAggregate],
) -> None:
    """FixtureTest_Annotated.fixtureGivenCommands_ResourcesNotAvailable."""
    with pytest.raises(HandlerDefinitionError):
        fixture.given_commands(CreateAggregateCommand(AGGREGATE_ID))


def test_fixture_given_commands_resources_available(
    fixture: AggregateTestFixture[AnnotatedAggregate],
) -> None:
    """FixtureTest_Annotated.fixtureGivenCommands_ResourcesAvailable."""
    fixture.register_injectable_resource(HardToCreateResource())
    fixture.given_commands(
        CreateAggregateCommand(AGGREGATE_ID),
        TestCommand(AGGREGATE_ID),
        TestCommand(AGGREGATE_ID),
        TestCommand(AGGREGATE_ID),
    ).when(TestCommand(AGGREGATE_ID)).expect_events(MyEvent(AGGREGATE_ID, 4))


def test_fixture_generates_exception_on_wrong_events_wrong_sequence() -> None:
    """FixtureTest_Annotated.fixtureGeneratesExceptionOnWrongEvents_WrongSequence."""
    store = InMemoryEventStore[str]()
    fixture = AggregateTestFixture(AnnotatedAggregate, event_store=store)
    fixture.given_no_prior_activity()
    store.append_events_now("test", -1, [MyEvent("test", 0)])
    with pytest.raises(EventStoreConflictError):
        store.append_events_now("test", 1, [MyEvent("test", 2)])


def test_fixture_aggregate_deleted(fixture: AggregateTestFixture[AnnotatedAggregate]) -> None:
    """FixtureTest_Annotated.fixture_AggregateDeleted."""
    fixture.given(MyEvent(AGGREGATE_ID, 5)).when(DeleteCommand(AGGREGATE_ID, False)).expect_events(
        MyAggregateDeletedEvent(False)
    )


def test_fixture_detects_state_change_outside_of_handler_aggregate_deleted(
    fixture: AggregateTestFixture[AnnotatedAggregate],
) -> None:
    """FixtureTest_Annotated.fixtureDetectsStateChangeOutsideOfHandler_AggregateDeleted.

    A deliberate difference: ``mark_deleted()`` in a command handler is allowed; the
    fixture remembers the aggregate as deleted.
    """
    validator = fixture.given(MyEvent(AGGREGATE_ID, 5)).when(DeleteCommand(AGGREGATE_ID, True))
    validator.expect_events(MyAggregateDeletedEvent(True)).expect_marked_deleted()


def test_and_given(fixture: AggregateTestFixture[AnnotatedAggregate]) -> None:
    """FixtureTest_Annotated.andGiven."""
    fixture.register_injectable_resource(HardToCreateResource())
    fixture.given_commands(CreateAggregateCommand(AGGREGATE_ID)).and_given(
        MyEvent(AGGREGATE_ID, 1)
    ).when(TestCommand(AGGREGATE_ID)).expect_events(MyEvent(AGGREGATE_ID, 2))


def test_and_given_commands(fixture: AggregateTestFixture[AnnotatedAggregate]) -> None:
    """FixtureTest_Annotated.andGivenCommands."""
    fixture.given(MyEvent(AGGREGATE_ID, 1)).and_given_commands(TestCommand(AGGREGATE_ID)).when(
        TestCommand(AGGREGATE_ID)
    ).expect_events(MyEvent(AGGREGATE_ID, 3))


def test_multiple_and_given_commands(fixture: AggregateTestFixture[AnnotatedAggregate]) -> None:
    """FixtureTest_Annotated.multipleAndGivenCommands."""
    fixture.given(MyEvent(AGGREGATE_ID, 1)).and_given_commands(
        TestCommand(AGGREGATE_ID)
    ).and_given_commands(TestCommand(AGGREGATE_ID)).when(TestCommand(AGGREGATE_ID)).expect_events(
        MyEvent(AGGREGATE_ID, 4)
    )


def test_given_no_prior_activity_and_publishing_no_events(
    fixture: AggregateTestFixture[AnnotatedAggregate],
) -> None:
    """FixtureTest_Annotated.givenNoPriorActivityAndPublishingNoEvents."""
    fixture.register_injectable_resource(HardToCreateResource())
    fixture.given_no_prior_activity().when(
        CreateAggregateCommand(AGGREGATE_ID, should_publish_events=False)
    ).expect_no_events().expect_successful_handler_execution()


def test_given_followed_up_by_and_given_current_time_works_as_excepted() -> None:
    """FixtureTest_Annotated.givenFollowedUpByAndGivenCurrentTimeWorksAsExcepted."""
    store = InMemoryEventStore[str]()
    fixture = AggregateTestFixture(AnnotatedAggregate, event_store=store)
    fixture.given(MyEvent("1337", 1), MyEvent("1337", 2)).and_given_current_time(EPOCH).when(
        TestCommand("1337")
    ).expect_events_matching(
        matches(
            lambda events: (
                [(event.timestamp, event.payload_type) for event in events] == [(EPOCH, MyEvent)]
            )
        )
    )
    assert len(store.load_events_now("1337")) == 3


def test_fixture_throws_event_store_exception_when_constructing_while_there_are_given_events(
    fixture: AggregateTestFixture[AnnotatedAggregate],
) -> None:
    """FixtureTest_Annotated.fixtureThrowsEventStoreExceptionWhenHandlingAggregateConstructingCommandWhileThereAreGivenEvents."""
    fixture.register_injectable_resource(HardToCreateResource())
    fixture.given(MyEvent(AGGREGATE_ID, 0)).when(
        CreateAggregateCommand(AGGREGATE_ID)
    ).expect_exception(EventStoreConflictError).expect_no_events()


def test_fixture_throws_event_store_exception_when_constructing_while_there_are_given_commands(
    fixture: AggregateTestFixture[AnnotatedAggregate],
) -> None:
    """FixtureTest_Annotated.fixtureThrowsEventStoreExceptionWhenHandlingAggregateConstructingCommandWhileThereAreGivenCommand."""
    fixture.register_injectable_resource(HardToCreateResource())
    fixture.given_commands(CreateAggregateCommand(AGGREGATE_ID)).when(
        CreateAggregateCommand(AGGREGATE_ID)
    ).expect_exception(EventStoreConflictError).expect_no_events()


def test_fixture_generates_exception_on_wrong_events_different_aggregate_identifiers(
    fixture: AggregateTestFixture[AnnotatedAggregate],
) -> None:
    """FixtureTest_Annotated.fixtureGeneratesExceptionOnWrongEvents_DifferentAggregateIdentifiers.

    The store appends one stream at a time (see "Differences from Axon"), so events of two
    aggregates cannot go in one append; given events whose messages name two aggregates
    are refused instead.
    """
    first, second = str(uuid.uuid4()), str(uuid.uuid4())
    with pytest.raises(FixtureUsageError, match=f"about the aggregate '{second}'"):
        fixture.given(
            Message(MyEvent(first, 0), aggregate_id=first),
            Message(MyEvent(first, 1), aggregate_id=second),
        )


def test_aggregate_identifier_custom_target_resolver(
    fixture: AggregateTestFixture[AnnotatedAggregate],
) -> None:
    """FixtureTest_Annotated.aggregateIdentifier_CustomTargetResolver.

    No target resolver is registered (see "Differences from Axon"): the command's field
    marked ``TargetAggregateId`` names the aggregate, as Axon's resolver does here.
    """
    fixture.register_injectable_resource(HardToCreateResource())
    fixture.given_commands(CreateAggregateCommand(AGGREGATE_ID)).when(
        TestCommand(AGGREGATE_ID)
    ).expect_events(MyEvent(AGGREGATE_ID, 1))
    assert target_field(TestCommand) == "aggregate_identifier"
