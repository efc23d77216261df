"""Axon's ``FixtureTest_RegularParams``: an external command handler and a repository."""

from __future__ import annotations

import uuid

import pytest
from hamcrest import none

from castle_bdd import AggregateTestFixture, Message
from castle_bdd.errors import FixtureUsageError
from castle_bdd.eventstore import EventStoreConflictError
from castle_bdd.fixtures.expectations import ExpectationFailed
from castle_bdd.fixtures.illegal_state import IllegalStateChangeError
from castle_bdd.fixtures.repository import AggregateNotFoundError, AggregateRepository
from tests.parity.aggregate.axon_samples import (
    CreateAggregateCommand,
    DeleteCommand,
    IllegalStateChangeCommand,
    MyAggregateDeletedEvent,
    MyApplicationEvent,
    MyCommandHandler,
    MyEvent,
    MyOtherEvent,
    PublishEventCommand,
    StandardAggregate,
    StrangeCommand,
    StrangeCommandReceivedException,
    TestCommand,
)

GIVEN = [MyEvent("aggregateId", 1), MyEvent("aggregateId", 2), MyEvent("aggregateId", 3)]


@pytest.fixture
def fixture() -> AggregateTestFixture[StandardAggregate]:
    fixture = AggregateTestFixture(StandardAggregate)
    fixture.register_annotated_command_handler(
        MyCommandHandler(fixture.repository, fixture.event_bus)
    )
    return fixture


def test_fixture_no_events_in_store(fixture: AggregateTestFixture[StandardAggregate]) -> None:
    """FixtureTest_RegularParams.fixture_NoEventsInStore."""
    fixture.given().when(TestCommand("unknown")).expect_exception(AggregateNotFoundError)


def test_first_fixture(fixture: AggregateTestFixture[StandardAggregate]) -> None:
    """FixtureTest_RegularParams.firstFixture."""
    validator = fixture.given(MyEvent("aggregateId", 1)).when(TestCommand("aggregateId"))
    validator.expect_result(None)
    validator.expect_events(MyEvent("aggregateId", 2))


def test_first_fixture_matching_command_result_message(
    fixture: AggregateTestFixture[StandardAggregate],
) -> None:
    """FixtureTest_RegularParams.firstFixtureMatchingCommandResultMessage."""
    validator = fixture.given(MyEvent("aggregateId", 1)).when(TestCommand("aggregateId"))
    validator.expect_result_matching(none())
    validator.expect_events(MyEvent("aggregateId", 2))


def test_expect_events_ignores_filtered_field() -> None:
    """FixtureTest_RegularParams.expectEventsIgnoresFilteredField."""
    fixture = AggregateTestFixture(StandardAggregate)
    fixture.register_annotated_command_handler(MyCommandHandler(fixture.repository))
    fixture.register_field_filter(lambda kind, name: name != "some_bytes")
    validator = fixture.given(MyEvent("aggregateId", 1)).when(TestCommand("aggregateId"))
    validator.expect_result(None)
    validator.expect_events(MyEvent("aggregateId", 2, b"ignored"))


def test_fixture_setter_injection() -> None:
    """FixtureTest_RegularParams.fixture_SetterInjection."""
    fixture = AggregateTestFixture(StandardAggregate)
    handler = MyCommandHandler()
    handler.repository = fixture.repository
    fixture.register_annotated_command_handler(handler)
    fixture.given(MyEvent("aggregateId", 1), MyEvent("aggregateId", 2)).when(
        TestCommand("aggregateId")
    ).expect_result_matching(none()).expect_events(MyEvent("aggregateId", 3))


def test_fixture_given_a_list(fixture: AggregateTestFixture[StandardAggregate]) -> None:
    """FixtureTest_RegularParams.fixture_GivenAList."""
    fixture.given(GIVEN).when(TestCommand("aggregateId")).expect_events(
        MyEvent("aggregateId", 4)
    ).expect_successful_handler_execution()


def test_fixture_detects_state_change_outside_of_handler_explicit_value(
    fixture: AggregateTestFixture[StandardAggregate],
) -> None:
    """FixtureTest_RegularParams.fixtureDetectsStateChangeOutsideOfHandler_ExplicitValue."""
    with pytest.raises(IllegalStateChangeError) as error:
        fixture.given(GIVEN).when(IllegalStateChangeCommand("aggregateId", 5))
    assert "attribute 'last_number' is 5 after the command, but 4 when re-sourced" in str(
        error.value
    )


