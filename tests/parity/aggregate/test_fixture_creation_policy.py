"""Axon's ``FixtureTest_CreationPolicy``: ``@command_handler(creation_policy=...)``."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Annotated, Any

import pytest

from castle_bdd import (
    Aggregate,
    AggregateTestFixture,
    CreationPolicy,
    TargetAggregateId,
    command_handler,
    command_handler_interceptor,
    event_sourcing_handler,
)
from castle_bdd.fixtures.repository import AggregateDeletedError


@dataclass(frozen=True)
class ComplexAggregateId:
    actual_id: uuid.UUID
    some_other_field: int


AGGREGATE_ID = ComplexAggregateId(uuid.uuid4(), 42)
INTERCEPTED: list[object] = []


@dataclass(frozen=True)
class CreateCommand:
    id: Annotated[ComplexAggregateId, TargetAggregateId]


@dataclass(frozen=True)
class CreateOrUpdateCommand:
    id: Annotated[ComplexAggregateId, TargetAggregateId]
    should_publish_event: bool


@dataclass(frozen=True)
class AlwaysCreateWithoutResultCommand:
    id: Annotated[ComplexAggregateId, TargetAggregateId]
    should_publish_event: bool


@dataclass(frozen=True)
class AlwaysCreateWithResultCommand:
    id: Annotated[ComplexAggregateId, TargetAggregateId]
    result: Any


@dataclass(frozen=True)
class AlwaysCreateWithEventSourcedResultCommand:
    id: Annotated[ComplexAggregateId, TargetAggregateId]
    success: bool = True


@dataclass(frozen=True)
class ExecuteOnExistingCommand:
    id: Annotated[ComplexAggregateId, TargetAggregateId]


@dataclass(frozen=True)
class CreatedEvent:
    id: ComplexAggregateId


@dataclass(frozen=True)
class CreatedOrUpdatedEvent:
    id: ComplexAggregateId


@dataclass(frozen=True)
class AlwaysCreatedEvent:
    id: ComplexAggregateId


@dataclass(frozen=True)
class ExecutedOnExistingEvent:
    id: ComplexAggregateId


@dataclass(frozen=True)
class MarkedDeleted:
    id: ComplexAggregateId


class TestAggregateInterface(Aggregate):
    """The handlers Axon declares on an interface, inherited by the aggregate."""

    __test__ = False

    @command_handler(creation_policy=CreationPolicy.CREATE_IF_MISSING)
    def handle_create_or_update(self, command: CreateOrUpdateCommand) -> None:
        if command.should_publish_event:
            self.apply(CreatedOrUpdatedEvent(command.id))

    @command_handler(creation_policy=CreationPolicy.ALWAYS)
    def handle_always_create_without_result(
        self, command: AlwaysCreateWithoutResultCommand
    ) -> None:
        if command.should_publish_event:
            self.apply(AlwaysCreatedEvent(command.id))

    @event_sourcing_handler
    def on_created_or_updated(self, event: CreatedOrUpdatedEvent) -> None:
        self.id = event.id

    @event_sourcing_handler
    def on_always_created(self, event: AlwaysCreatedEvent) -> None:
        self.id = event.id


class TestAggregate(TestAggregateInterface):
    __test__ = False

    @command_handler_interceptor
    def intercept(self, command: object) -> None:
        INTERCEPTED.append(command)

    @command_handler(creation_policy=CreationPolicy.ALWAYS)
    def create(self, command: CreateCommand) -> None:
        self.apply(CreatedEvent(command.id))

    @command_handler(creation_policy=CreationPolicy.ALWAYS)
    def handle_with_result(self, command: AlwaysCreateWithResultCommand) -> Any:
        self.apply(AlwaysCreatedEvent(command.id))
        return command.result

    @command_handler(creation_policy=CreationPolicy.ALWAYS)
    def handle_with_event_sourced_result(
        self, command: AlwaysCreateWithEventSourcedResultCommand
    ) -> ComplexAggregateId:
        self.apply(AlwaysCreatedEvent(command.id))
        if not command.success:
            raise RuntimeError("Simulating failure in a creation handler")
        return self.id  # type: ignore[return-value]

    @command_handler(creation_policy=CreationPolicy.NEVER)
    def handle_on_existing(self, command: ExecuteOnExistingCommand) -> None:
        self.apply(ExecutedOnExistingEvent(command.id))

    @event_sourcing_handler
    def on_created(self, event: CreatedEvent) -> None:
        self.id = event.id

    @event_sourcing_handler
    def on_marked_deleted(self, event: MarkedDeleted) -> None:
        self.mark_deleted()


class TestAggregateWithPrivateNoArgConstructor(TestAggregateInterface):
    """Python has no private constructors: an ``__init__`` of its own stands for one."""

    __test__ = False

    def __init__(self, id: Any = None) -> None:
        self.id = id


class TestAggregateWithProtectedNoArgConstructor(TestAggregateInterface):
    __test__ = False

    def __init__(self) -> None:
        super().__init__()
        self.id = None


@pytest.fixture
def fixture() -> AggregateTestFixture[TestAggregate]:
    INTERCEPTED.clear()
    return AggregateTestFixture(TestAggregate)


def test_create_or_update_policy_for_new_instance(
    fixture: AggregateTestFixture[TestAggregate],
) -> None:
    """FixtureTest_CreationPolicy.createOrUpdatePolicyForNewInstance."""
    fixture.given_no_prior_activity().when(CreateOrUpdateCommand(AGGREGATE_ID, True)).expect_events(
        CreatedOrUpdatedEvent(AGGREGATE_ID)
    ).expect_successful_handler_execution()
    assert INTERCEPTED


def test_create_or_update_policy_for_existing_instance(
    fixture: AggregateTestFixture[TestAggregate],
) -> None:
    """FixtureTest_CreationPolicy.createOrUpdatePolicyForExistingInstance."""
    fixture.given(CreatedEvent(AGGREGATE_ID)).when(
        CreateOrUpdateCommand(AGGREGATE_ID, True)
    ).expect_events(CreatedOrUpdatedEvent(AGGREGATE_ID)).expect_successful_handler_execution()
    assert INTERCEPTED


def test_always_create_policy_without_result_returns_aggregate_id(
    fixture: AggregateTestFixture[TestAggregate],
) -> None:
    """FixtureTest_CreationPolicy.alwaysCreatePolicyWithoutResultReturnsAggregateId."""
    fixture.given_no_prior_activity().when(
        AlwaysCreateWithoutResultCommand(AGGREGATE_ID, True)
    ).expect_events(AlwaysCreatedEvent(AGGREGATE_ID)).expect_result_message_payload(
        AGGREGATE_ID
    ).expect_successful_handler_execution()
    assert INTERCEPTED


def test_always_create_policy_with_result_returns_command_handling_result(
    fixture: AggregateTestFixture[TestAggregate],
) -> None:
    """FixtureTest_CreationPolicy.alwaysCreatePolicyWithResultReturnsCommandHandlingResult."""
    fixture.given_no_prior_activity().when(
        AlwaysCreateWithResultCommand(AGGREGATE_ID, "some-result")
    ).expect_events(AlwaysCreatedEvent(AGGREGATE_ID)).expect_result_message_payload(
        "some-result"
    ).expect_successful_handler_execution()
    assert INTERCEPTED


def test_always_create_policy_with_result_returns_null_command_handling_result(
    fixture: AggregateTestFixture[TestAggregate],
) -> None:
    """FixtureTest_CreationPolicy.alwaysCreatePolicyWithResultReturnsNullCommandHandlingResult."""
    fixture.given_no_prior_activity().when(
        AlwaysCreateWithResultCommand(AGGREGATE_ID, None)
    ).expect_events(AlwaysCreatedEvent(AGGREGATE_ID)).expect_result_message_payload(
        None
    ).expect_successful_handler_execution()
    assert INTERCEPTED


def test_never_create_policy(fixture: AggregateTestFixture[TestAggregate]) -> None:
    """FixtureTest_CreationPolicy.neverCreatePolicy."""
    fixture.given(CreatedEvent(AGGREGATE_ID)).when(
        ExecuteOnExistingCommand(AGGREGATE_ID)
    ).expect_events(ExecutedOnExistingEvent(AGGREGATE_ID)).expect_successful_handler_execution()
    assert INTERCEPTED


def test_always_create_policy_with_state_returns_state_in_command_handling_result(
    fixture: AggregateTestFixture[TestAggregate],
) -> None:
    """FixtureTest_CreationPolicy.alwaysCreatePolicyWithStateReturnsStateInCommandHandlingResult."""
    fixture.given_no_prior_activity().when(
        AlwaysCreateWithEventSourcedResultCommand(AGGREGATE_ID)
    ).expect_events(AlwaysCreatedEvent(AGGREGATE_ID)).expect_result_message_payload(
        AGGREGATE_ID
    ).expect_successful_handler_execution()
    assert INTERCEPTED


def test_always_create_exceptions_are_propagates(
    fixture: AggregateTestFixture[TestAggregate],
) -> None:
    """FixtureTest_CreationPolicy.alwaysCreateExceptionsArePropagates."""
    fixture.given_no_prior_activity().when(
        AlwaysCreateWithEventSourcedResultCommand(AGGREGATE_ID, False)
    ).expect_no_events().expect_exception(RuntimeError)
    assert INTERCEPTED


def test_create_or_update_policy_does_not_publish_any_events(
    fixture: AggregateTestFixture[TestAggregate],
) -> None:
    """FixtureTest_CreationPolicy.createOrUpdatePolicyDoesNotPublishAnyEvents."""
    fixture.given_no_prior_activity().when(
        CreateOrUpdateCommand(AGGREGATE_ID, False)
    ).expect_no_events().expect_successful_handler_execution()


@pytest.mark.parametrize(
    "aggregate_type",
    [TestAggregateWithPrivateNoArgConstructor, TestAggregateWithProtectedNoArgConstructor],
)
def test_when_own_constructor_combined_with_create_if_missing_policy(
    aggregate_type: type[TestAggregateInterface],
) -> None:
    """FixtureTest_CreationPolicy.whenPrivateConstructorCombinedWithCreateIfMissingPolicyThenAggregateWorksAsExpected and FixtureTest_CreationPolicy.whenProtectedConstructorCombinedWithCreateIfMissingPolicyThenAggregateWorksAsExpected."""  # noqa: E501
    AggregateTestFixture(aggregate_type).given_no_prior_activity().when(
        CreateOrUpdateCommand(AGGREGATE_ID, True)
    ).expect_events(CreatedOrUpdatedEvent(AGGREGATE_ID)).expect_successful_handler_execution()


@pytest.mark.parametrize(
    "aggregate_type",
    [TestAggregateWithPrivateNoArgConstructor, TestAggregateWithProtectedNoArgConstructor],
)
def test_when_own_constructor_combined_with_always_policy(
    aggregate_type: type[TestAggregateInterface],
) -> None:
    """FixtureTest_CreationPolicy.whenPrivateConstructorCombinedWithAlwaysPolicyThenAggregateWorksAsExpected and FixtureTest_CreationPolicy.whenProtectedConstructorCombinedWithAlwaysPolicyThenAggregateWorksAsExpected."""  # noqa: E501
    AggregateTestFixture(aggregate_type).given_no_prior_activity().when(
        AlwaysCreateWithoutResultCommand(AGGREGATE_ID, True)
    ).expect_events(AlwaysCreatedEvent(AGGREGATE_ID)).expect_successful_handler_execution()


def test_marked_deleted_aggregate_does_not_allow_for_create_if_missing(
    fixture: AggregateTestFixture[TestAggregate],
) -> None:
    """FixtureTest_CreationPolicy.markedDeletedAggregateDoesNotAllowForCreateIfMissingButRethrowsAggregateDeletedException."""
    fixture.given(CreatedEvent(AGGREGATE_ID), MarkedDeleted(AGGREGATE_ID)).when(
        CreateOrUpdateCommand(AGGREGATE_ID, True)
    ).expect_no_events().expect_exception(AggregateDeletedError)


class TestAggregateParentForPolymorphicCase(Aggregate):
    __test__ = False


class TestAggregateChildForPolymorphicCase(TestAggregateParentForPolymorphicCase):
    __test__ = False

    @command_handler(creation_policy=CreationPolicy.CREATE_IF_MISSING)
    def handle_create_or_update(self, command: CreateOrUpdateCommand) -> None:
        if command.should_publish_event:
            self.apply(CreatedOrUpdatedEvent(command.id))

    @command_handler(creation_policy=CreationPolicy.ALWAYS)
    def handle_always(self, command: AlwaysCreateWithoutResultCommand) -> None:
        if command.should_publish_event:
            self.apply(AlwaysCreatedEvent(command.id))

    @event_sourcing_handler
    def on_created_or_updated(self, event: CreatedOrUpdatedEvent) -> None:
        self.id = event.id

    @event_sourcing_handler
    def on_always_created(self, event: AlwaysCreatedEvent) -> None:
        self.id = event.id


def _polymorphic() -> AggregateTestFixture[TestAggregateParentForPolymorphicCase]:
    return AggregateTestFixture(TestAggregateParentForPolymorphicCase).with_subtypes(
        TestAggregateChildForPolymorphicCase
    )


def test_when_polymorphic_aggregate_with_uniquely_named_create_if_missing_policy_on_child() -> None:
    """FixtureTest_CreationPolicy.whenPolymorphicAggregateWithUniquelyNamedCreateIfMissingPolicyOnChildThenWorksAsExpected."""
    validator = (
        _polymorphic().given_no_prior_activity().when(CreateOrUpdateCommand(AGGREGATE_ID, True))
    )
    validator.expect_events(
        CreatedOrUpdatedEvent(AGGREGATE_ID)
    ).expect_successful_handler_execution()
    assert isinstance(validator.aggregate, TestAggregateChildForPolymorphicCase)


def test_when_polymorphic_aggregate_with_uniquely_named_always_policy_on_child() -> None:
    """FixtureTest_CreationPolicy.whenPolymorphicAggregateWithUniquelyNamedAlwaysPolicyOnChildThenWorksAsExpected."""
    validator = (
        _polymorphic()
        .given_no_prior_activity()
        .when(AlwaysCreateWithoutResultCommand(AGGREGATE_ID, True))
    )
    validator.expect_events(AlwaysCreatedEvent(AGGREGATE_ID)).expect_successful_handler_execution()
    assert isinstance(validator.aggregate, TestAggregateChildForPolymorphicCase)
