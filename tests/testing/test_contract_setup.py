"""What the contract accepts from its fixtures, and how it runs outside the usual setup."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from typing import Any

import pytest

import castle_bdd.testing
from castle_bdd.eventstore import EventStoreConflictError, InMemoryEventStore
from castle_bdd.testing import ContractEvent, ContractSetupError, EventStoreContract
from castle_bdd.testing import create_test_events as make_events

from . import broken_stores


class _Contract(EventStoreContract[int]):
    """Not collected: its tests are called directly, with hand-made fixture values."""


def _new_ids() -> Any:
    return itertools.count().__next__


def test_testing_package_exports() -> None:
    assert castle_bdd.testing.__all__ == [
        "ContractEvent",
        "ContractSetupError",
        "EventStoreContract",
        "create_test_events",
    ]


def test_create_test_events_numbers_payloads_from_one() -> None:
    assert make_events(2, "card_") == [ContractEvent("card_1"), ContractEvent("card_2")]
    assert make_events(1) == [ContractEvent("event_data_1")]


def test_an_id_value_instead_of_a_factory_is_a_setup_error() -> None:
    with pytest.raises(ContractSetupError, match="must give a function"):
        _Contract().test_append_to_new_stream(InMemoryEventStore(), "card-1")


def test_something_that_is_not_a_store_is_a_setup_error() -> None:
    with pytest.raises(ContractSetupError, match="gave 42, which is not an event store"):
        _Contract().test_append_to_new_stream(42, _new_ids())


def test_a_coroutine_giving_the_store_is_awaited() -> None:
    async def open_store() -> InMemoryEventStore[int]:
        return InMemoryEventStore()

    # The coroutine is made outside any loop, as a sync fixture calling open_store() would.
    _Contract().test_append_to_new_stream(open_store(), _new_ids())
    _Contract().test_stream_isolation(open_store, _new_ids())


def test_a_store_class_is_called_to_make_the_store() -> None:
    _Contract().test_stream_isolation(InMemoryEventStore, _new_ids())
    _Contract().test_racing_tasks_that_retry_lose_nothing(InMemoryEventStore, _new_ids())


def test_an_async_context_manager_is_entered_in_the_loop_and_exited_after() -> None:
    steps: list[str] = []

    @asynccontextmanager
    async def open_store() -> AsyncIterator[InMemoryEventStore[int]]:
        asyncio.get_running_loop()
        steps.append("opened")
        yield InMemoryEventStore()
        steps.append("closed")

    _Contract().test_append_to_new_stream(open_store(), _new_ids())
    _Contract().test_append_to_new_stream(open_store, _new_ids())
    assert steps == ["opened", "closed", "opened", "closed"]


def test_the_store_is_closed_when_a_contract_test_fails() -> None:
    steps: list[str] = []

    @asynccontextmanager
    async def open_store() -> AsyncIterator[InMemoryEventStore[int]]:
        try:
            yield broken_stores.IgnoresExpectedVersion()
        finally:
            steps.append("closed")

    with pytest.raises(pytest.fail.Exception):
        _Contract().test_append_conflict_new_stream_wrong_expected_version(open_store, _new_ids())
    assert steps == ["closed"]


def test_a_contract_test_runs_when_called_from_inside_an_event_loop() -> None:
    store: InMemoryEventStore[int] = InMemoryEventStore()

    async def caller() -> None:
        _Contract().test_append_to_new_stream(store, itertools.count(7).__next__)

    asyncio.run(caller())
    assert store.get_stream_now(7) == make_events(2)


def test_no_concurrent_threads_skips_the_thread_test() -> None:
    class _NoThreads(EventStoreContract[int]):
        CONCURRENT_THREADS = 0

    with pytest.raises(pytest.skip.Exception, match="not meant for threads"):
        _NoThreads().test_racing_threads_that_retry_lose_nothing(InMemoryEventStore(), _new_ids())


class _OwnConflict(Exception):
    def __init__(
        self, aggregate_id: object, expected_version: int, actual_version: int | None
    ) -> None:
        super().__init__(aggregate_id, expected_version, actual_version)
        self.aggregate_id = aggregate_id
        self.expected_version = expected_version
        self.actual_version = actual_version


class _RaisesOwnConflict(InMemoryEventStore[int]):
    async def append_events(
        self, aggregate_id: int, expected_version: int, events: Sequence[Any]
    ) -> None:
        try:
            await super().append_events(aggregate_id, expected_version, events)
        except EventStoreConflictError as conflict:
            actual_version = conflict.actual_version
            raise _OwnConflict(aggregate_id, expected_version, actual_version) from conflict


def test_conflict_error_names_the_error_a_store_raises() -> None:
    class _OwnConflictContract(EventStoreContract[int]):
        CONFLICT_ERROR = _OwnConflict

    test_name = "test_append_conflict_existing_stream_wrong_expected_version"
    getattr(_OwnConflictContract(), test_name)(_RaisesOwnConflict(), _new_ids())
    with pytest.raises(_OwnConflict):
        getattr(_Contract(), test_name)(_RaisesOwnConflict(), _new_ids())


def test_contract_failures_get_pytest_assertion_details() -> None:
    with pytest.raises(AssertionError) as failure:
        _Contract().test_load_events_returns_copy(broken_stores.SharesItsLists(), _new_ids())
    assert "rogue_1" in str(failure.value)