def test_fixture_ignored_state_change_in_filtered_field(
    fixture: AggregateTestFixture[StandardAggregate],
) -> None:
    """FixtureTest_RegularParams.fixtureIgnoredStateChangeInFilteredField."""
    fixture.register_field_filter(lambda kind, name: name != "last_number")
    fixture.given(GIVEN).when(
        IllegalStateChangeCommand("aggregateId", 5)
    ).expect_successful_handler_execution()


def test_fixture_detects_state_change_outside_of_handler_null_value(
    fixture: AggregateTestFixture[StandardAggregate],
) -> None:
    """FixtureTest_RegularParams.fixtureDetectsStateChangeOutsideOfHandler_NullValue."""
    with pytest.raises(IllegalStateChangeError) as error:
        fixture.given(GIVEN).when(IllegalStateChangeCommand("aggregateId", None))
    assert "attribute 'last_number' is None after the command, but 4 when re-sourced" in str(
        error.value
    )


def test_fixture_detects_state_change_outside_of_handler_ignored(
    fixture: AggregateTestFixture[StandardAggregate],
) -> None:
    """FixtureTest_RegularParams.fixtureDetectsStateChangeOutsideOfHandler_Ignored."""
    fixture.set_report_illegal_state_change(False)
    fixture.given(GIVEN).when(
        IllegalStateChangeCommand("aggregateId", None)
    ).expect_successful_handler_execution()


def test_fixture_detects_state_change_outside_of_handler_aggregate_generates_identifier(
    fixture: AggregateTestFixture[StandardAggregate],
) -> None:
    """FixtureTest_RegularParams.fixtureDetectsStateChangeOutsideOfHandler_AggregateGeneratesIdentifier."""
    fixture.given().when(CreateAggregateCommand(None)).expect_successful_handler_execution()


def test_fixture_detects_state_change_outside_of_handler_aggregate_deleted(
    fixture: AggregateTestFixture[StandardAggregate],
) -> None:
    """FixtureTest_RegularParams.fixtureDetectsStateChangeOutsideOfHandler_AggregateDeleted.

    A deliberate difference: ``mark_deleted()`` outside an event-sourcing handler is allowed.
    """
    fixture.given(MyEvent("aggregateId", 5)).when(
        DeleteCommand("aggregateId", True)
    ).expect_marked_deleted()


def test_fixture_aggregate_deleted(fixture: AggregateTestFixture[StandardAggregate]) -> None:
    """FixtureTest_RegularParams.fixture_AggregateDeleted."""
    fixture.given(MyEvent("aggregateId", 5)).when(
        DeleteCommand("aggregateId", False)
    ).expect_events(MyAggregateDeletedEvent(False))


def test_fixture_given_commands(fixture: AggregateTestFixture[StandardAggregate]) -> None:
    """FixtureTest_RegularParams.fixtureGivenCommands."""
    fixture.given_commands(
        CreateAggregateCommand("aggregateId"),
        TestCommand("aggregateId"),
        TestCommand("aggregateId"),
        TestCommand("aggregateId"),
    ).when(TestCommand("aggregateId")).expect_events(MyEvent("aggregateId", 4))


def test_fixture_command_handler_dispatches_non_domain_events(
    fixture: AggregateTestFixture[StandardAggregate],
) -> None:
    """FixtureTest_RegularParams.fixture_CommandHandlerDispatchesNonDomainEvents."""
    fixture.given(GIVEN).when(PublishEventCommand("aggregateId")).expect_events(
        MyApplicationEvent()
    )


def test_fixture_report_wrong_number_of_events(
    fixture: AggregateTestFixture[StandardAggregate],
) -> None:
    """FixtureTest_RegularParams.fixture_ReportWrongNumberOfEvents."""
    validator = fixture.given(GIVEN).when(TestCommand("aggregateId"))
    with pytest.raises(ExpectationFailed, match=r"expected 2, got 1") as failure:
        validator.expect_events(MyEvent("aggregateId", 4), MyEvent("aggregateId", 5))
    assert failure.value.missing == [MyEvent("aggregateId", 5)]


