"""Axon's ``FixtureTest_StateStorage``: state-stored aggregates (``given_state``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

import pytest
from hamcrest import instance_of

from castle_bdd import (
    Aggregate,
    AggregateTestFixture,
    CreationPolicy,
    TargetAggregateId,
    command_handler,
)
from castle_bdd.errors import FixtureUsageError
from castle_bdd.fixtures.expectations import ExpectationFailed
from tests.parity.aggregate.axon_samples import HardToCreateResource

AGGREGATE_ID = "id"


@dataclass(frozen=True)
class InitializeCommand:
    id: str
    message: str


@dataclass(frozen=True)
class SetMessageCommand:
    id: Annotated[str, TargetAggregateId]
    message: str


@dataclass(frozen=True)
class ErrorCommand:
    id: Annotated[str, TargetAggregateId]
    message: str


@dataclass(frozen=True)
class HandleWithResourceCommand:
    id: Annotated[str, TargetAggregateId]
    message_to_log: str


@dataclass(frozen=True)
class StubDomainEvent:
    pass


class StateStoredAggregate(Aggregate):
    def __init__(self) -> None:
        self.id: Any = None
        self.message: str | None = None

    @classmethod
    def of(cls, id: str, message: str) -> StateStoredAggregate:
        aggregate = cls()
        aggregate.id, aggregate.message = id, message
        aggregate.apply(StubDomainEvent())
        return aggregate

    @command_handler(creation_policy=CreationPolicy.ALWAYS)
    def initialize(self, command: InitializeCommand) -> None:
        self.id, self.message = command.id, command.message
        self.apply(StubDomainEvent())

    @command_handler
    def set_message(self, command: SetMessageCommand) -> None:
        self.message = command.message
        self.apply(StubDomainEvent())

    @command_handler
    def error(self, command: ErrorCommand) -> None:
        self.message = command.message
        self.apply(StubDomainEvent())
        raise RuntimeError("Stub")

    @command_handler
    def handle_with_resource(
        self, command: HandleWithResourceCommand, resource: HardToCreateResource
    ) -> None:
        resource.difficult_operation(command.message_to_log)
        self.apply(StubDomainEvent())


@pytest.fixture
def fixture() -> AggregateTestFixture[StateStoredAggregate]:
    return AggregateTestFixture(StateStoredAggregate)


def _message(expected: str) -> Any:
    def check(aggregate: StateStoredAggregate) -> None:
        assert aggregate.message == expected

    return check


def test_create_state_stored_aggregate(
    fixture: AggregateTestFixture[StateStoredAggregate],
) -> None:
    """FixtureTest_StateStorage.createStateStoredAggregate."""
    fixture.given_state(lambda: StateStoredAggregate.of(AGGREGATE_ID, "message")).when(
        SetMessageCommand(AGGREGATE_ID, "message2")
    ).expect_events(StubDomainEvent()).expect_state(_message("message2"))


def test_given_commands_for_state_stored_aggregate(
    fixture: AggregateTestFixture[StateStoredAggregate],
) -> None:
    """FixtureTest_StateStorage.givenCommandsForStateStoredAggregate."""
    fixture.use_state_storage().given_commands(InitializeCommand(AGGREGATE_ID, "message")).when(
        SetMessageCommand(AGGREGATE_ID, "message2")
    ).expect_events(StubDomainEvent()).expect_state(_message("message2"))


def test_create_state_stored_aggregate_with_command(
    fixture: AggregateTestFixture[StateStoredAggregate],
) -> None:
    """FixtureTest_StateStorage.createStateStoredAggregateWithCommand."""
    fixture.use_state_storage().given_no_prior_activity().when(
        InitializeCommand(AGGREGATE_ID, "message")
    ).expect_events(StubDomainEvent()).expect_state(_message("message"))


def test_emitted_events_from_expect_state_are_not_stored(
    fixture: AggregateTestFixture[StateStoredAggregate],
) -> None:
    """FixtureTest_StateStorage.emittedEventsFromExpectStateAreNotStored."""

    def apply_and_check(aggregate: StateStoredAggregate) -> None:
        aggregate.apply(StubDomainEvent())
        assert aggregate.message == "message2"

    fixture.given_state(lambda: StateStoredAggregate.of(AGGREGATE_ID, "message")).when(
        SetMessageCommand(AGGREGATE_ID, "message2")
    ).expect_events(StubDomainEvent()).expect_state(apply_and_check).expect_events(
        StubDomainEvent()
    ).expect_state(lambda aggregate: aggregate is not None)


def test_create_state_stored_aggregate_error_in_changes(
    fixture: AggregateTestFixture[StateStoredAggregate],
) -> None:
    """FixtureTest_StateStorage.createStateStoredAggregate_ErrorInChanges."""
    result = (
        fixture.given_state(lambda: StateStoredAggregate.of(AGGREGATE_ID, "message"))
        .when(ErrorCommand(AGGREGATE_ID, "message2"))
        .expect_exception(instance_of(Exception))
        .expect_no_events()
    )
    with pytest.raises(ExpectationFailed, match="never committed"):
        result.expect_state(_message("message2"))


def test_state_stored_aggregate_can_attach_registered_resource(
    fixture: AggregateTestFixture[StateStoredAggregate],
) -> None:
    """FixtureTest_StateStorage.stateStoredAggregateCanAttachRegisteredResource."""
    resource = HardToCreateResource()
    fixture.register_injectable_resource(resource).given_state(
        lambda: StateStoredAggregate.of(AGGREGATE_ID, "message")
    ).when(
        HandleWithResourceCommand(AGGREGATE_ID, "state stored resource injection works")
    ).expect_events(StubDomainEvent())
    assert resource.operations == ["state stored resource injection works"]


def test_given_with_state_storage_exception(
    fixture: AggregateTestFixture[StateStoredAggregate],
) -> None:
    """FixtureTest_StateStorage.givenWithStateStorageException."""
    fixture.use_state_storage()
    with pytest.raises(FixtureUsageError, match="state-stored aggregate has no events"):
        fixture.given(StubDomainEvent())


def test_given_with_event_list_and_state_storage_expect_exception(
    fixture: AggregateTestFixture[StateStoredAggregate],
) -> None:
    """FixtureTest_StateStorage.givenWithEventListAndStateStorageExpectException."""
    fixture.use_state_storage()
    with pytest.raises(FixtureUsageError):
        fixture.given([StubDomainEvent()])
