"""A matcher made without what it needs is refused at once, never left to match nothing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from castle_bdd.errors import MatcherConfigurationError
from castle_bdd.matchers import (
    deep_equals,
    equal_to,
    exact_class_of,
    exact_sequence_of,
    list_with_all_of,
    list_with_any_of,
    matches,
    message_with_payload,
    payloads_matching,
    predicate,
    sequence_of,
)

MISCONFIGURED: list[tuple[str, Callable[[], Any]]] = [
    ("equal_to needs the expected value, got None", lambda: equal_to(None)),
    ("equal_to needs the expected value, got None", lambda: deep_equals(None)),
    ("exact_class_of needs a class, got NoneType None", lambda: exact_class_of(None)),  # type: ignore[arg-type]
    ("exact_class_of needs a class, got str 'x'", lambda: exact_class_of("x")),  # type: ignore[arg-type]
    ("message_with_payload needs a PyHamcrest matcher", lambda: message_with_payload(None)),  # type: ignore[arg-type]
    ("payloads_matching needs a PyHamcrest matcher", lambda: payloads_matching(None)),  # type: ignore[arg-type]
    ("matches needs a function of the payload", lambda: matches(None)),  # type: ignore[arg-type]
    ("matches needs a function of the payload", lambda: predicate(None)),  # type: ignore[arg-type]
    ("equal_to needs the expected value", lambda: list_with_all_of(None)),
    ("equal_to needs the expected value", lambda: list_with_any_of(None)),
    ("equal_to needs the expected value", lambda: sequence_of(None)),
    ("equal_to needs the expected value", lambda: exact_sequence_of(None)),
]


@pytest.mark.parametrize(("message", "make"), MISCONFIGURED)
def test_a_matcher_without_what_it_needs_is_refused(message: str, make: Callable[[], Any]) -> None:
    with pytest.raises(MatcherConfigurationError) as refused:
        make()
    assert str(refused.value).startswith(message)


def test_the_refusal_says_how_to_expect_nothing() -> None:
    with pytest.raises(MatcherConfigurationError, match=r"use no_events\(\) or and_no_more\(\)"):
        equal_to(None)
