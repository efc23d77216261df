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
class CreatedEvent:
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
