"""Axon's saga ``FixtureTest_RegisteringMethodEnhancements``, case by case.

As for aggregates, castle-bdd has no parameter resolver factories, handler definitions or
handler enhancers (see "Differences from Axon"): a registered resource resolves a
parameter by its type, and an event handler interceptor wraps the saga's handlers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Annotated

from castle_bdd import Message, MetadataValue, Saga, saga_event_handler, start_saga
from castle_bdd.fixtures.saga import SagaTestFixture
from castle_bdd.matchers import list_with_any_of, predicate
from tests.parity.saga.stub_saga import TimerTriggeredEvent, TriggerSagaStartEvent

IDENTIFIER = "aggregate-identifier"
TRIGGER = timedelta(minutes=10)


@dataclass
class Assertion:
    """Axon's ``AtomicBoolean`` that the resolved parameter carries."""

    value: bool = False


@dataclass(frozen=True)
class ParameterResolvedEvent:
    identifier: str


@dataclass(frozen=True)
class ResolveParameterCommand:
    assertion: Assertion = field(compare=False)


class ResolvingSaga(Saga):
    @start_saga
    @saga_event_handler(association="identifier")
    def on_start(
        self,
        event: TriggerSagaStartEvent,
        extra: Annotated[str | None, MetadataValue("extraIdentifier")],
    ) -> None:
        if extra is not None:
            self.associate_with("extraIdentifier", extra)
        self.scheduler.schedule(TRIGGER, TimerTriggeredEvent(event.identifier))

    @saga_event_handler(association="identifier")
    def on_resolved(self, event: ParameterResolvedEvent, assertion: Assertion) -> None:
        assertion.value = True
        self.commands.send(ResolveParameterCommand(assertion))


def _resolving() -> SagaTestFixture[ResolvingSaga]:
    return SagaTestFixture(ResolvingSaga).register_resource(Assertion())


def test_register_parameter_resolver_factory() -> None:
    """FixtureTest_RegisteringMethodEnhancements.registerParameterResolverFactory"""
    (
        _resolving()
        .given_aggregate(IDENTIFIER)
        .published(TriggerSagaStartEvent(IDENTIFIER))
        .when_publishing(ParameterResolvedEvent(IDENTIFIER))
        .expect_dispatched_commands_matching(
            list_with_any_of(
                predicate(
                    lambda payload: (
                        isinstance(payload, ResolveParameterCommand) and payload.assertion.value
                    )
                )
            )
        )
    )


def test_register_parameter_resolver_factory_still_calls_metadata_value() -> None:
    """FixtureTest_RegisteringMethodEnhancements.testRegisterParameterResolverFactoryStillCallsMetadataValue"""
    start = Message(TriggerSagaStartEvent(IDENTIFIER), {"extraIdentifier": "myExtraIdentifier"})
    (
        _resolving()
        .given_aggregate(IDENTIFIER)
        .published(start)
        .when_publishing(ParameterResolvedEvent(IDENTIFIER))
        .expect_association_with("extraIdentifier", "myExtraIdentifier")
    )


def _reached_by(reached: list[Message]) -> Callable[[Message, Callable[[Message], object]], object]:
    def interceptor(message: Message, proceed: Callable[[Message], object]) -> object:
        reached.append(message)
        return proceed(message)

    return interceptor


def test_create_handler_method_is_called_for_registered_custom_handler_definition() -> None:
    """FixtureTest_RegisteringMethodEnhancements.createHandlerMethodIsCalledForRegisteredCustomHandlerDefinition"""
    reached: list[Message] = []
    (
        SagaTestFixture(ResolvingSaga)
        .register_event_handler_interceptor(_reached_by(reached))
        .given_no_prior_activity()
        .when_publishing(TriggerSagaStartEvent(IDENTIFIER))
        .expect_scheduled_event_of_type(TRIGGER, TimerTriggeredEvent)
    )
    assert [message.payload for message in reached] == [TriggerSagaStartEvent(IDENTIFIER)]


def test_wrap_handler_method_is_called_for_registered_custom_handler_enhancer_definition() -> None:
    """FixtureTest_RegisteringMethodEnhancements.wrapHandlerMethodIsCalledForRegisteredCustomHandlerEnhancerDefinition"""
    reached: list[Message] = []
    (
        SagaTestFixture(ResolvingSaga)
        .register_event_handler_interceptor(_reached_by(reached))
        .given_no_prior_activity()
        .when_publishing(TriggerSagaStartEvent(IDENTIFIER))
        .expect_scheduled_event_of_type(TRIGGER, TimerTriggeredEvent)
    )
    assert len(reached) == 1
