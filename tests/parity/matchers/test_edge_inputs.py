"""Matchers given inputs Axon's own matcher tests do not try, against Axon 4.13's source.

Each case names what it checks ("beyond Axon's tests: …") and the Axon class whose code
decides the answer.
"""

from __future__ import annotations

from typing import Any

import pytest
from hamcrest import anything, none

from castle_bdd import Aggregate, AggregateTestFixture, CreationPolicy, command_handler
from castle_bdd.domain.messages import Message
from castle_bdd.fixtures.expectations import ExpectationFailed
from castle_bdd.matchers import (
    exact_sequence_of,
    list_with_all_of,
    message_with_payload,
    no_events,
    payloads_matching,
    sequence_of,
)
from tests.parity.matchers.stubs import StubEvent


def test_message_with_payload_does_not_match_a_missing_item() -> None:
    """beyond Axon's tests: ``PayloadMatcher.matches(null)`` is false (null is no Message),
    so a list matcher's leftover ``messageWithPayload(anything())`` needs an item."""
    assert not message_with_payload(anything()).matches(None)
    assert not message_with_payload(none()).matches(None)
    assert message_with_payload(anything()).matches(Message(StubEvent()))
    assert not exact_sequence_of(message_with_payload(anything())).matches([])
    assert not sequence_of(message_with_payload(anything())).matches([])


def test_expect_events_matching_a_message_when_none_was_published() -> None:
    """beyond Axon's tests: ``ResultValidatorImpl.expectEventsMatching`` with
    ``exactSequenceOf(messageWithPayload(anything()))`` fails when no event was published."""

    class Quiet(Aggregate):
        @command_handler(creation_policy=CreationPolicy.ALWAYS)
        def handle(self, command: str) -> None:
            self.id = command

    validator = AggregateTestFixture(Quiet).set_report_illegal_state_change(False).when("q")
    with pytest.raises(ExpectationFailed, match="none were published: missing item 0"):
        validator.expect_events_matching(exact_sequence_of(message_with_payload(anything())))


def test_list_matchers_take_a_sequence_not_a_dict_or_a_set() -> None:
    """beyond Axon's tests: ``ListMatcher.matches`` and ``PayloadsMatcher.matches`` are
    false for anything but a ``List``; ``EmptyCollectionMatcher`` takes any ``Collection``
    (a set, not a map)."""
    not_lists: list[Any] = [{}, {"key": StubEvent()}, set(), frozenset({1}), iter([])]
    for not_a_list in not_lists:
        assert not exact_sequence_of().matches(not_a_list)
        assert not sequence_of().matches(not_a_list)
        assert not list_with_all_of().matches(not_a_list)
        assert not payloads_matching(exact_sequence_of()).matches(not_a_list)
    assert exact_sequence_of().matches(()) and list_with_all_of().matches([])
    empty_set: Any = set()
    empty_map: Any = {}
    assert no_events().matches(empty_set) and no_events().matches(())
    assert not no_events().matches(empty_map)
