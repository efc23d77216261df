"""Axon's ``FixtureTest_SpawningNewAggregate``: a handler makes another aggregate."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from castle_bdd import (
    Aggregate,
    AggregateTestFixture,
    CreationPolicy,
    command_handler,
    event_sourcing_handler,
)
from castle_bdd.fixtures.repository import AggregateRepository


@dataclass(frozen=True)
class CreateAggregate1Command:
    id: str
    aggregate2_id: str
    require_resource: bool


@dataclass(frozen=True)
class Aggregate1CreatedEvent:
    id: str


@dataclass(frozen=True)
class Aggregate2CreatedEvent:
    id: str


@dataclass(frozen=True)
class Aggregate2CreatedWithResourceEvent:
    id: str


class Resource:
    pass


class Aggregate2(Aggregate):
    @classmethod
    def created(cls, id: str, require_resource: bool) -> Aggregate2:
        aggregate = cls()
        if require_resource:
            aggregate.apply(Aggregate2CreatedWithResourceEvent(id))
        else:
            aggregate.apply(Aggregate2CreatedEvent(id))
        return aggregate

    @event_sourcing_handler
    def on(self, event: Aggregate2CreatedEvent) -> None:
        self.id = event.id

    @event_sourcing_handler
    def on_with_resource(
        self, event: Aggregate2CreatedWithResourceEvent, resource: Resource
    ) -> None:
        assert isinstance(resource, Resource)
        self.id = event.id


class Aggregate1(Aggregate):
    @command_handler(creation_policy=CreationPolicy.ALWAYS)
    def create(self, command: CreateAggregate1Command, repository: AggregateRepository) -> None:
        self.apply(Aggregate1CreatedEvent(command.id))
        repository.new(lambda: Aggregate2.created(command.aggregate2_id, command.require_resource))

    @event_sourcing_handler
    def on(self, event: Aggregate1CreatedEvent) -> None:
        self.id = event.id


@pytest.fixture
def fixture() -> AggregateTestFixture[Aggregate1]:
    return AggregateTestFixture(Aggregate1)


def test_fixture_without_repository_provider_injected(
    fixture: AggregateTestFixture[Aggregate1],
) -> None:
    """FixtureTest_SpawningNewAggregate.fixtureWithoutRepositoryProviderInjected."""
    fixture.given_no_prior_activity().when(
        CreateAggregate1Command("id", "aggregate2Id", False)
    ).expect_events(
        Aggregate2CreatedEvent("aggregate2Id"), Aggregate1CreatedEvent("id")
    ).expect_successful_handler_execution()


def test_fixture_should_resolve_resources_in_spawned_aggregates(
    fixture: AggregateTestFixture[Aggregate1],
) -> None:
    """FixtureTest_SpawningNewAggregate.fixtureShouldResolveResourcesInSpawnedAggregates."""
    fixture.register_injectable_resource(Resource())
    fixture.given_no_prior_activity().when(
        CreateAggregate1Command("id", "aggregate2Id", True)
    ).expect_events(
        Aggregate2CreatedWithResourceEvent("aggregate2Id"), Aggregate1CreatedEvent("id")
    ).expect_successful_handler_execution()


def test_fixture_with_repository_provider_injected(
    fixture: AggregateTestFixture[Aggregate1],
) -> None:
    """FixtureTest_SpawningNewAggregate.fixtureWithRepositoryProviderInjected.

    No repository provider is registered (see "Differences from Axon"): the fixture's
    repository, handed to the handler, makes and stores the spawned aggregate, as the
    provider's repository does in Axon's case.
    """
    validator = fixture.given_no_prior_activity().when(
        CreateAggregate1Command("id", "aggregate2Id", False)
    )
    validator.expect_events(Aggregate2CreatedEvent("aggregate2Id"), Aggregate1CreatedEvent("id"))
    validator.expect_stored_events(
        Aggregate2CreatedEvent("aggregate2Id"), Aggregate1CreatedEvent("id")
    ).expect_successful_handler_execution()
    assert [message.aggregate_id for message in validator.events] == ["aggregate2Id", "id"]
