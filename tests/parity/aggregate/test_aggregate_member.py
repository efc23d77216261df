"""Axon's ``AbstractAggregateMemberTest`` (integration tests), case by case.

Two member collections hold entities of two classes, both handling the same command;
the command's routing field (``person_id``) picks the one entity that handles it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

import pytest

from castle_bdd import (
    Aggregate,
    AggregateMember,
    AggregateTestFixture,
    apply,
    command_handler,
    event_sourcing_handler,
)
from castle_bdd.domain import AggregateEntityNotFoundError, CreationPolicy

FACTORY_ID = "factoryId"


@dataclass(frozen=True)
class CreateFactoryCommand:
    factory_id: str


@dataclass(frozen=True)
class CreateTaskCommand:
    factory_id: str
    person_id: str


@dataclass(frozen=True)
class FactoryCreatedEvent:
    factory_id: str


@dataclass(frozen=True)
class EmployeeTaskCreatedEvent:
    factory_id: str
    person_id: str


@dataclass(frozen=True)
class ManagerTaskCreatedEvent:
    factory_id: str
    person_id: str


class Person:
    def __init__(self, person_id: str) -> None:
        self.person_id = person_id


class Employee(Person):
    @command_handler
    def handle(self, command: CreateTaskCommand) -> None:
        apply(EmployeeTaskCreatedEvent(command.factory_id, command.person_id))

    @event_sourcing_handler
    def on(self, event: EmployeeTaskCreatedEvent) -> None:
        pass


class Manager(Person):
    @command_handler
    def handle(self, command: CreateTaskCommand) -> None:
        apply(ManagerTaskCreatedEvent(command.factory_id, command.person_id))

    @event_sourcing_handler
    def on(self, event: ManagerTaskCreatedEvent) -> None:
        pass


class FactoryAggregate(Aggregate):
    employees: Annotated[list[Employee], AggregateMember(routing_key="person_id")]
    managers: Annotated[list[Manager], AggregateMember(routing_key="person_id")]

    def __init__(self) -> None:
        self.factory_id = ""
        self.employees = []
        self.managers = []

    @command_handler(creation_policy=CreationPolicy.ALWAYS)
    def create(self, command: CreateFactoryCommand) -> None:
        self.apply(FactoryCreatedEvent(command.factory_id))

    @event_sourcing_handler
    def on(self, event: FactoryCreatedEvent) -> None:
        self.id = self.factory_id = event.factory_id
        self.employees.append(Employee("employeeId"))
        self.managers.append(Manager("managerId"))


@pytest.fixture
def fixture() -> AggregateTestFixture[FactoryAggregate]:
    return AggregateTestFixture(FactoryAggregate)


def test_initializing_factory_aggregate_should_be_able_to_initialize(
    fixture: AggregateTestFixture[FactoryAggregate],
) -> None:
    """AbstractAggregateMemberTest.initializingFactoryAggregate_ShouldBeAbleToInitialize"""
    fixture.given_no_prior_activity().when(CreateFactoryCommand(FACTORY_ID)).expect_events(
        FactoryCreatedEvent(FACTORY_ID)
    )


def test_forwarding_command_to_member_with_same_type_should_reach_employee(
    fixture: AggregateTestFixture[FactoryAggregate],
) -> None:
    """AbstractAggregateMemberTest.forwardingCommandToAggregateMemberWithTheSameGenericType_ShouldForwardCommandToEmployeeAggregate"""
    fixture.given_commands(CreateFactoryCommand(FACTORY_ID)).when(
        CreateTaskCommand(FACTORY_ID, "employeeId")
    ).expect_events(EmployeeTaskCreatedEvent(FACTORY_ID, "employeeId"))


def test_forwarding_command_to_member_with_same_type_should_reach_manager(
    fixture: AggregateTestFixture[FactoryAggregate],
) -> None:
    """AbstractAggregateMemberTest.forwardingCommandToAggregateMemberWithTheSameGenericType_ShouldForwardCommandToManagerAggregate"""
    fixture.given_commands(CreateFactoryCommand(FACTORY_ID)).when(
        CreateTaskCommand(FACTORY_ID, "managerId")
    ).expect_events(ManagerTaskCreatedEvent(FACTORY_ID, "managerId"))


def test_send_command_to_none_exist_entity_should_throw_aggregate_entity_not_found(
    fixture: AggregateTestFixture[FactoryAggregate],
) -> None:
    """AbstractAggregateMemberTest.sendCommandToNoneExistEntity_ShouldThrowAggregateEntityNotFoundException"""
    fixture.given_commands(CreateFactoryCommand(FACTORY_ID)).when(
        CreateTaskCommand(FACTORY_ID, "none-exist-id")
    ).expect_exception(AggregateEntityNotFoundError)
