"""Axon's ``EventValidatorTest``, ``CommandValidatorTest``, ``FixtureTest_ScopeDescriptor``
and ``FixtureMessageHandlerInterceptorTest``, case by case, on castle-bdd's saga fixture."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from castle_bdd import Saga, saga_event_handler, start_saga
from castle_bdd.domain.messages import Message
from castle_bdd.fixtures.expectations import ExpectationFailed
from castle_bdd.fixtures.saga import SagaTestFixture
from castle_bdd.fixtures.saga_collaborators import SagaScope
from castle_bdd.fixtures.saga_validator import SagaResultValidator
from castle_bdd.matchers import matches, no_events, payloads_matching, sequence_of
from tests.parity.saga.test_fixture_execution_result import Act, ScriptSaga


@dataclass(frozen=True)
class MyOtherEvent:
    pass


@dataclass(frozen=True)
class SomeCommand:
    value: object


def _after(action: Callable[[Any], object]) -> SagaResultValidator:
    return SagaTestFixture(ScriptSaga).given_no_prior_activity().when_publishing(Act(action))


def _nothing(saga: Any) -> None:
    """Does nothing."""


# EventValidatorTest


def test_assert_published_events_with_no_events_matcher_if_no_event_was_published() -> None:
    """EventValidatorTest.assertPublishedEventsWithNoEventsMatcherIfNoEventWasPublished"""
    _after(_nothing).expect_published_events_matching(no_events())


def test_assert_published_events_with_no_events_matcher_throws_if_event_was_published() -> None:
    """EventValidatorTest.assertPublishedEventsWithNoEventsMatcherThrowsAssertionErrorIfEventWasPublished"""
    validator = _after(lambda saga: saga.event_bus.publish(MyOtherEvent()))
    with pytest.raises(ExpectationFailed):
        validator.expect_published_events_matching(no_events())


def test_assert_published_events_if_no_event_was_published() -> None:
    """EventValidatorTest.assertPublishedEventsIfNoEventWasPublished"""
    _after(_nothing).expect_published_events()


def test_assert_published_events_throws_if_event_was_published() -> None:
    """EventValidatorTest.assertPublishedEventsThrowsAssertionErrorIfEventWasPublished"""
    validator = _after(lambda saga: saga.event_bus.publish(MyOtherEvent()))
    with pytest.raises(ExpectationFailed):
        validator.expect_published_events()


def test_assert_published_events_for_event_messages() -> None:
    """EventValidatorTest.assertPublishedEventsForEventMessages"""
    message = Message(MyOtherEvent())
    validator = _after(lambda saga: saga.event_bus.publish(message.payload))
    validator.expect_published_events(message)


# CommandValidatorTest


def test_assert_empty_dispatched_equal_to() -> None:
    """CommandValidatorTest.assertEmptyDispatchedEqualTo"""
    _after(_nothing).expect_dispatched_commands()


def test_assert_non_empty_dispatched_equal_to() -> None:
    """CommandValidatorTest.assertNonEmptyDispatchedEqualTo"""
    _after(lambda saga: saga.commands.send("command")).expect_dispatched_commands("command")


def test_match_with_unexpected_null_value() -> None:
    """CommandValidatorTest.matchWithUnexpectedNullValue"""
    validator = _after(lambda saga: saga.commands.send(SomeCommand(None)))
    with pytest.raises(ExpectationFailed):
        validator.expect_dispatched_commands(SomeCommand("test"))


def test_match_primitive_typed_commands() -> None:
    """CommandValidatorTest.matchPrimitiveTypedCommands"""
    validator = _after(lambda saga: saga.commands.send("some-string"))
    with pytest.raises(ExpectationFailed):
        validator.expect_dispatched_commands("some-other-string")


# FixtureTest_ScopeDescriptor


@dataclass(frozen=True)
class SagaStartEvent:
    identifier: str


@dataclass(frozen=True)
class ScopeDescriptorCommand:
    scope_descriptor: object


class ScopeSaga(Saga):
    @start_saga
    @saga_event_handler(association="identifier")
    def on(self, event: SagaStartEvent, scope: SagaScope) -> None:
        self.commands.send(ScopeDescriptorCommand(scope))


def test_resolves_scope_descriptor() -> None:
    """FixtureTest_ScopeDescriptor.resolvesScopeDescriptor"""
    (
        SagaTestFixture(ScopeSaga)
        .given_no_prior_activity()
        .when_publishing(SagaStartEvent("some-identifier"))
        .expect_dispatched_commands_matching(
            payloads_matching(
                sequence_of(
                    matches(
                        lambda command: (
                            isinstance(command, ScopeDescriptorCommand)
                            and isinstance(command.scope_descriptor, SagaScope)
                        )
                    )
                )
            )
        )
    )


# FixtureMessageHandlerInterceptorTest

META_DATA_KEY = "key"


@dataclass(frozen=True)
class StartProcessCommand:
    identifier: str
    meta_data_value: str


class MetadataSaga(Saga):
    @start_saga
    @saga_event_handler(association="identifier")
    def on(self, event: SagaStartEvent, metadata: dict[str, Any]) -> None:
        self.commands.send(StartProcessCommand(event.identifier, metadata[META_DATA_KEY]))


def test_registered_event_handler_interceptor_is_invoked_before_handling_events() -> None:
    """FixtureMessageHandlerInterceptorTest.registeredEventHandlerInterceptorIsInvokedBeforeHandlingEvents"""

    def custom(message: Message, proceed: Callable[[Message], object]) -> object:
        metadata = {**message.metadata, META_DATA_KEY: "some-value"}
        return proceed(Message(message.payload, metadata, message.timestamp))

    (
        SagaTestFixture(MetadataSaga)
        .register_event_handler_interceptor(custom)
        .given_no_prior_activity()
        .when_publishing(SagaStartEvent("some-identifier"))
        .expect_dispatched_commands(StartProcessCommand("some-identifier", "some-value"))
    )