def test_fixture_report_wrong_events(fixture: AggregateTestFixture[StandardAggregate]) -> None:
    """FixtureTest_RegularParams.fixture_ReportWrongEvents."""
    validator = fixture.given(GIVEN).when(TestCommand("aggregateId"))
    with pytest.raises(ExpectationFailed) as failure:
        validator.expect_events(MyOtherEvent())
    assert "event 1: expected MyOtherEvent(), but was MyEvent(" in str(failure.value)


def test_fixture_unexpected_exception(fixture: AggregateTestFixture[StandardAggregate]) -> None:
    """FixtureTest_RegularParams.fixture_UnexpectedException."""
    validator = fixture.given(GIVEN).when(StrangeCommand("aggregateId"))
    with pytest.raises(ExpectationFailed) as failure:
        validator.expect_successful_handler_execution()
    assert "failed with StrangeCommandReceivedException: Strange command received" in str(
        failure.value
    )


def test_fixture_unexpected_return_value(fixture: AggregateTestFixture[StandardAggregate]) -> None:
    """FixtureTest_RegularParams.fixture_UnexpectedReturnValue."""
    validator = fixture.given(GIVEN).when(TestCommand("aggregateId"))
    with pytest.raises(ExpectationFailed) as failure:
        validator.expect_exception(RuntimeError)
    assert "Expected the command TestCommand to fail with RuntimeError, but it succeeded" in str(
        failure.value
    )


def test_fixture_wrong_return_value(fixture: AggregateTestFixture[StandardAggregate]) -> None:
    """FixtureTest_RegularParams.fixture_WrongReturnValue."""
    validator = fixture.given(GIVEN).when(TestCommand("aggregateId"))
    with pytest.raises(ExpectationFailed, match="to return 'some', but it returned None"):
        validator.expect_result("some")


def test_fixture_wrong_exception_type(fixture: AggregateTestFixture[StandardAggregate]) -> None:
    """FixtureTest_RegularParams.fixture_WrongExceptionType."""
    validator = fixture.given(GIVEN).when(StrangeCommand("aggregateId"))
    with pytest.raises(ExpectationFailed) as failure:
        validator.expect_exception(OSError)
    assert "to fail with OSError, but it failed with StrangeCommandReceivedException" in str(
        failure.value
    )
    validator.expect_exception(StrangeCommandReceivedException)


def test_fixture_wrong_event_contents(fixture: AggregateTestFixture[StandardAggregate]) -> None:
    """FixtureTest_RegularParams.fixture_WrongEventContents."""
    validator = fixture.given(GIVEN).when(TestCommand("aggregateId"))
    with pytest.raises(ExpectationFailed) as failure:
        validator.expect_events(MyEvent("aggregateId", 5))
    assert "event 1 (MyEvent): some_value: expected 5, but was 4" in str(failure.value)


def test_fixture_wrong_event_contents_with_null_values(
    fixture: AggregateTestFixture[StandardAggregate],
) -> None:
    """FixtureTest_RegularParams.fixture_WrongEventContents_WithNullValues."""
    validator = fixture.given(GIVEN).when(TestCommand("aggregateId"))
    with pytest.raises(ExpectationFailed) as failure:
        validator.expect_events(MyEvent("aggregateId", None))
    assert "event 1 (MyEvent): some_value: expected None, but was 4" in str(failure.value)


def test_fixture_expected_published_same_as_stored(
    fixture: AggregateTestFixture[StandardAggregate],
) -> None:
    """FixtureTest_RegularParams.fixture_ExpectedPublishedSameAsStored."""
    validator = fixture.given(GIVEN).when(StrangeCommand("aggregateId"))
    with pytest.raises(ExpectationFailed) as failure:
        validator.expect_events(MyEvent("aggregateId", 4))
    assert "failed with StrangeCommandReceivedException" in str(failure.value)
    validator.expect_no_events().expect_exception(StrangeCommandReceivedException)


def test_read_aggregate_wrong_identifier(fixture: AggregateTestFixture[StandardAggregate]) -> None:
    """FixtureTest_Generic.readAggregate_WrongIdentifier."""
    given = fixture.given(MyEvent("AggregateId", 1))
    with pytest.raises(FixtureUsageError) as error:
        given.when(TestCommand("OtherIdentifier"))
    assert "OtherIdentifier" in str(error.value) and "AggregateId" in str(error.value)


def test_storing_existing_aggregate_generates_exception(
    fixture: AggregateTestFixture[StandardAggregate],
) -> None:
    """FixtureTest_Generic.storingExistingAggregateGeneratesException."""
    fixture.given(MyEvent("aggregateId", 1)).when(
        CreateAggregateCommand("aggregateId")
    ).expect_exception(EventStoreConflictError).expect_no_events()


