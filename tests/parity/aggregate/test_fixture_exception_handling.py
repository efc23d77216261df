"""Axon's ``FixtureTest_ExceptionHandling``: failing commands, given and when."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hamcrest import all_of, contains_string, has_property, instance_of

from castle_bdd import (
    Aggregate,
    AggregateTestFixture,
    CreationPolicy,
    command_handler,
    event_sourcing_handler,
)
from castle_bdd.errors import FixtureUsageError
from castle_bdd.fixtures.expectations import ExpectationFailed

AGGREGATE_ID = "1"


@dataclass(frozen=True)
class AbstractMyAggregateCommand:
    id: str


@dataclass(frozen=True)
class CreateMyAggregateCommand(AbstractMyAggregateCommand):
    should_throw_checked_exception: bool = False
    should_throw_unchecked_exception: bool = False


@dataclass(frozen=True)
class ExceptionTriggeringCommand(AbstractMyAggregateCommand):
    pass


@dataclass(frozen=True)
class ExceptionWithDetailsTriggeringCommand(AbstractMyAggregateCommand):
    pass


@dataclass(frozen=True)
class ValidMyAggregateCommand(AbstractMyAggregateCommand):
    pass


@dataclass(frozen=True)
class UnknownCommand(AbstractMyAggregateCommand):
    pass


@dataclass(frozen=True)
class MyAggregateCreatedEvent:
    id: str


class CheckedException(Exception):
    pass


class CommandExecutionException(Exception):
    def __init__(self, message: str, details: object) -> None:
        super().__init__(message)
        self.details = details


class MyAggregate(Aggregate):
    @command_handler(creation_policy=CreationPolicy.ALWAYS)
    def create(self, command: CreateMyAggregateCommand) -> None:
        if command.should_throw_checked_exception:
            raise CheckedException()
        if command.should_throw_unchecked_exception:
            raise RuntimeError()
        self.apply(MyAggregateCreatedEvent(command.id))

    @command_handler
    def handle_valid(self, command: ValidMyAggregateCommand) -> None:
        pass

    @command_handler
    def handle_exception(self, command: ExceptionTriggeringCommand) -> None:
        raise RuntimeError("Error")

    @command_handler
    def handle_details(self, command: ExceptionWithDetailsTriggeringCommand) -> None:
        raise CommandExecutionException("Error", "Details")

    @event_sourcing_handler
    def on(self, event: MyAggregateCreatedEvent) -> None:
        self.id = event.id


@pytest.fixture
def fixture() -> AggregateTestFixture[MyAggregate]:
    return AggregateTestFixture(MyAggregate)


def test_create_aggregate(fixture: AggregateTestFixture[MyAggregate]) -> None:
    """FixtureTest_ExceptionHandling.createAggregate."""
    fixture.given_commands().when(CreateMyAggregateCommand("14")).expect_events(
        MyAggregateCreatedEvent("14")
    )


def test_given_unknown_command(fixture: AggregateTestFixture[MyAggregate]) -> None:
    """FixtureTest_ExceptionHandling.givenUnknownCommand."""
    with pytest.raises(FixtureUsageError, match="no handler for the command UnknownCommand"):
        fixture.given_commands(CreateMyAggregateCommand("14"), UnknownCommand("14"))


def test_when_exception_triggering_command(fixture: AggregateTestFixture[MyAggregate]) -> None:
    """FixtureTest_ExceptionHandling.whenExceptionTriggeringCommand."""
    fixture.given_commands(CreateMyAggregateCommand("14")).when(
        ExceptionTriggeringCommand("14")
    ).expect_exception(RuntimeError)


def test_given_exception_triggering_command(fixture: AggregateTestFixture[MyAggregate]) -> None:
    """FixtureTest_ExceptionHandling.givenExceptionTriggeringCommand."""
    with pytest.raises(FixtureUsageError, match="the given command ExceptionTriggeringCommand"):
        fixture.given_commands(CreateMyAggregateCommand("14"), ExceptionTriggeringCommand("14"))


def test_given_command_with_invalid_identifier(fixture: AggregateTestFixture[MyAggregate]) -> None:
    """FixtureTest_ExceptionHandling.givenCommandWithInvalidIdentifier.

    A deliberate difference: a command for another aggregate stops the test.
    """
    given = fixture.given_commands(CreateMyAggregateCommand("1"))
    with pytest.raises(FixtureUsageError):
        given.when(ValidMyAggregateCommand("2"))


def test_exception_message_check(fixture: AggregateTestFixture[MyAggregate]) -> None:
    """FixtureTest_ExceptionHandling.exceptionMessageCheck (a deliberate difference)."""
    given = fixture.given_commands(CreateMyAggregateCommand("1"))
    with pytest.raises(FixtureUsageError) as failure:
        given.when(ValidMyAggregateCommand("2"))
    assert str(failure.value).startswith(
        "ValidMyAggregateCommand is for the aggregate '2' (its id), but the MyAggregate "
        "under test is '1'"
    )


def test_exception_message_check_with_matcher(fixture: AggregateTestFixture[MyAggregate]) -> None:
    """FixtureTest_ExceptionHandling.exceptionMessageCheckWithMatcher (a deliberate difference)."""
    given = fixture.given_commands(CreateMyAggregateCommand("1"))
    with pytest.raises(FixtureUsageError) as failure:
        given.when(ValidMyAggregateCommand("2"))
    assert contains_string("under test is '1'").matches(str(failure.value))


def test_exception_details_check_with_equality(fixture: AggregateTestFixture[MyAggregate]) -> None:
    """FixtureTest_ExceptionHandling.exceptionDetailsCheckWithEquality."""
    fixture.given_commands(CreateMyAggregateCommand("1")).when(
        ExceptionWithDetailsTriggeringCommand("1")
    ).expect_exception(CommandExecutionException).expect_exception(
        has_property("details", "Details")
    )


def test_exception_details_check_with_type(fixture: AggregateTestFixture[MyAggregate]) -> None:
    """FixtureTest_ExceptionHandling.exceptionDetailsCheckWithType."""
    fixture.given_commands(CreateMyAggregateCommand("1")).when(
        ExceptionWithDetailsTriggeringCommand("1")
    ).expect_exception(CommandExecutionException).expect_exception(
        has_property("details", instance_of(str))  # type: ignore[arg-type]
    )


def test_exception_details_check_with_matcher(fixture: AggregateTestFixture[MyAggregate]) -> None:
    """FixtureTest_ExceptionHandling.exceptionDetailsCheckWithMatcher."""
    validator = fixture.given_commands(CreateMyAggregateCommand("1")).when(
        ExceptionWithDetailsTriggeringCommand("1")
    )
    validator.expect_exception(
        all_of(
            instance_of(CommandExecutionException),
            has_property("details", contains_string("Details")),  # type: ignore[arg-type]
        )
    )
    with pytest.raises(ExpectationFailed):
        validator.expect_exception(has_property("details", contains_string("Other")))  # type: ignore[arg-type]


def test_when_command_with_invalid_identifier(fixture: AggregateTestFixture[MyAggregate]) -> None:
    """FixtureTest_ExceptionHandling.whenCommandWithInvalidIdentifier."""
    with pytest.raises(FixtureUsageError):
        fixture.given_commands(CreateMyAggregateCommand("1"), ValidMyAggregateCommand("2"))


def test_expect_exception_message_fails_when_no_exception_is_thrown(
    fixture: AggregateTestFixture[MyAggregate],
) -> None:
    """FixtureTest_ExceptionHandling.expectExceptionMessageThrowsFixtureExecutionExceptionWhenNoExceptionIsThrown."""
    validator = fixture.given(MyAggregateCreatedEvent(AGGREGATE_ID)).when(
        ValidMyAggregateCommand(AGGREGATE_ID)
    )
    with pytest.raises(ExpectationFailed, match="but it succeeded"):
        validator.expect_exception_message("some-exception-message")


def test_expect_unchecked_exceptions_during_aggregate_constructor_command_handler(
    fixture: AggregateTestFixture[MyAggregate],
) -> None:
    """FixtureTest_ExceptionHandling.expectUncheckedExceptionsDuringAggregateConstructorCommandHandler."""
    fixture.given_commands().when(CreateMyAggregateCommand("14", False, True)).expect_exception(
        RuntimeError
    )


def test_expect_checked_exceptions_during_aggregate_constructor_command_handler(
    fixture: AggregateTestFixture[MyAggregate],
) -> None:
    """FixtureTest_ExceptionHandling.expectCheckedExceptionsDuringAggregateConstructorCommandHandler."""
    fixture.given_commands().when(CreateMyAggregateCommand("14", True, False)).expect_exception(
        CheckedException
    )
