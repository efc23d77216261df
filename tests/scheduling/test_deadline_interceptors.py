"""Deadline dispatch and handler interceptors on the deadline manager and the fixtures."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest

from castle_bdd.domain.messages import Message
from castle_bdd.fixtures.saga import SagaTestFixture
from castle_bdd.scheduling import ManualTimeSource, SchedulingError, StubDeadlineManager
from tests.parity.saga.test_fixture_deadlines import START_SAGA_EVENT, MySaga

START = datetime(2026, 1, 1)


def manager() -> StubDeadlineManager:
    return StubDeadlineManager(ManualTimeSource(START))


def test_a_dispatch_interceptor_changes_the_payload_and_the_name() -> None:
    deadlines = manager()
    seen: list[Message] = []

    def renamed(message: Message) -> Message:
        seen.append(message)
        return Message(f"{message.payload}!", {"deadline_name": "Renamed"}, message.timestamp)

    remove = deadlines.register_dispatch_interceptor(renamed)
    deadlines.schedule(timedelta(hours=1), "Original", "details")
    [pending] = deadlines.scheduled_deadlines
    assert (pending.deadline_name, pending.payload) == ("Renamed", "details!")
    assert seen[0].timestamp is not None and seen[0].metadata == {"deadline_name": "Original"}
    remove()
    deadlines.schedule(timedelta(hours=1), "Original", "details")
    assert deadlines.scheduled_deadlines[-1].payload == "details"


def test_handler_interceptors_run_in_order_around_the_handler() -> None:
    deadlines = manager()
    calls: list[str] = []

    def outer(message: Message, proceed: Any) -> Any:
        calls.append("outer")
        return proceed(Message(message.payload + "+outer", message.metadata, message.timestamp))  # type: ignore[operator]

    def inner(message: Message, proceed: Any) -> Any:
        calls.append("inner")
        return proceed(Message(message.payload + "+inner", message.metadata, message.timestamp))  # type: ignore[operator]

    deadlines.register_handler_interceptor(outer)
    deadlines.register_handler_interceptor(inner)
    deadlines.schedule(timedelta(hours=1), "Due", "p")

    def consume(item: Any) -> str:
        calls.append(f"handler {item.payload}")
        return "handled"

    results: list[object] = []
    deadlines.advance_time_by(
        timedelta(hours=1), lambda item: results.append(deadlines.handle(item, consume))
    )
    assert calls == ["outer", "inner", "handler p+outer+inner"]
    assert results == ["handled"]
    assert [item.payload for item in deadlines.triggered_deadlines] == ["p+outer+inner"]


def test_a_handler_interceptor_that_does_not_proceed_keeps_the_deadline_back() -> None:
    deadlines = manager()
    deadlines.register_handler_interceptor(lambda message, proceed: "blocked")
    deadlines.schedule(timedelta(hours=1), "Due", "p")
    handled: list[object] = []
    deadlines.advance_time_by(
        timedelta(hours=1), lambda item: deadlines.handle(item, handled.append)
    )
    assert handled == []
    assert [item.payload for item in deadlines.triggered_deadlines] == ["p"]


def test_an_interceptor_must_give_a_message() -> None:
    deadlines = manager()
    deadlines.register_dispatch_interceptor(lambda message: "not a message")  # type: ignore[arg-type,return-value]
    with pytest.raises(SchedulingError, match=r"must give a Message, but .* gave str"):
        deadlines.schedule(timedelta(hours=1), "Due", "p")


def test_a_handler_interceptor_that_raises_is_a_saga_failure() -> None:
    def failing(message: Message, proceed: Any) -> Any:
        raise RuntimeError("interceptor broke")

    fixture = SagaTestFixture(MySaga).register_deadline_handler_interceptor(failing)
    validator = (
        fixture.given_aggregate("id")
        .published(START_SAGA_EVENT)
        .when_time_elapses(timedelta(hours=1))
    )
    validator.expect_exception(RuntimeError).expect_exception_message("interceptor broke")
    assert validator.failures[0].handler == "a deadline handler interceptor"


def test_proceed_without_a_message_hands_on_the_one_it_got() -> None:
    deadlines = manager()
    deadlines.register_handler_interceptor(
        lambda message, proceed: proceed(Message("changed", message.metadata, message.timestamp))
    )
    deadlines.register_handler_interceptor(lambda message, proceed: proceed())
    deadlines.schedule(timedelta(hours=1), "Due", "p")
    handled: list[object] = []
    deadlines.advance_time_by(
        timedelta(hours=1),
        lambda item: deadlines.handle(item, lambda got: handled.append(got.payload)),
    )
    assert handled == ["changed"]