def test_generic_aggregate_identifier_server_generated_identifier(
    fixture: AggregateTestFixture[StandardAggregate],
) -> None:
    """FixtureTest_Generic.aggregateIdentifier_ServerGeneratedIdentifier."""
    fixture.given_no_prior_activity().when(
        CreateAggregateCommand()
    ).expect_successful_handler_execution()


def test_generic_aggregate_identifier_identifier_automatically_deducted(
    fixture: AggregateTestFixture[StandardAggregate],
) -> None:
    """FixtureTest_Generic.aggregateIdentifier_IdentifierAutomaticallyDeducted."""
    validator = fixture.given(MyEvent("AggregateId", 1), MyEvent("AggregateId", 2)).when(
        TestCommand("AggregateId")
    )
    validator.expect_events(MyEvent("AggregateId", 3))
    stored = [*validator.given_events, *validator.events]
    assert [(m.aggregate_id, m.sequence_number) for m in stored] == [
        ("AggregateId", 0),
        ("AggregateId", 1),
        ("AggregateId", 2),
    ]


class StandardAggregateWithArguments(StandardAggregate):
    """Axon's ``StandardAggregate`` has no no-argument constructor; this one neither."""

    def __init__(self, initial_value: int) -> None:
        super().__init__()
        self.last_number = initial_value


def test_generic_configure_custom_aggregate_factory() -> None:
    """FixtureTest_Generic.configureCustomAggregateFactory.

    No aggregate factory is registered (see "Differences from Axon"): the aggregate the
    given events are replayed into is made with no arguments, once, as Axon's factory is
    asked once for the first given event.
    """
    made: list[object] = []

    class Counted(StandardAggregate):
        def __init__(self) -> None:
            super().__init__()
            made.append(self)

    fixture = AggregateTestFixture(Counted)
    fixture.register_annotated_command_handler(MyCommandHandler(fixture.repository))
    fixture.given(MyEvent("id1", 1)).when(TestCommand("id1")).expect_events(MyEvent("id1", 2))
    assert made and all(isinstance(aggregate, Counted) for aggregate in made)


def test_generic_factory_not_provided_failure_on_given() -> None:
    """FixtureTest_Generic.configurationOfRequiredCustomAggregateFactoryNotProvided_FailureOnGiven"""
    fixture = AggregateTestFixture(StandardAggregateWithArguments)
    with pytest.raises(FixtureUsageError, match="could not be created with no arguments"):
        fixture.given(MyEvent("id1", 1))


def test_generic_factory_not_provided_failure_on_get_repository() -> None:
    """FixtureTest_Generic.configurationOfRequiredCustomAggregateFactoryNotProvided_FailureOnGetRepository

    A deliberate difference: the fixture's repository needs no factory, so asking for it
    succeeds; the aggregate that cannot be made with no arguments fails where the fixture
    first needs to make one (here re-sourcing it after the command), with the same message.
    """
    fixture = AggregateTestFixture(StandardAggregateWithArguments)
    assert fixture.repository is not None

    def started(identifier: str) -> StandardAggregateWithArguments:
        aggregate = StandardAggregateWithArguments(0)
        aggregate.apply(MyEvent(identifier, 0))
        return aggregate

    def create(command: CreateAggregateCommand, repository: AggregateRepository) -> None:
        repository.new(lambda: started(command.aggregate_identifier))

    fixture.register_command_handler(create)
    with pytest.raises(FixtureUsageError, match="could not be created with no arguments"):
        fixture.given_no_prior_activity().when(CreateAggregateCommand("id1"))


def test_generic_fixture_generates_exception_on_wrong_events_different_aggregate_identifiers(
    fixture: AggregateTestFixture[StandardAggregate],
) -> None:
    """FixtureTest_Generic.fixtureGeneratesExceptionOnWrongEvents_DifferentAggregateIdentifiers.

    As in the annotated case: given events whose messages name two aggregates are refused.
    """
    first, second = str(uuid.uuid4()), str(uuid.uuid4())
    with pytest.raises(FixtureUsageError, match=f"about the aggregate '{first}'.*under test"):
        fixture.given(
            Message(MyEvent(first, 0), aggregate_id=first),
            Message(MyEvent(second, 0), aggregate_id=second),
        )
