"""Refusing a matcher made without what it needs: it would quietly match nothing."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from hamcrest.core.matcher import Matcher

from castle_bdd.errors import MatcherConfigurationError


def required_value(value: object, matcher: str) -> object:
    """``value``, unless it is None or a class: a matcher of either would never match."""
    if value is None:
        raise MatcherConfigurationError(
            f"{matcher} needs the expected value, got None; to expect no message, use "
            "no_events() or and_no_more()"
        )
    if isinstance(value, type):
        raise MatcherConfigurationError(
            f"{matcher} compares a payload with an expected one, got the class "
            f"{value.__name__}; to match any {value.__name__}, use "
            f"exact_class_of({value.__name__}) or PyHamcrest's instance_of({value.__name__})"
        )
    return value


def required_field_names(names: object, matcher: str) -> frozenset[str]:
    """``names`` as a set of field names: a lone string would be read letter by letter."""
    listed = (names,) if isinstance(names, str) else names
    if not isinstance(listed, Iterable) or not all(isinstance(n, str) for n in listed):
        raise MatcherConfigurationError(
            f"{matcher} takes field names, got {type(names).__name__} {names!r}: write "
            "ignoring_fields('amount', 'card_id')"
        )
    if isinstance(names, str):
        raise MatcherConfigurationError(
            f"{matcher} takes a collection of field names, got the string {names!r}: write "
            f"ignored_fields=ignoring_fields({names!r})"
        )
    return frozenset(listed)


def required_class(value: object, matcher: str) -> type[object]:
    """``value`` if it is a class."""
    if not isinstance(value, type):
        raise MatcherConfigurationError(
            f"{matcher} needs a class, got {type(value).__name__} {value!r}"
        )
    return value


def required_matcher(value: object, matcher: str) -> Matcher[object]:
    """``value`` if it is a PyHamcrest matcher."""
    if not isinstance(value, Matcher):
        raise MatcherConfigurationError(
            f"{matcher} needs a PyHamcrest matcher, got {type(value).__name__} {value!r}"
        )
    return value


def required_function(value: object, matcher: str) -> Any:
    """``value`` if it can be called."""
    if not callable(value):
        raise MatcherConfigurationError(
            f"{matcher} needs a function of the payload, got {type(value).__name__} {value!r}"
        )
    return value
