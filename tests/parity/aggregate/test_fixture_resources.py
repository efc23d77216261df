"""Axon's ``FixtureTest_Resources``: resources in command and event-sourcing handlers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest

from castle_bdd import (
    Aggregate,
    AggregateTestFixture,
    CreationPolicy,
    command_handler,
    event_sourcing_handler,
)
from tests.parity.aggregate.axon_samples import CreateAggregateCommand, MyEvent, TestCommand


@dataclass
class Executor:
    """Stands in for the mocked ``java.util.concurrent.Executor``: records, runs nothing."""

    submitted: list[Callable[[], Any]] = field(default_factory=list)

    def execute(self, task: Callable[[], Any]) -> None:
        self.submitted.append(task)


def _never() -> None:
    raise AssertionError("Should not really be executed")


class AggregateWithResources(Aggregate):
    @command_handler(creation_policy=CreationPolicy.ALWAYS)
    def create(self, command: CreateAggregateCommand, resource: Executor) -> None:
        self.apply(MyEvent(command.aggregate_identifier, 1))
        resource.execute(_never)

    @command_handler
    def handle_command(self, command: TestCommand, resource: Executor) -> Executor:
        resource.execute(_never)
        return resource

    @event_sourcing_handler
    def handle(self, event: MyEvent, resource: Executor) -> None:
        assert resource is not None
        self.id = str(event.aggregate_identifier)


@pytest.fixture
def fixture() -> AggregateTestFixture[AggregateWithResources]:
    return AggregateTestFixture(AggregateWithResources)


def _constructor_part(fixture: AggregateTestFixture[AggregateWithResources]) -> None:
    resource = Executor()
    fixture.register_injectable_resource(resource).given().when(
        CreateAggregateCommand("id")
    ).expect_successful_handler_execution()
    assert resource.submitted == [_never]


def _method_part(fixture: AggregateTestFixture[AggregateWithResources]) -> None:
    resource = Executor()
    fixture.register_injectable_resource(resource).given(MyEvent("id", 1)).when(
        TestCommand("id")
    ).expect_result(resource)
    assert resource.submitted == [_never]


def test_resources_are_scoped_to_single_test_constructor_part_one(
    fixture: AggregateTestFixture[AggregateWithResources],
) -> None:
    """FixtureTest_Resources.resourcesAreScopedToSingleTest_ConstructorPartOne."""
    _constructor_part(fixture)


def test_resources_are_scoped_to_single_test_constructor_part_two(
    fixture: AggregateTestFixture[AggregateWithResources],
) -> None:
    """FixtureTest_Resources.resourcesAreScopedToSingleTest_ConstructorPartTwo."""
    _constructor_part(fixture)


def test_resources_are_scoped_to_single_test_method_part_one(
    fixture: AggregateTestFixture[AggregateWithResources],
) -> None:
    """FixtureTest_Resources.resourcesAreScopedToSingleTest_MethodPartOne."""
    _method_part(fixture)


def test_resources_are_scoped_to_single_test_method_part_two(
    fixture: AggregateTestFixture[AggregateWithResources],
) -> None:
    """FixtureTest_Resources.resourcesAreScopedToSingleTest_MethodPartTwo."""
    _method_part(fixture)


def test_the_last_registered_resource_of_a_class_wins(
    fixture: AggregateTestFixture[AggregateWithResources],
) -> None:
    """The last registered resource of a class is the one injected, as in Axon."""
    first, second = Executor(), Executor()
    fixture.register_injectable_resource(first).register_injectable_resource(second)
    fixture.given(MyEvent("id", 1)).when(TestCommand("id")).expect_result(second)
    assert first.submitted == [] and second.submitted == [_never]
