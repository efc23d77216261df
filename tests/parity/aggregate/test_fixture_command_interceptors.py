"""Axon's ``FixtureTest_CommandInterceptors``: dispatch, handler and aggregate interceptors."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Annotated, Any

import pytest

from castle_bdd import (
    Aggregate,
    AggregateMember,
    AggregateTestFixture,
    CreationPolicy,
    Message,
    TargetAggregateId,
    apply,
    command_handler,
    command_handler_interceptor,
    event_sourcing_handler,
)
from castle_bdd.domain import AggregateEntityNotFoundError

AGGREGATE_IDENTIFIER = "id1"
DISPATCH = {"dispatchKey": "dispatchValue"}
HANDLER = {"handlerKey": "handlerValue"}


@dataclass(frozen=True)
class CreateStandardAggregateCommand:
    aggregate_identifier: Annotated[Any, TargetAggregateId]


@dataclass(frozen=True)
class TestCommand:
    __test__ = False
    aggregate_identifier: Annotated[Any, TargetAggregateId]


@dataclass(frozen=True)
class DoWithEntityCommand:
    aggregate_identifier: Annotated[Any, TargetAggregateId]


@dataclass(frozen=True)
class StandardAggregateCreatedEvent:
    aggregate_identifier: Any


@dataclass(frozen=True)
class TestEvent:
    __test__ = False
    aggregate_identifier: Any
    values: Mapping[str, Any]


@dataclass(frozen=True)
class DoneWithEntityEvent:
    aggregate_identifier: Any


class InterceptorAggregate(Aggregate):
    def __init__(self) -> None:
        self.id: Any = None
        self.entity: object | None = None

    @command_handler(creation_policy=CreationPolicy.ALWAYS)
    def create(self, command: CreateStandardAggregateCommand) -> None:
        self.apply(StandardAggregateCreatedEvent(command.aggregate_identifier))

    @command_handler_interceptor
    def intercept(self, command: DoWithEntityCommand, proceed: Callable[[], Any]) -> Any:
        if self.entity is None:
            return "invoked-without-entity"
        return proceed()

    @command_handler
    def do_with_entity(self, command: DoWithEntityCommand) -> None:
        self.apply(DoneWithEntityEvent(command.aggregate_identifier))

    @command_handler
    def handle(self, command: TestCommand, metadata: Mapping[str, Any]) -> None:
        self.apply(TestEvent(command.aggregate_identifier, metadata))

    @event_sourcing_handler
    def on_created(self, event: StandardAggregateCreatedEvent) -> None:
        self.id = str(event.aggregate_identifier)


def add_dispatch_metadata(message: Message) -> Message:
    return Message(message.payload, {**message.metadata, **DISPATCH})


def proceeding(message: Message, proceed: Callable[[], Any]) -> Any:
    return proceed()


@pytest.fixture
def fixture() -> AggregateTestFixture[InterceptorAggregate]:
    return AggregateTestFixture(InterceptorAggregate)


def test_registered_command_dispatch_interceptors_are_invoked(
    fixture: AggregateTestFixture[InterceptorAggregate],
) -> None:
    """FixtureTest_CommandInterceptors.registeredCommandDispatchInterceptorsAreInvoked."""
    first: list[Message] = []
    second: list[Message] = []
    fixture.register_command_dispatch_interceptor(lambda m: first.append(m) or m)  # type: ignore[func-returns-value]
    fixture.register_command_dispatch_interceptor(lambda m: second.append(m) or m)  # type: ignore[func-returns-value]
    expected = TestCommand(AGGREGATE_IDENTIFIER)
    fixture.given(StandardAggregateCreatedEvent(AGGREGATE_IDENTIFIER)).when(expected)
    assert [m.payload for m in first] == [expected]
    assert [m.payload for m in second] == [expected]


def test_registered_command_dispatch_interceptor_is_invoked_and_alters_applied_event(
    fixture: AggregateTestFixture[InterceptorAggregate],
) -> None:
    """FixtureTest_CommandInterceptors.registeredCommandDispatchInterceptorIsInvokedAndAltersAppliedEvent."""
    fixture.given(StandardAggregateCreatedEvent(AGGREGATE_IDENTIFIER)).when(
        TestCommand(AGGREGATE_IDENTIFIER)
    ).expect_events(TestEvent(AGGREGATE_IDENTIFIER, {}))
    fixture.register_command_dispatch_interceptor(add_dispatch_metadata)
    fixture.given(StandardAggregateCreatedEvent(AGGREGATE_IDENTIFIER)).when(
        TestCommand(AGGREGATE_IDENTIFIER)
    ).expect_events(TestEvent(AGGREGATE_IDENTIFIER, DISPATCH))


def test_registered_command_dispatch_interceptor_is_invoked_for_fixture_methods_given_commands(
    fixture: AggregateTestFixture[InterceptorAggregate],
) -> None:
    """FixtureTest_CommandInterceptors.registeredCommandDispatchInterceptorIsInvokedForFixtureMethodsGivenCommands."""
    fixture.register_command_dispatch_interceptor(add_dispatch_metadata)
    fixture.given_commands(CreateStandardAggregateCommand(AGGREGATE_IDENTIFIER)).when(
        TestCommand(AGGREGATE_IDENTIFIER)
    ).expect_events(TestEvent(AGGREGATE_IDENTIFIER, DISPATCH))


def test_registered_command_handler_interceptors_are_invoked(
    fixture: AggregateTestFixture[InterceptorAggregate],
) -> None:
    """FixtureTest_CommandInterceptors.registeredCommandHandlerInterceptorsAreInvoked."""
    seen: list[Message] = []

    def recording(message: Message, proceed: Callable[[], Any]) -> Any:
        seen.append(message)
        return None  # as Axon's mock: answers without proceeding

    fixture.register_command_handler_interceptor(proceeding)
    fixture.register_command_handler_interceptor(recording)
    expected = TestCommand(AGGREGATE_IDENTIFIER)
    fixture.given(StandardAggregateCreatedEvent(AGGREGATE_IDENTIFIER)).when(
        expected, HANDLER
    ).expect_no_events()
    assert [(m.payload, dict(m.metadata)) for m in seen] == [(expected, HANDLER)]


def test_registered_command_handler_interceptor_is_invoked_and_alters_event(
    fixture: AggregateTestFixture[InterceptorAggregate],
) -> None:
    """FixtureTest_CommandInterceptors.registeredCommandHandlerInterceptorIsInvokedAndAltersEvent."""
    fixture.given(StandardAggregateCreatedEvent(AGGREGATE_IDENTIFIER)).when(
        TestCommand(AGGREGATE_IDENTIFIER)
    ).expect_events(TestEvent(AGGREGATE_IDENTIFIER, {}))
    fixture.register_command_handler_interceptor(proceeding)
    fixture.given(StandardAggregateCreatedEvent(AGGREGATE_IDENTIFIER)).when(
        TestCommand(AGGREGATE_IDENTIFIER), HANDLER
    ).expect_events(TestEvent(AGGREGATE_IDENTIFIER, HANDLER))


def test_registered_command_handler_interceptor_is_invoked_for_fixture_methods_given_commands(
    fixture: AggregateTestFixture[InterceptorAggregate],
) -> None:
    """FixtureTest_CommandInterceptors.registeredCommandHandlerInterceptorIsInvokedForFixtureMethodsGivenCommands."""
    fixture.register_command_handler_interceptor(proceeding)
    fixture.given_commands(CreateStandardAggregateCommand(AGGREGATE_IDENTIFIER)).when(
        TestCommand(AGGREGATE_IDENTIFIER), HANDLER
    ).expect_events(TestEvent(AGGREGATE_IDENTIFIER, HANDLER))


def test_registered_command_dispatch_and_handler_interceptor_are_both_invoked_and_alter_event(
    fixture: AggregateTestFixture[InterceptorAggregate],
) -> None:
    """FixtureTest_CommandInterceptors.registeredCommandDispatchAndHandlerInterceptorAreBothInvokedAndAlterEvent."""
    fixture.given(StandardAggregateCreatedEvent(AGGREGATE_IDENTIFIER)).when(
        TestCommand(AGGREGATE_IDENTIFIER)
    ).expect_events(TestEvent(AGGREGATE_IDENTIFIER, {}))
    fixture.register_command_dispatch_interceptor(add_dispatch_metadata)
    fixture.register_command_handler_interceptor(proceeding)
    fixture.given(StandardAggregateCreatedEvent(AGGREGATE_IDENTIFIER)).when(
        TestCommand(AGGREGATE_IDENTIFIER), HANDLER
    ).expect_events(TestEvent(AGGREGATE_IDENTIFIER, {**HANDLER, **DISPATCH}))


def test_registered_handler_interceptor_is_invoked_once_on_given_commands_test_execution(
    fixture: AggregateTestFixture[InterceptorAggregate],
) -> None:
    """FixtureTest_CommandInterceptors.registeredHandlerInterceptorIsInvokedOnceOnGivenCommandsTestExecution."""
    invocations: list[Message] = []

    def counting(message: Message, proceed: Callable[[], Any]) -> Any:
        invocations.append(message)
        proceed()
        return None

    fixture.register_command_handler_interceptor(counting)
    fixture.given_commands(CreateStandardAggregateCommand(AGGREGATE_IDENTIFIER)).when(
        TestCommand(AGGREGATE_IDENTIFIER)
    ).expect_events(TestEvent(AGGREGATE_IDENTIFIER, {})).expect_successful_handler_execution()
    assert len(invocations) == 2


def test_registered_dispatch_interceptor_is_invoked_once_on_given_commands_test_execution(
    fixture: AggregateTestFixture[InterceptorAggregate],
) -> None:
    """FixtureTest_CommandInterceptors.registeredDispatchInterceptorIsInvokedOnceOnGivenCommandsTestExecution."""
    invocations: list[Message] = []
    fixture.register_command_dispatch_interceptor(lambda m: invocations.append(m) or m)  # type: ignore[func-returns-value]
    fixture.given_commands(CreateStandardAggregateCommand(AGGREGATE_IDENTIFIER)).when(
        TestCommand(AGGREGATE_IDENTIFIER)
    ).expect_events(TestEvent(AGGREGATE_IDENTIFIER, {})).expect_successful_handler_execution()
    assert len(invocations) == 2


def test_interceptor_chain_is_invoked_when_interceptor_wires_chain_without_existing_entity(
    fixture: AggregateTestFixture[InterceptorAggregate],
) -> None:
    """FixtureTest_CommandInterceptors.interceptorChainIsInvokedWhenInterceptorForEntityWiresInterceptorChainWithoutExistingEntity."""
    fixture.given(StandardAggregateCreatedEvent(AGGREGATE_IDENTIFIER)).when(
        DoWithEntityCommand(AGGREGATE_IDENTIFIER)
    ).expect_successful_handler_execution().expect_no_events().expect_result_message_payload(
        "invoked-without-entity"
    )


@dataclass(frozen=True)
class DoWithEntityWithoutInterceptorCommand:
    aggregate_identifier: Annotated[Any, TargetAggregateId]


INTERCEPTED: list[object] = []


class InterceptorEntity:
    @command_handler_interceptor
    def intercept(self, command: object, proceed: Callable[[], Any]) -> Any:
        INTERCEPTED.append(command)
        return proceed()

    @command_handler
    def handle(self, command: DoWithEntityCommand) -> None:
        apply(DoneWithEntityEvent(command.aggregate_identifier))

    @command_handler
    def handle_without(self, command: DoWithEntityWithoutInterceptorCommand) -> None:
        pass


class EntityAggregate(Aggregate):
    entity: Annotated[InterceptorEntity | None, AggregateMember()] = None

    @command_handler_interceptor
    def intercept(self, command: DoWithEntityWithoutInterceptorCommand) -> None:
        pass  # no proceed parameter: the handler runs after it

    @event_sourcing_handler
    def on_created(self, event: StandardAggregateCreatedEvent) -> None:
        self.id = str(event.aggregate_identifier)


class AggregateWithAggregateMemberInterceptorOnly(Aggregate):
    entity: Annotated[InterceptorEntity | None, AggregateMember()] = None

    @command_handler(creation_policy=CreationPolicy.ALWAYS)
    def create(self, command: CreateStandardAggregateCommand) -> None:
        self.apply(StandardAggregateCreatedEvent(command.aggregate_identifier))

    @event_sourcing_handler
    def on_created(self, event: StandardAggregateCreatedEvent) -> None:
        self.id = str(event.aggregate_identifier)
        self.entity = InterceptorEntity()


def test_interceptor_chain_is_not_invoked_when_interceptor_does_not_wire_chain_without_entity() -> (
    None
):
    """FixtureTest_CommandInterceptors.interceptorChainIsNotInvokedWhenInterceptorForEntityDoesNotWireInterceptorChainWithoutExistingEntity."""
    AggregateTestFixture(EntityAggregate).given(
        StandardAggregateCreatedEvent(AGGREGATE_IDENTIFIER)
    ).when(
        DoWithEntityWithoutInterceptorCommand(AGGREGATE_IDENTIFIER)
    ).expect_no_events().expect_exception(AggregateEntityNotFoundError)


def test_message_interceptor_on_aggregate_member_only_is_invoked_as_expected() -> None:
    """FixtureTest_CommandInterceptors.messageInterceptorOnAggregateMemberOnlyIsInvokedAsExpected."""
    INTERCEPTED.clear()
    AggregateTestFixture(AggregateWithAggregateMemberInterceptorOnly).given(
        StandardAggregateCreatedEvent(AGGREGATE_IDENTIFIER)
    ).when(DoWithEntityCommand(AGGREGATE_IDENTIFIER)).expect_events(
        DoneWithEntityEvent(AGGREGATE_IDENTIFIER)
    ).expect_successful_handler_execution()
    assert [DoWithEntityCommand(AGGREGATE_IDENTIFIER)] == INTERCEPTED
