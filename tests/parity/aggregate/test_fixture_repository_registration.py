"""Axon's ``FixtureRepositoryRegistrationTest``: the fixture's repository as a parameter.

castle-bdd registers no repository, repository provider, parameter resolver factory,
handler definition or handler enhancer (see "Differences from Axon"), so Axon's cases
that refuse those after the repository was registered or retrieved become: after an
object of one's own stands for the repository, or after ``fixture.repository`` was read,
the counterparts (a resource, a command handler interceptor) can still be registered and
take effect, and handlers are still handed the fixture's repository.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

import pytest

from castle_bdd import (
    Aggregate,
    AggregateTestFixture,
    CreationPolicy,
    command_handler,
    event_sourcing_handler,
)
from castle_bdd.domain.messages import Message
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


class Stamp:
    """A resource of one's own: what Axon's ``TimestampParameterResolverFactory`` resolves."""


class RepositoryAggregate(Aggregate):
    @command_handler(creation_policy=CreationPolicy.ALWAYS)
    def create(self, command: str, repository: AggregateRepository) -> None:
        HANDED.append(repository)
        self.apply(command)

    @event_sourcing_handler
    def on(self, event: str) -> None:
        self.id: Any = event


class StampingAggregate(Aggregate):
    @command_handler(creation_policy=CreationPolicy.ALWAYS)
    def create(self, command: str, stamp: Stamp) -> None:
        self.apply(f"{command}_{type(stamp).__name__}")

    @event_sourcing_handler
    def on(self, event: str) -> None:
        self.id: Any = event


HANDED: list[AggregateRepository] = []
After = Literal["registering", "retrieving"]
AFTER: list[After] = ["registering", "retrieving"]


def _after_the_repository(fixture: AggregateTestFixture[Any], after: After) -> None:
    if after == "registering":
        fixture.register_injectable_resource(CustomRepository())
    else:
        assert isinstance(fixture.repository, AggregateRepository)


def _reached_by(reached: list[Message]) -> Callable[[Message, Callable[[], Any]], Any]:
    def interceptor(message: Message, proceed: Callable[[], Any]) -> Any:
        reached.append(message)
        return proceed()

    return interceptor


@pytest.mark.parametrize("after", AFTER)
def test_repository_provider_after_the_repository(after: After) -> None:
    """FixtureRepositoryRegistrationTest.registeringTheRepositoryProviderThrowsFixtureExecutionExceptionAfterRegisteringTheRepository
    FixtureRepositoryRegistrationTest.registeringTheRepositoryProviderThrowsFixtureExecutionExceptionAfterRetrievingTheRepository

    No repository provider is registered: whatever else was registered, the handler is
    handed the fixture's repository.
    """
    HANDED.clear()
    fixture = AggregateTestFixture(RepositoryAggregate)
    _after_the_repository(fixture, after)
    fixture.given_no_prior_activity().when("some-command").expect_events("some-command")
    assert len(HANDED) == 1
    assert isinstance(HANDED[0], AggregateRepository)


@pytest.mark.parametrize("after", AFTER)
def test_parameter_resolvers_after_the_repository(after: After) -> None:
    """FixtureRepositoryRegistrationTest.registeringParameterResolversThrowsFixtureExecutionExceptionAfterRegisteringTheRepository
    FixtureRepositoryRegistrationTest.registeringParameterResolversThrowsFixtureExecutionExceptionAfterRetrievingTheRepository

    A resource resolves the parameter a parameter resolver factory would; registered after
    the repository, it still reaches the handler.
    """
    fixture = AggregateTestFixture(StampingAggregate)
    _after_the_repository(fixture, after)
    fixture.register_injectable_resource(Stamp())
    fixture.given_no_prior_activity().when("some-command").expect_events("some-command_Stamp")


@pytest.mark.parametrize("after", AFTER)
def test_handler_definition_after_the_repository(after: After) -> None:
    """FixtureRepositoryRegistrationTest.registeringHandlerDefinitionThrowsFixtureExecutionExceptionAfterRegisteringTheRepository
    FixtureRepositoryRegistrationTest.registeringHandlerDefinitionThrowsFixtureExecutionExceptionAfterRetrievingTheRepository

    A command handler interceptor does what a handler definition is used for in tests;
    registered after the repository, it still sees the command.
    """
    reached: list[Message] = []
    fixture = AggregateTestFixture(RepositoryAggregate)
    _after_the_repository(fixture, after)
    fixture.register_command_handler_interceptor(_reached_by(reached))
    fixture.given_no_prior_activity().when("some-command").expect_events("some-command")
    assert [message.payload for message in reached] == ["some-command"]


@pytest.mark.parametrize("after", AFTER)
def test_handler_enhancers_after_the_repository(after: After) -> None:
    """FixtureRepositoryRegistrationTest.registeringHandlerEnhancersThrowsFixtureExecutionExceptionAfterRegisteringTheRepository
    FixtureRepositoryRegistrationTest.registeringHandlerEnhancersThrowsFixtureExecutionExceptionAfterRetrievingTheRepository

    A command handler interceptor wraps the handler as a handler enhancer would; registered
    after the repository, it still wraps it, and the handler's outcome passes through.
    """
    reached: list[Message] = []
    fixture = AggregateTestFixture(RepositoryAggregate)
    _after_the_repository(fixture, after)
    fixture.register_command_handler_interceptor(_reached_by(reached))
    fixture.given_no_prior_activity().when("some-command").expect_events(
        "some-command"
    ).expect_successful_handler_execution()
    assert len(reached) == 1
