"""Axon's aggregate ``FixtureTest_RegisteringMethodEnhancements``, ``FixtureTest_Generic``'s
store cases and ``RecordingCommandBusTest``, case by case.

Python handlers are plain methods, so castle-bdd has no parameter resolver factories,
handler definitions or handler enhancers (see "Differences from Axon"): a registered
resource resolves a parameter by its type or name, and a handler interceptor wraps the
handler. These cases register those and expect what Axon's do.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
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
from castle_bdd.eventstore import EventStoreConflictError, InMemoryEventStore
from castle_bdd.fixtures.gateway import CommandBus, RecordingCommandGateway
from castle_bdd.matchers import exact_sequence_of, predicate
from tests.parity.aggregate.axon_samples import (
    AnnotatedAggregate,
    CreateAggregateCommand,
    HardToCreateResource,
    MyEvent,
)

AGGREGATE_ID = "aggregateId"


@dataclass
class Assertion:
    """Axon's ``AtomicBoolean`` that the resolved parameter carries."""

    value: bool = False


@dataclass(frozen=True)
class ResolveParameterCommand:
    aggregate_identifier: Annotated[str, TargetAggregateId]


@dataclass(frozen=True)
class ParameterResolvedEvent:
    aggregate_identifier: str
    assertion: Assertion = field(compare=False)


class ResolvingAggregate(Aggregate):
    @command_handler(creation_policy=CreationPolicy.ALWAYS)
    def create(self, command: CreateAggregateCommand) -> None:
        self.apply(MyEvent(command.aggregate_identifier, 0))

    @command_handler
    def resolve(self, command: ResolveParameterCommand, assertion: Assertion) -> None:
        assertion.value = True
        self.apply(ParameterResolvedEvent(command.aggregate_identifier, assertion))

    @event_sourcing_handler
    def on(self, event: MyEvent) -> None:
        self.id = event.aggregate_identifier


def test_register_parameter_resolver_factory() -> None:
    """FixtureTest_RegisteringMethodEnhancements.registerParameterResolverFactory"""
    (
        AggregateTestFixture(ResolvingAggregate)
        .register_injectable_resource(Assertion())
        .given(MyEvent(AGGREGATE_ID, 42))
        .when(ResolveParameterCommand(AGGREGATE_ID))
        .expect_events_matching(
            exact_sequence_of(
                predicate(
                    lambda payload: (
                        isinstance(payload, ParameterResolvedEvent) and payload.assertion.value
                    )
                )
            )
        )
    )


def _reached_by(reached: list[Message]) -> Callable[[Message, Callable[[], Any]], Any]:
    def interceptor(message: Message, proceed: Callable[[], Any]) -> Any:
        reached.append(message)
        return proceed()

    return interceptor


def _creates_my_event(fixture: AggregateTestFixture[ResolvingAggregate]) -> None:
    fixture.given_no_prior_activity().when(
        CreateAggregateCommand(AGGREGATE_ID)
    ).expect_events_matching(
        exact_sequence_of(predicate(lambda payload: isinstance(payload, MyEvent)))
    )


def test_create_handler_method_is_called_for_registered_custom_handler_definition() -> None:
    """FixtureTest_RegisteringMethodEnhancements.createHandlerMethodIsCalledForRegisteredCustomHandlerDefinition"""
    reached: list[Message] = []
    fixture = AggregateTestFixture(ResolvingAggregate)
    _creates_my_event(fixture.register_command_handler_interceptor(_reached_by(reached)))
    assert [message.payload for message in reached] == [CreateAggregateCommand(AGGREGATE_ID)]


def test_wrap_handler_method_is_called_for_registered_custom_handler_enhancer_definition() -> None:
    """FixtureTest_RegisteringMethodEnhancements.wrapHandlerMethodIsCalledForRegisteredCustomHandlerEnhancerDefinition"""
    reached: list[Message] = []
    fixture = AggregateTestFixture(ResolvingAggregate)
    _creates_my_event(fixture.register_command_handler_interceptor(_reached_by(reached)))
    assert len(reached) == 1


