"""Axon's ``FixtureTest_RegisteringSagaEnhancements``: the error-handler cases.

The start-recording-callback and resource-injector cases have no counterpart: castle-bdd
has no start-of-recording hook, and hands resources to handlers as parameters.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from castle_bdd import Saga, saga_event_handler, start_saga
from castle_bdd.domain.messages import Message
from castle_bdd.fixtures.saga import SagaTestFixture
from castle_bdd.fixtures.saga_scenario import SagaGivenPhaseError


@dataclass(frozen=True)
class SomeEvent:
    id: str = "some-id"
    should_throw: bool = False
    exception: Exception = field(
        default_factory=lambda: RuntimeError("some exception"), compare=False
    )


class SomeTestSaga(Saga):
    @start_saga
    @saga_event_handler(association="id")
    def handle(self, event: SomeEvent) -> None:
        if event.should_throw:
            raise event.exception


TEST_EVENT = SomeEvent("some-id", True)


def test_custom_listener_invocation_error_handler_is_used_in_when_phase() -> None:
    """FixtureTest_RegisteringSagaEnhancements.customListenerInvocationErrorHandlerIsUsedInWhenPhase"""
    told: list[str] = []
    fixture = SagaTestFixture(SomeTestSaga).register_listener_invocation_error_handler(
        lambda exception, message, name: told.append(str(exception))
    )
    fixture.given_no_prior_activity().when_publishing(TEST_EVENT)
    assert told == [str(TEST_EVENT.exception)]


def test_custom_listener_invocation_error_handler_is_used_in_given_phase() -> None:
    """FixtureTest_RegisteringSagaEnhancements.customListenerInvocationErrorHandlerIsUsedInGivenPhase"""
    told: list[str] = []
    fixture = (
        SagaTestFixture(SomeTestSaga)
        .register_listener_invocation_error_handler(
            lambda exception, message, name: told.append(str(exception))
        )
        .suppress_exception_in_given_phase(True)
    )
    fixture.given_a_published(TEST_EVENT)
    assert told == [str(TEST_EVENT.exception)]


def test_exceptions_are_rethrown_during_given_phase_without_invoked_custom_error_handler() -> None:
    """FixtureTest_RegisteringSagaEnhancements.exceptionsAreRethrownAsFixtureExecutionExceptionDuringGivenPhaseWithoutInvokedCustomErrorHandler"""
    told: list[Message] = []
    fixture = SagaTestFixture(SomeTestSaga).register_listener_invocation_error_handler(
        lambda exception, message, name: told.append(message)
    )
    with pytest.raises(SagaGivenPhaseError, match="some exception"):
        fixture.given_a_published(TEST_EVENT)
    assert told == []
