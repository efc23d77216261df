"""The sample domain of Axon's aggregate fixture tests (axon-test, package ``aggregate``).

``MyEvent``, ``TestCommand``, ``AnnotatedAggregate``, ``StandardAggregate`` and
``MyCommandHandler`` as Python would write them. The test classes are not collected by
pytest (``__test__ = False``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Annotated, Any, ClassVar

from castle_bdd import (
    Aggregate,
    CreationPolicy,
    TargetAggregateId,
    command_handler,
    event_sourcing_handler,
)
from castle_bdd.fixtures.event_bus import RecordingEventBus
from castle_bdd.fixtures.repository import AggregateRepository


@dataclass(frozen=True)
class MyEvent:
    aggregate_identifier: Any
    some_value: int | None
    some_bytes: bytes = b""


@dataclass(frozen=True)
class MyOtherEvent:
    pass


@dataclass(frozen=True)
class MyApplicationEvent:
    pass


@dataclass(frozen=True)
class MyAggregateDeletedEvent:
    with_illegal_state_change: bool


@dataclass(frozen=True)
class TestCommand:
    __test__: ClassVar[bool] = False
    aggregate_identifier: Annotated[Any, TargetAggregateId]


@dataclass(frozen=True)
class CreateAggregateCommand:
    aggregate_identifier: Annotated[Any, TargetAggregateId] = None
    should_publish_events: bool = True


@dataclass(frozen=True)
class DeleteCommand:
    aggregate_identifier: Annotated[Any, TargetAggregateId]
    as_illegal_change: bool


@dataclass(frozen=True)
class IllegalStateChangeCommand:
    aggregate_identifier: Annotated[Any, TargetAggregateId]
    new_illegal_value: int | None


@dataclass(frozen=True)
class StrangeCommand:
    aggregate_identifier: Annotated[Any, TargetAggregateId]


@dataclass(frozen=True)
class PublishEventCommand:
    aggregate_identifier: Annotated[Any, TargetAggregateId]


@dataclass
class MyEntity:
    pass


class StrangeCommandReceivedException(Exception):
    pass


@dataclass
class HardToCreateResource:
    operations: list[str] = field(default_factory=list)

    def difficult_operation(self, message: str) -> None:
        self.operations.append(message)


class AnnotatedAggregate(Aggregate):
    """Axon's ``AnnotatedAggregate``: command handlers on the aggregate."""

    def __init__(self) -> None:
        self.last_number: int | None = None
        self.id: Any = None
        self.entity: object | None = None

    @command_handler(creation_policy=CreationPolicy.ALWAYS)
    def create(
        self,
        command: CreateAggregateCommand,
        event_bus: RecordingEventBus,
        resource: HardToCreateResource,
    ) -> None:
        assert resource is not None and event_bus is not None
        if command.should_publish_events:
            identifier = command.aggregate_identifier or str(uuid.uuid4())
            self.apply(MyEvent(identifier, 0))

    @command_handler
    def delete(self, command: DeleteCommand) -> None:
        self.apply(MyAggregateDeletedEvent(command.as_illegal_change))
        if command.as_illegal_change:
            self.mark_deleted()

    @command_handler
    def do_something_illegal(self, command: IllegalStateChangeCommand) -> None:
        assert self.last_number is not None
        self.apply(MyEvent(command.aggregate_identifier, self.last_number + 1))
        self.last_number = command.new_illegal_value

    @command_handler
    def do_something(self, command: TestCommand) -> None:
        assert self.last_number is not None
        self.apply(MyEvent(command.aggregate_identifier, self.last_number + 1))

    @event_sourcing_handler
    def handle_my_event(self, event: MyEvent) -> None:
        identifier = event.aggregate_identifier
        self.id = None if identifier is None else str(identifier)
        self.last_number = event.some_value
        if self.entity is None:
            self.entity = MyEntity()

    @event_sourcing_handler
    def deleted(self, event: MyAggregateDeletedEvent) -> None:
        if not event.with_illegal_state_change:
            self.mark_deleted()


class StandardAggregate(Aggregate):
    """Axon's ``StandardAggregate``: plain methods, called by ``MyCommandHandler``."""

    def __init__(self) -> None:
        self.last_number: int | None = None
        self.id: Any = None

    @classmethod
    def starting_at(cls, initial_value: int, aggregate_identifier: Any) -> StandardAggregate:
        aggregate = cls()
        identifier = aggregate_identifier if aggregate_identifier is not None else uuid.uuid4()
        aggregate.apply(MyEvent(identifier, initial_value))
        return aggregate

    def delete(self, with_illegal_state_change: bool) -> None:
        self.apply(MyAggregateDeletedEvent(with_illegal_state_change))
        if with_illegal_state_change:
            self.mark_deleted()

    def do_something_illegal(self, new_illegal_value: int | None) -> None:
        assert self.last_number is not None
        self.apply(MyEvent(self.id, self.last_number + 1))
        self.last_number = new_illegal_value

    def do_something(self) -> None:
        assert self.last_number is not None
        self.apply(MyEvent(self.id, self.last_number + 1))

    @event_sourcing_handler
    def handle_my_event(self, event: MyEvent) -> None:
        self.id = str(event.aggregate_identifier)
        self.last_number = event.some_value

    @event_sourcing_handler
    def deleted(self, event: MyAggregateDeletedEvent) -> None:
        if not event.with_illegal_state_change:
            self.mark_deleted()


class MyCommandHandler:
    """Axon's ``MyCommandHandler``: loads ``StandardAggregate``s from the repository."""

    def __init__(
        self,
        repository: AggregateRepository | None = None,
        event_bus: RecordingEventBus | None = None,
    ) -> None:
        self.repository = repository
        self.event_bus = event_bus

    def _repository(self) -> AggregateRepository:
        assert self.repository is not None
        return self.repository

    @command_handler
    def create_aggregate(self, command: CreateAggregateCommand) -> None:
        identifier = command.aggregate_identifier
        self._repository().new(lambda: StandardAggregate.starting_at(0, identifier))

    @command_handler
    def handle_test_command(self, command: TestCommand) -> None:
        aggregate = self._repository().load(str(command.aggregate_identifier))
        assert isinstance(aggregate, StandardAggregate)
        aggregate.do_something()

    @command_handler
    def handle_strange_command(self, command: StrangeCommand) -> None:
        aggregate = self._repository().load(str(command.aggregate_identifier))
        assert isinstance(aggregate, StandardAggregate)
        aggregate.do_something()
        assert self.event_bus is not None
        self.event_bus.publish(MyApplicationEvent())
        raise StrangeCommandReceivedException("Strange command received")

    @command_handler
    def handle_event_publishing_command(self, command: PublishEventCommand) -> None:
        assert self.event_bus is not None
        self.event_bus.publish(MyApplicationEvent())

    @command_handler
    def handle_illegal_state_change(self, command: IllegalStateChangeCommand) -> None:
        aggregate = self._repository().load(str(command.aggregate_identifier))
        assert isinstance(aggregate, StandardAggregate)
        aggregate.do_something_illegal(command.new_illegal_value)

    @command_handler
    def handle_delete_aggregate(self, command: DeleteCommand) -> None:
        aggregate = self._repository().load(str(command.aggregate_identifier))
        assert isinstance(aggregate, StandardAggregate)
        aggregate.delete(command.as_illegal_change)
