"""The contract fails stores that break it: each planted bug is caught by the test for it."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from castle_bdd.eventstore import InMemoryEventStore
from castle_bdd.testing import EventStoreContract

from . import broken_stores


class _Contract(EventStoreContract[int]):
    """A contract subclass pytest does not collect; its tests are called directly here."""


@pytest.mark.parametrize(
    ("store_class", "contract_test"),
    [
        (
            broken_stores.IgnoresExpectedVersion,
            "test_append_conflict_new_stream_wrong_expected_version",
        ),
        (
            broken_stores.IgnoresExpectedVersion,
            "test_append_conflict_existing_stream_wrong_expected_version",
        ),
        (
            broken_stores.IgnoresExpectedVersion,
            "test_append_conflict_expected_version_ahead_of_stream",
        ),
        (broken_stores.ChecksThenYields, "test_racing_appends_to_new_stream_have_one_winner"),
        (broken_stores.ChecksThenYields, "test_racing_appends_to_existing_stream_have_one_winner"),
        (broken_stores.LosesRacingWrites, "test_racing_threads_that_retry_lose_nothing"),
        (broken_stores.SharesItsLists, "test_load_events_returns_copy"),
        (broken_stores.FromVersionInclusive, "test_load_events_from_specific_version"),
        (broken_stores.EmptyStreamAtMinusOne, "test_get_current_version_non_existent_stream"),
        (broken_stores.EmptyStreamAtMinusOne, "test_append_to_new_stream_no_events"),
        (broken_stores.LenientArguments, "test_expected_version_must_be_an_int"),
        (broken_stores.LenientArguments, "test_expected_version_below_minus_one_is_refused"),
        (broken_stores.LenientArguments, "test_events_must_be_a_sequence"),
    ],
)
def test_contract_test_fails_the_broken_store(
    store_class: type[InMemoryEventStore[int]], contract_test: str
) -> None:
    run = getattr(_Contract(), contract_test)
    with pytest.raises((AssertionError, pytest.fail.Exception)):
        run(store_class(), itertools.count().__next__)


@pytest.mark.parametrize(
    "contract_test",
    [
        "test_append_conflict_new_stream_wrong_expected_version",
        "test_racing_appends_to_new_stream_have_one_winner",
        "test_racing_threads_that_retry_lose_nothing",
        "test_load_events_returns_copy",
    ],
)
def test_the_same_contract_tests_pass_the_correct_store(contract_test: str) -> None:
    run = getattr(_Contract(), contract_test)
    store = _CountingStore()
    run(store, itertools.count().__next__)
    assert store.appends > 0


class _CountingStore(InMemoryEventStore[int]):
    """A correct store that counts its appends, to show the test really used it."""

    appends = 0

    async def append_events(self, aggregate_id: int, expected_version: int, events: Any) -> None:
        """Count, then append."""
        self.appends += 1
        await super().append_events(aggregate_id, expected_version, events)
