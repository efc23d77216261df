"""Axon's ``RecordingListenerInvocationErrorHandlerTest``, case by case."""

from __future__ import annotations

from typing import Any

import pytest

from castle_bdd.domain.messages import Message
from castle_bdd.fixtures.saga_errors import RecordingListenerInvocationErrorHandler

TEST_EVENT = Message("test")
TEST_EXCEPTION = ValueError("This argument is illegal")
HANDLER = "StubSaga.handle"


class NoOpErrorHandler:
    """Axon's ``NoOpListenerInvocationErrorHandler``, remembering its calls (the spy)."""

    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []

    def __call__(self, exception: Exception, message: Message, handler_name: str) -> None:
        self.calls.append((exception, message, handler_name))


@pytest.fixture
def wrapped() -> NoOpErrorHandler:
    return NoOpErrorHandler()


@pytest.fixture
def subject(wrapped: NoOpErrorHandler) -> RecordingListenerInvocationErrorHandler:
    return RecordingListenerInvocationErrorHandler(wrapped)


def test_empty_on_creation(subject: RecordingListenerInvocationErrorHandler) -> None:
    """RecordingListenerInvocationErrorHandlerTest.emptyOnCreation"""
    assert subject.exception is None


def test_wrapped_handler_cannot_be_null() -> None:
    """RecordingListenerInvocationErrorHandlerTest.wrappedHandlerCannotBeNull"""
    with pytest.raises(ValueError, match="is a function, got None"):
        RecordingListenerInvocationErrorHandler(None)  # type: ignore[arg-type]


def test_cannot_set_wrapped_handler_to_null(
    subject: RecordingListenerInvocationErrorHandler,
) -> None:
    """RecordingListenerInvocationErrorHandlerTest.cannotSetWrappedHandlerToNull"""
    with pytest.raises(ValueError, match="is a function, got None"):
        subject.set_listener_invocation_error_handler(None)  # type: ignore[arg-type]


def test_delegates_exception_to_wrapped_error_handler(
    subject: RecordingListenerInvocationErrorHandler, wrapped: NoOpErrorHandler
) -> None:
    """RecordingListenerInvocationErrorHandlerTest.delegatesExceptionToWrappedErrorHandler"""
    subject.start_recording()
    subject.on_error(TEST_EXCEPTION, TEST_EVENT, HANDLER)
    assert subject.exception is TEST_EXCEPTION
    assert wrapped.calls == [(TEST_EXCEPTION, TEST_EVENT, HANDLER)]


def test_clear_exception_on_start_recording(
    subject: RecordingListenerInvocationErrorHandler, wrapped: NoOpErrorHandler
) -> None:
    """RecordingListenerInvocationErrorHandlerTest.clearExceptionOnStartRecording"""
    subject.start_recording()
    subject.on_error(TEST_EXCEPTION, TEST_EVENT, HANDLER)
    subject.start_recording()
    assert subject.exception is None
    assert wrapped.calls == [(TEST_EXCEPTION, TEST_EVENT, HANDLER)]


def test_by_default_rethrows_exceptions_if_recording_has_not_started_yet(
    subject: RecordingListenerInvocationErrorHandler, wrapped: NoOpErrorHandler
) -> None:
    """RecordingListenerInvocationErrorHandlerTest.byDefaultRethrowsExceptionsIfRecordingHasNotStartedYet"""
    with pytest.raises(ValueError, match="This argument is illegal"):
        subject.on_error(TEST_EXCEPTION, TEST_EVENT, HANDLER)
    assert wrapped.calls == []


def test_does_not_rethrow_exception_if_rethrow_errors_when_not_started_is_disabled(
    subject: RecordingListenerInvocationErrorHandler, wrapped: NoOpErrorHandler
) -> None:
    """RecordingListenerInvocationErrorHandlerTest.doesNotRethrowExceptionIfRethrowErrorsWhenNotStartedIsDisabled"""
    subject.fail_on_error_in_preparation(False)
    subject.on_error(TEST_EXCEPTION, TEST_EVENT, HANDLER)
    assert subject.exception is TEST_EXCEPTION
    assert wrapped.calls == [(TEST_EXCEPTION, TEST_EVENT, HANDLER)]
