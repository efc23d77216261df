"""Axon's ``FixtureRepositoryRegistrationTest``: the fixture's repository as a parameter."""

from __future__ import annotations

from typing import Any

from castle_bdd import (
    Aggregate,
    AggregateTestFixture,
    CreationPolicy,
    command_handler,
    event_sourcing_handler,
)
from castle_bdd.fixtures.repository import AggregateRepository


class CustomRepository:
    """A repository of one's own, as Axon's ``CustomRepository``."""


def test_fixtures_default_repository_can_be_wired_as_message_handling_parameter() -> None:
    """FixtureRepositoryRegistrationTest.fixturesDefaultRepositoryCanBeWiredAsMessageHandlingParameter."""

    class MyAggregate(Aggregate):
        @command_handler(creation_policy=CreationPolicy.ALWAYS)
        def create(self, command: str, repository: AggregateRepository) -> None:
            self.apply(command + "_" + type(repository).__name__)

        @event_sourcing_handler
        def on(self, event: str) -> None:
            self.id: Any = event

    AggregateTestFixture(MyAggregate).given_no_prior_activity().when("some-command").expect_events(
        "some-command_AggregateRepository"
    )


def test_custom_repository_can_be_wired_as_message_handling_parameter() -> None:
    """FixtureRepositoryRegistrationTest.customRepositoryCanBeWiredAsMessageHandlingParameter

    No repository of one's own is registered (see "Differences from Axon"): an object of
    one's own, registered as a resource, reaches a handler parameter of its type, while a
    parameter named ``repository`` still gets the fixture's.
    """

    class MyAggregate(Aggregate):
        @command_handler(creation_policy=CreationPolicy.ALWAYS)
        def create(
            self, command: str, custom: CustomRepository, repository: AggregateRepository
        ) -> None:
            self.apply(f"{command}_{type(custom).__name__}_{type(repository).__name__}")

        @event_sourcing_handler
        def on(self, event: str) -> None:
            self.id: Any = event

    fixture = AggregateTestFixture(MyAggregate).register_injectable_resource(CustomRepository())
    fixture.given_no_prior_activity().when("some-command").expect_events(
        "some-command_CustomRepository_AggregateRepository"
    )