def test_generic_fixture_generates_exception_on_wrong_events_wrong_sequence() -> None:
    """FixtureTest_Generic.fixtureGeneratesExceptionOnWrongEvents_WrongSequence"""
    store = InMemoryEventStore[str]()
    fixture = AggregateTestFixture(AnnotatedAggregate, event_store=store)
    fixture.register_injectable_resource(HardToCreateResource())
    fixture.given_no_prior_activity()
    store.append_events_now("test", -1, [MyEvent("test", 0)])
    with pytest.raises(EventStoreConflictError):
        store.append_events_now("test", 1, [MyEvent("test", 2)])


def _recording_bus() -> tuple[CommandBus, list[tuple[object, Any]]]:
    bus = CommandBus()
    dispatched: list[tuple[object, Any]] = []
    bus.listener = lambda command, metadata: dispatched.append((command, metadata))
    return bus, dispatched


def test_recording_command_bus_publish_command() -> None:
    """RecordingCommandBusTest.publishCommand"""
    bus, dispatched = _recording_bus()
    gateway = RecordingCommandGateway(bus)
    gateway.send("First")
    assert gateway.send("Second") is None
    assert [command for command, _ in dispatched] == ["First", "Second"]


def test_recording_command_bus_publish_command_with_callback_behavior() -> None:
    """RecordingCommandBusTest.publishCommandWithCallbackBehavior"""
    bus, dispatched = _recording_bus()
    bus.behavior = lambda command, metadata: "callbackResult"
    gateway = RecordingCommandGateway(bus)
    gateway.send("First")
    assert gateway.send("Second") == "callbackResult"
    assert [command for command, _ in dispatched] == ["First", "Second"]


def test_inject_custom_resource_after_creating_annotated_handler() -> None:
    """FixtureTest_Annotated.aggregate_InjectCustomResourceAfterCreatingAnnotatedHandler

    A deliberate difference: registering a resource after a when phase is allowed, and
    the scenarios that follow have it (Axon throws ``FixtureExecutionException``).
    """
    seen: list[object] = []

    def remember(command: ResolveParameterCommand, resource: HardToCreateResource) -> None:
        seen.append(resource)

    fixture = AggregateTestFixture(AnnotatedAggregate).register_command_handler(remember)
    fixture.register_injectable_resource(HardToCreateResource())
    fixture.given_no_prior_activity().when(CreateAggregateCommand(AGGREGATE_ID))
    replacement = HardToCreateResource()
    fixture.register_injectable_resource(replacement)
    fixture.given(MyEvent(AGGREGATE_ID, 1)).when(ResolveParameterCommand(AGGREGATE_ID))
    assert len(seen) == 1
    assert seen[0] is replacement


def test_inject_resources_command_handler_already_registered() -> None:
    """FixtureTest_Generic.injectResources_CommandHandlerAlreadyRegistered

    A deliberate difference: a resource registered after a command handler reaches it
    (Axon throws ``FixtureExecutionException``).
    """
    seen: list[object] = []

    def remember(command: ResolveParameterCommand, resource: HardToCreateResource) -> None:
        seen.append(resource)

    fixture = AggregateTestFixture(AnnotatedAggregate).register_command_handler(remember)
    resource = HardToCreateResource()
    fixture.register_injectable_resource(resource)
    validator = fixture.given(MyEvent(AGGREGATE_ID, 1)).when(ResolveParameterCommand(AGGREGATE_ID))
    validator.expect_successful_handler_execution()
    assert len(seen) == 1
    assert seen[0] is resource


def test_recording_command_bus_register_handler() -> None:
    """RecordingCommandBusTest.registerHandler

    A deliberate difference: the recording bus takes no subscriptions (see "Differences
    from Axon"); what a command is answered with is its callback behaviour, and no handler
    of the domain is ever called by it.
    """
    bus, dispatched = _recording_bus()
    assert not hasattr(bus, "subscribe")
    called: list[object] = []
    bus.behavior = lambda command, metadata: called.append(command)
    RecordingCommandGateway(bus).send("First")
    assert [command for command, _ in dispatched] == ["First"]
    assert called == ["First"]
