"""Axon's ``ListWithAllOfMatcherTest``, ``ListWithAnyOfMatcherTest``,
``SequenceOfEventsMatcherTest`` and ``ExactSequenceOfEventsMatcherTest``, case by case.

Axon's ``describe…`` cases read ``describeTo`` after a match, which marks the matcher
that failed; PyHamcrest's ``describe_to`` says what is expected, whatever happened, and
``describe_mismatch`` says what failed (see "Differences from Axon" in docs/python-api.md).
"""

from __future__ import annotations

from hamcrest.core.string_description import StringDescription

from castle_bdd.matchers import (
    and_no_more,
    exact_sequence_of,
    list_with_all_of,
    list_with_any_of,
    sequence_of,
)
from tests.parity.matchers.stubs import StubEvent, StubMatcher, never, only


def _three(first=None, second=None, third=None) -> tuple[StubMatcher, StubMatcher, StubMatcher]:
    return (
        StubMatcher("A", first or (lambda item: True)),
        StubMatcher("B", second or (lambda item: True)),
        StubMatcher("C", third or (lambda item: True)),
    )


def _description(matcher: object) -> str:
    description = StringDescription()
    matcher.describe_to(description)  # type: ignore[attr-defined]
    return str(description)


def _mismatch(matcher: object, item: object) -> str:
    description = StringDescription()
    matcher.describe_mismatch(item, description)  # type: ignore[attr-defined]
    return str(description)


# ListWithAllOfMatcherTest


def test_list_with_all_of_full_match() -> None:
    """ListWithAllOfMatcherTest.match_FullMatch"""
    one, two = StubEvent(), StubEvent()
    matchers = _three()
    assert list_with_all_of(*matchers).matches([one, two])
    assert all(matcher.asked_about(one) for matcher in matchers)


def test_list_with_all_of_only_one_event_matches() -> None:
    """ListWithAllOfMatcherTest.match_OnlyOneEventMatches"""
    one, two = StubEvent(), StubEvent()
    matchers = _three(never(one), never(one), never(one))
    assert list_with_all_of(*matchers).matches([one, two])
    assert all(matcher.asked_about(one) and matcher.asked_about(two) for matcher in matchers)


def test_list_with_all_of_one_matcher_does_not_match() -> None:
    """ListWithAllOfMatcherTest.match_OneMatcherDoesNotMatch"""
    one, two = StubEvent(), StubEvent()
    first, second, third = _three(lambda item: False, never(one), never(one))
    assert not list_with_all_of(first, second, third).matches([one, two])
    assert first.asked_about(one) and first.asked_about(two)


def test_list_with_all_of_describe() -> None:
    """ListWithAllOfMatcherTest.describe"""
    subject = list_with_all_of(*_three())
    subject.matches([StubEvent(), StubEvent()])
    assert _description(subject) == "list with all of [A, B, C]"


def test_list_with_all_of_describe_one_matcher_failed() -> None:
    """ListWithAllOfMatcherTest.describe_OneMatcherFailed"""
    one, two = StubEvent(), StubEvent()
    subject = list_with_all_of(*_three(second=lambda item: False))
    assert not subject.matches([one, two])
    assert _description(subject) == "list with all of [A, B, C]"
    assert _mismatch(subject, [one, two]).startswith("no item matched B;")


# ListWithAnyOfMatcherTest


def test_list_with_any_of_full_match() -> None:
    """ListWithAnyOfMatcherTest.match_FullMatch"""
    one, two = StubEvent(), StubEvent()
    first, _, _ = matchers = _three()
    assert list_with_any_of(*matchers).matches([one, two])
    assert first.asked_about(one)


def test_list_with_any_of_only_one_event_matches() -> None:
    """ListWithAnyOfMatcherTest.match_OnlyOneEventMatches"""
    one, two = StubEvent(), StubEvent()
    first, _, _ = matchers = _three(never(one), never(one), never(one))
    assert list_with_any_of(*matchers).matches([one, two])
    assert first.asked_about(one) and first.asked_about(two)


def test_list_with_any_of_no_matches() -> None:
    """ListWithAnyOfMatcherTest.match_NoMatches"""
    one, two = StubEvent(), StubEvent()
    matchers = _three(lambda item: False, lambda item: False, lambda item: False)
    assert not list_with_any_of(*matchers).matches([one, two])
    assert all(matcher.asked_about(one) and matcher.asked_about(two) for matcher in matchers)


def test_list_with_any_of_one_matcher_does_not_match() -> None:
    """ListWithAnyOfMatcherTest.match_OneMatcherDoesNotMatch"""
    one, two = StubEvent(), StubEvent()
    first, second, third = _three(lambda item: False, never(one), never(one))
    assert list_with_any_of(first, second, third).matches([one, two])
    assert first.asked_about(one) and first.asked_about(two) and second.asked_about(two)


def test_list_with_any_of_describe() -> None:
    """ListWithAnyOfMatcherTest.describe"""
    subject = list_with_any_of(*_three())
    subject.matches([StubEvent(), StubEvent()])
    assert _description(subject) == "list with any of [A, B, C]"


def test_list_with_any_of_describe_one_matcher_failed() -> None:
    """ListWithAnyOfMatcherTest.describe_OneMatcherFailed"""
    one, two = StubEvent(), StubEvent()
    never_matches = lambda item: False  # noqa: E731
    subject = list_with_any_of(*_three(never_matches, never_matches, never_matches))
    assert not subject.matches([one, two])
    assert _description(subject) == "list with any of [A, B, C]"
    assert _mismatch(subject, [one, two]).startswith("no item matched any of [A, B, C];")


