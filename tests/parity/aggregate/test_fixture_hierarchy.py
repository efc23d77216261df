"""Axon's ``FixtureTest_Hierarchy``: an aggregate hierarchy with members at each level."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

import pytest

from castle_bdd import (
    Aggregate,
    AggregateMember,
    AggregateTestFixture,
    CreationPolicy,
    apply,
    command_handler,
    event_sourcing_handler,
)

AGGREGATE_IDENTIFIER = "123"


@dataclass(frozen=True)
class CreateAggregateCommand:
    aggregate_identifier: str


@dataclass(frozen=True)
class AggregateCreatedEvent:
    aggregate_identifier: str


@dataclass(frozen=True)
class UpdateAggregateCommand:
    aggregate_identifier: str
    some_state: str


@dataclass(frozen=True)
class AggregateUpdatedEvent:
    aggregate_identifier: str
    some_state: str


@dataclass(frozen=True)
class CreateFirstLevelAggregateMemberCommand:
    aggregate_identifier: str


@dataclass(frozen=True)
class FirstLevelAggregateMemberCreatedEvent:
    aggregate_identifier: str


@dataclass(frozen=True)
class UpdateFirstLevelAggregateMemberCommand:
    aggregate_identifier: str


@dataclass(frozen=True)
class FirstLevelAggregateMemberUpdatedEvent:
    aggregate_identifier: str


@dataclass(frozen=True)
class CreateSecondLevelAggregateMemberCommand:
    aggregate_identifier: str


@dataclass(frozen=True)
class SecondLevelAggregateMemberCreatedEvent:
    aggregate_identifier: str


@dataclass(frozen=True)
class UpdateSecondLevelAggregateMemberCommand:
    aggregate_identifier: str


@dataclass(frozen=True)
class SecondLevelAggregateMemberUpdatedEvent:
    aggregate_identifier: str


@dataclass
class FirstLevelAggregateMember:
    @command_handler
    def handle(self, command: UpdateFirstLevelAggregateMemberCommand) -> None:
        apply(FirstLevelAggregateMemberUpdatedEvent(command.aggregate_identifier))


@dataclass
class SecondLevelAggregateMember:
    @command_handler
    def handle(self, command: UpdateSecondLevelAggregateMemberCommand) -> None:
        apply(SecondLevelAggregateMemberUpdatedEvent(command.aggregate_identifier))


class RootAggregate(Aggregate):
    def __init__(self) -> None:
        self.id: Any = None
        self.some_state: str | None = None

    @command_handler
    def handle(self, command: UpdateAggregateCommand) -> None:
        raise NotImplementedError

    @event_sourcing_handler
    def on_created(self, event: AggregateCreatedEvent) -> None:
        self.id = event.aggregate_identifier

    @event_sourcing_handler
    def on_updated(self, event: AggregateUpdatedEvent) -> None:
        self.some_state = event.some_state


class FirstLevelAggregate(RootAggregate):
    first_member: Annotated[FirstLevelAggregateMember | None, AggregateMember()] = None

    @command_handler
    def create_first(self, command: CreateFirstLevelAggregateMemberCommand) -> None:
        self.apply(FirstLevelAggregateMemberCreatedEvent(command.aggregate_identifier))

    @event_sourcing_handler
    def on_first_created(self, event: FirstLevelAggregateMemberCreatedEvent) -> None:
        self.first_member = FirstLevelAggregateMember()


class SecondLevelAggregate(FirstLevelAggregate):
    second_member: Annotated[SecondLevelAggregateMember | None, AggregateMember()] = None

    @command_handler
    def create_second(self, command: CreateSecondLevelAggregateMemberCommand) -> None:
        self.apply(SecondLevelAggregateMemberCreatedEvent(command.aggregate_identifier))

    @event_sourcing_handler
    def on_second_created(self, event: SecondLevelAggregateMemberCreatedEvent) -> None:
        self.second_member = SecondLevelAggregateMember()


class TopAggregate(SecondLevelAggregate):
    @command_handler(creation_policy=CreationPolicy.ALWAYS)
    def create(self, command: CreateAggregateCommand) -> None:
        self.apply(AggregateCreatedEvent(command.aggregate_identifier))

    def handle(self, command: UpdateAggregateCommand) -> None:  # overrides, undecorated
        self.apply(AggregateUpdatedEvent(command.aggregate_identifier, command.some_state))


@pytest.fixture
def fixture() -> AggregateTestFixture[TopAggregate]:
    return AggregateTestFixture(TopAggregate)


def test_creating_aggregate_with_hierarchy(fixture: AggregateTestFixture[TopAggregate]) -> None:
    """FixtureTest_Hierarchy.creatingAggregateWithHierarchy."""
    fixture.given_no_prior_activity().when(
        CreateAggregateCommand(AGGREGATE_IDENTIFIER)
    ).expect_events(AggregateCreatedEvent(AGGREGATE_IDENTIFIER))


def test_update_aggregate_with_hierarchy(fixture: AggregateTestFixture[TopAggregate]) -> None:
    """FixtureTest_Hierarchy.updateAggregateWithHierarchy."""
    fixture.given(AggregateCreatedEvent(AGGREGATE_IDENTIFIER)).when(
        UpdateAggregateCommand(AGGREGATE_IDENTIFIER, "some state")
    ).expect_events(AggregateUpdatedEvent(AGGREGATE_IDENTIFIER, "some state"))


def test_create_first_level_aggregate_member_within_hierarchy(
    fixture: AggregateTestFixture[TopAggregate],
) -> None:
    """FixtureTest_Hierarchy.createFirstLevelAggregateMemberWithinHierarchy."""
    fixture.given(AggregateCreatedEvent(AGGREGATE_IDENTIFIER)).when(
        CreateFirstLevelAggregateMemberCommand(AGGREGATE_IDENTIFIER)
    ).expect_events(FirstLevelAggregateMemberCreatedEvent(AGGREGATE_IDENTIFIER))


def test_create_second_level_aggregate_member_within_hierarchy(
    fixture: AggregateTestFixture[TopAggregate],
) -> None:
    """FixtureTest_Hierarchy.createSecondLevelAggregateMemberWithinHierarchy."""
    fixture.given(AggregateCreatedEvent(AGGREGATE_IDENTIFIER)).when(
        CreateSecondLevelAggregateMemberCommand(AGGREGATE_IDENTIFIER)
    ).expect_events(SecondLevelAggregateMemberCreatedEvent(AGGREGATE_IDENTIFIER))


def test_handling_commands_on_first_level_aggregate_member_within_hierarchy(
    fixture: AggregateTestFixture[TopAggregate],
) -> None:
    """FixtureTest_Hierarchy.handlingCommandsOnFirstLevelAggregateMemberWithinHierarchy."""
    fixture.given(
        AggregateCreatedEvent(AGGREGATE_IDENTIFIER),
        FirstLevelAggregateMemberCreatedEvent(AGGREGATE_IDENTIFIER),
    ).when(UpdateFirstLevelAggregateMemberCommand(AGGREGATE_IDENTIFIER)).expect_events(
        FirstLevelAggregateMemberUpdatedEvent(AGGREGATE_IDENTIFIER)
    )


def test_handling_commands_on_second_level_aggregate_member_within_hierarchy(
    fixture: AggregateTestFixture[TopAggregate],
) -> None:
    """FixtureTest_Hierarchy.handlingCommandsOnSecondLevelAggregateMemberWithinHierarchy."""
    fixture.given(
        AggregateCreatedEvent(AGGREGATE_IDENTIFIER),
        SecondLevelAggregateMemberCreatedEvent(AGGREGATE_IDENTIFIER),
    ).when(UpdateSecondLevelAggregateMemberCommand(AGGREGATE_IDENTIFIER)).expect_events(
        SecondLevelAggregateMemberUpdatedEvent(AGGREGATE_IDENTIFIER)
    )
