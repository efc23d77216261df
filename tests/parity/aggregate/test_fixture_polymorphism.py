"""Axon's ``FixtureTest_Polymorphism``: a polymorphic aggregate (``with_subtypes``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

import pytest

from castle_bdd import (
    Aggregate,
    AggregateTestFixture,
    CreationPolicy,
    Message,
    TargetAggregateId,
    command_handler,
    event_sourcing_handler,
)
from castle_bdd.eventstore import EventStoreConflictError
from castle_bdd.fixtures.repository import AggregateRepository
from castle_bdd.matchers import predicate


@dataclass(frozen=True)
class CreateBCommand:
    id: Annotated[str, TargetAggregateId]


@dataclass(frozen=True)
class CreateCCommand:
    id: Annotated[str, TargetAggregateId]


@dataclass(frozen=True)
class CommonCommand:
    id: Annotated[str, TargetAggregateId]


@dataclass(frozen=True)
class CreateDCommand:
    id: Annotated[str, TargetAggregateId]


@dataclass(frozen=True)
class CreatedEvent:
    id: str


@dataclass(frozen=True)
class DCreatedEvent:
    id: str


class AggregateA(Aggregate):
    @event_sourcing_handler
    def on(self, event: CreatedEvent) -> None:
        self.id = event.id

    @command_handler
    def handle(self, command: CommonCommand) -> str:
        return type(self).__name__ + str(self.id)


class AggregateB(AggregateA):
    @command_handler(creation_policy=CreationPolicy.ALWAYS)
    def create(self, command: CreateBCommand) -> None:
        self.apply(CreatedEvent(command.id))


class AggregateC(AggregateA):
    @command_handler(creation_policy=CreationPolicy.ALWAYS)
    def create(self, command: CreateCCommand) -> None:
        self.apply(CreatedEvent(command.id))


@pytest.fixture
def fixture() -> AggregateTestFixture[AggregateA]:
    return AggregateTestFixture(AggregateA).with_subtypes(AggregateB, AggregateC)


@pytest.mark.parametrize(
    ("command_builder", "aggregate_type"),
    [(CreateBCommand, "AggregateB"), (CreateCCommand, "AggregateC")],
)
def test_creation_of_aggregate(
    fixture: AggregateTestFixture[AggregateA], command_builder: Any, aggregate_type: str
) -> None:
    """FixtureTest_Polymorphism.creationOfAggregate."""
    validator = fixture.given_no_prior_activity().when(command_builder("id"))
    validator.expect_events_matching(
        predicate(lambda events: len(events) == 1 and events[0].payload.id == "id")
    )
    assert type(validator.aggregate).__name__ == aggregate_type


@pytest.mark.parametrize("aggregate_type", ["AggregateB", "AggregateC"])
def test_common_command_on_aggregate(
    fixture: AggregateTestFixture[AggregateA], aggregate_type: str
) -> None:
    """FixtureTest_Polymorphism.commonCommandOnAggregate."""
    creational = Message(CreatedEvent("id"), aggregate_id="id", aggregate_type=aggregate_type)
    fixture.given(creational).when(CommonCommand("id")).expect_result_message_payload(
        aggregate_type + "id"
    )


class AggregateD(Aggregate):
    @command_handler(creation_policy=CreationPolicy.ALWAYS)
    def create(self, command: CreateDCommand, repository: AggregateRepository) -> None:
        self.apply(DCreatedEvent(command.id))
        repository.new(lambda: _created_b(command.id if command.id == "id" else "B-1"))

    @event_sourcing_handler
    def on(self, event: DCreatedEvent) -> None:
        self.id = event.id


def _created_b(id: str) -> AggregateB:
    created = AggregateB()
    created.apply(CreatedEvent(id))
    return created


def test_creating_new_polymorphic_aggregate() -> None:
    """FixtureTest_Polymorphism.creatingNewPolymorphicAggregate.

    A deliberate difference: the event store keeps one stream per aggregate id, as
    castlecraft's does, so a second aggregate with the same id conflicts.
    """
    AggregateTestFixture(AggregateD).given_no_prior_activity().when(
        CreateDCommand("id")
    ).expect_no_events().expect_exception(EventStoreConflictError)
    spawning = AggregateTestFixture(AggregateD).given_no_prior_activity()
    spawning.when(CreateDCommand("D-1")).expect_successful_handler_execution()
