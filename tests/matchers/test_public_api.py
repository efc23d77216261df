from __future__ import annotations

from hamcrest.core.base_matcher import BaseMatcher

import castle_bdd.matchers as matchers
from castle_bdd.matchers.sequence import SequenceOf

from .sample_messages import ISSUED


def test_all_is_sorted_and_pinned() -> None:
    assert matchers.__all__ == [
        "and_no_more",
        "deep_equals",
        "equal_to",
        "exact_class_of",
        "exact_sequence_of",
        "ignoring_fields",
        "list_with_all_of",
        "list_with_any_of",
        "matches",
        "message_with_payload",
        "no_commands",
        "no_events",
        "nothing",
        "payloads_matching",
        "predicate",
        "sequence_of",
    ]


def test_every_factory_builds_a_hamcrest_matcher() -> None:
    built = [
        matchers.and_no_more(),
        matchers.deep_equals(ISSUED),
        matchers.equal_to(ISSUED),
        matchers.exact_class_of(type(ISSUED)),
        matchers.exact_sequence_of(ISSUED),
        matchers.list_with_all_of(ISSUED),
        matchers.list_with_any_of(ISSUED),
        matchers.matches(bool),
        matchers.message_with_payload(matchers.nothing()),
        matchers.no_commands(),
        matchers.no_events(),
        matchers.nothing(),
        matchers.payloads_matching(matchers.no_events()),
        matchers.predicate(bool),
        matchers.sequence_of(ISSUED),
    ]

    assert all(isinstance(matcher, BaseMatcher) for matcher in built)


def test_plain_values_given_to_list_matchers_become_equal_to() -> None:
    matcher = matchers.sequence_of(ISSUED, matchers.nothing())

    assert isinstance(matcher, SequenceOf)
    assert str(matcher.matchers[0]) == str(matchers.equal_to(ISSUED))
    assert str(matcher.matchers[1]) == "no more"