# SequenceOfEventsMatcherTest


def test_sequence_of_full_match() -> None:
    """SequenceOfEventsMatcherTest.match_FullMatch"""
    events = [StubEvent() for _ in range(5)]
    first, second, third = _three()
    assert sequence_of(first, second, third).matches(events)
    assert first.calls == [events[0]]
    assert second.calls == [events[1]]
    assert third.calls == [events[2]]


def test_sequence_of_full_match_with_gaps() -> None:
    """SequenceOfEventsMatcherTest.match_FullMatchWithGaps"""
    events = [StubEvent() for _ in range(5)]
    first, second, third = _three(second=only(events[4]))
    assert sequence_of(first, second, third).matches(events)
    assert first.calls == [events[0]]
    assert second.calls == events[1:]
    assert third.calls == [None]


def test_sequence_of_only_one_event_matches() -> None:
    """SequenceOfEventsMatcherTest.match_OnlyOneEventMatches"""
    one, two = StubEvent(), StubEvent()
    refuse_one = lambda item: item is not one and item is not None  # noqa: E731
    first, second, third = _three(refuse_one, never(one), refuse_one)
    assert not sequence_of(first, second, third).matches([one, two])
    assert first.calls == [one, two]
    assert second.calls == [None]
    assert third.calls == [None]


def test_sequence_of_no_matches() -> None:
    """SequenceOfEventsMatcherTest.match_NoMatches"""
    one, two = StubEvent(), StubEvent()
    never_matches = lambda item: False  # noqa: E731
    first, second, third = _three(never_matches, never_matches, never_matches)
    assert not sequence_of(first, second, third).matches([one, two])
    assert first.calls == [one, two, None]
    assert second.calls == [] and third.calls == []


def test_sequence_of_describe() -> None:
    """SequenceOfEventsMatcherTest.describe"""
    subject = sequence_of(*_three())
    subject.matches([StubEvent(), StubEvent()])
    assert _description(subject) == "sequence of [A, B, C]"


def test_sequence_of_describe_one_matcher_failed() -> None:
    """SequenceOfEventsMatcherTest.describe_OneMatcherFailed"""
    one, two = StubEvent(), StubEvent()
    never_matches = lambda item: False  # noqa: E731
    subject = sequence_of(*_three(None, never_matches, never_matches))
    assert not subject.matches([one, two])
    assert _description(subject) == "sequence of [A, B, C]"
    assert _mismatch(subject, [one, two]).startswith("no item after item 0 matched B;")


# ExactSequenceOfEventsMatcherTest


def test_exact_sequence_of_full_match() -> None:
    """ExactSequenceOfEventsMatcherTest.match_FullMatch"""
    events = [StubEvent() for _ in range(3)]
    first, second, third = _three()
    assert exact_sequence_of(first, second, third).matches(events)
    assert (first.calls, second.calls, third.calls) == ([events[0]], [events[1]], [events[2]])


def test_exact_sequence_of_full_match_and_no_more() -> None:
    """ExactSequenceOfEventsMatcherTest.match_FullMatchAndNoMore"""
    events = [StubEvent() for _ in range(3)]
    first, second, third = _three()
    assert exact_sequence_of(first, second, third, and_no_more()).matches(events)
    assert (first.calls, second.calls, third.calls) == ([events[0]], [events[1]], [events[2]])


def test_exact_sequence_of_excess_is_refused() -> None:
    """ExactSequenceOfEventsMatcherTest.match_ExcessIsRefused"""
    events = [StubEvent() for _ in range(4)]
    first, second, third = _three()
    assert not exact_sequence_of(first, second, third, and_no_more()).matches(events)
    assert (first.calls, second.calls, third.calls) == ([events[0]], [events[1]], [events[2]])


def test_exact_sequence_of_full_match_with_gaps() -> None:
    """ExactSequenceOfEventsMatcherTest.match_FullMatchWithGaps"""
    events = [StubEvent() for _ in range(3)]
    subject = exact_sequence_of(*_three(second=lambda item: False))
    assert not subject.matches(events)


def test_exact_sequence_of_more_matchers_than_events() -> None:
    """ExactSequenceOfEventsMatcherTest.match_MoreMatchersThanEvents"""
    subject = exact_sequence_of(*_three(third=lambda item: item is not None))
    assert not subject.matches([StubEvent(), StubEvent()])


def test_exact_sequence_of_excess_events_ignored() -> None:
    """ExactSequenceOfEventsMatcherTest.match_ExcessEventsIgnored"""
    events = [StubEvent() for _ in range(4)]
    assert exact_sequence_of(*_three()).matches(events)


def test_exact_sequence_of_describe() -> None:
    """ExactSequenceOfEventsMatcherTest.describe"""
    subject = exact_sequence_of(*_three())
    subject.matches([StubEvent(), StubEvent()])
    assert _description(subject) == "exact sequence of [A, B, C]"


def test_exact_sequence_of_describe_one_matcher_failed() -> None:
    """ExactSequenceOfEventsMatcherTest.describe_OneMatcherFailed"""
    one, two = StubEvent(), StubEvent()
    never_matches = lambda item: False  # noqa: E731
    subject = exact_sequence_of(*_three(None, never_matches, never_matches))
    assert not subject.matches([one, two])
    assert _description(subject) == "exact sequence of [A, B, C]"
    assert _mismatch(subject, [one, two]).startswith("item 1")
