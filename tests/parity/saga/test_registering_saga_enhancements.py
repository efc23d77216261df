"""Axon's ``FixtureTest_RegisteringSagaEnhancements``, case by case.

A resource injector is called with each saga as it is made; the saga is handed its
resources as handler parameters besides.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

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


def _counting() -> tuple[SagaTestFixture[SomeTestSaga], list[int]]:
    calls: list[int] = []
    fixture = SagaTestFixture(SomeTestSaga).register_start_recording_callback(
        lambda: calls.append(1)
    )
    return fixture, calls


def test_start_recording_callback_is_invoked_on_when_publishing_an_event() -> None:
    """FixtureTest_RegisteringSagaEnhancements.startRecordingCallbackIsInvokedOnWhenPublishingAnEvent"""
    fixture, calls = _counting()
    given = fixture.given_a_published(SomeEvent())
    assert calls == []
    given.when_publishing(SomeEvent())
    assert calls == [1]


def test_start_recording_callback_is_invoked_on_when_time_advances() -> None:
    """FixtureTest_RegisteringSagaEnhancements.startRecordingCallbackIsInvokedOnWhenTimeAdvances"""
    fixture, calls = _counting()
    given = fixture.given_a_published(SomeEvent())
    assert calls == []
    given.when_time_advances_to(fixture.current_time + timedelta(minutes=5))
    assert calls == [1]


def test_start_recording_callback_is_invoked_on_when_time_elapses() -> None:
    """FixtureTest_RegisteringSagaEnhancements.startRecordingCallbackIsInvokedOnWhenTimeElapses"""
    fixture, calls = _counting()
    given = fixture.given_a_published(SomeEvent())
    assert calls == []
    given.when_time_elapses(timedelta(minutes=5))
    assert calls == [1]


def test_registered_resource_injector_is_called_upon_first_event_publication() -> None:
    """FixtureTest_RegisteringSagaEnhancements.registeredResourceInjectorIsCalledUponFirstEventPublication"""
    injected: list[Saga] = []
    fixture = SagaTestFixture(SomeTestSaga).register_resource_injector(injected.append)
    fixture.given_a_published(SomeEvent())
    assert len(injected) == 1
    assert isinstance(injected[0], SomeTestSaga)
