"""`matches` / `predicate`: a matcher made of a function (Axon's ``matches``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hamcrest.core.base_matcher import BaseMatcher
from hamcrest.core.description import Description

from castle_bdd.domain.messages import payload_of
from castle_bdd.matchers._config import required_function
from castle_bdd.matchers._text import show


class PredicateMatcher(BaseMatcher[Any]):
    """Matches a payload, or a `Message` around one, that the predicate accepts.

    ``None`` (no item) never matches and never reaches the predicate, so a predicate can
    read fields without guarding against a missing item.
    """

    def __init__(self, accepts: Callable[[object], bool], description: str | None) -> None:
        self.accepts = required_function(accepts, "matches")
        self.description = description or f"a value accepted by {_name_of(accepts)}"

    def _matches(self, item: object) -> bool:
        payload = payload_of(item)
        return payload is not None and bool(self.accepts(payload))

    def describe_to(self, description: Description) -> None:
        """The description given, or the predicate's name."""
        description.append_text(self.description)

    def describe_mismatch(self, item: object, mismatch_description: Description) -> None:
        """``was CardIssued(...)``."""
        mismatch_description.append_text(f"was {show(item)}")


def matches(accepts: Callable[[Any], bool], description: str | None = None) -> PredicateMatcher:
    """A matcher of payloads for which ``accepts(payload)`` is true.

    ``description`` is what a failure says was expected, such as ``"a redemption over 50"``.
    """
    return PredicateMatcher(accepts, description)


def predicate(accepts: Callable[[Any], bool], description: str | None = None) -> PredicateMatcher:
    """The same matcher as `matches`."""
    return PredicateMatcher(accepts, description)


def _name_of(accepts: Callable[[object], bool]) -> str:
    return getattr(accepts, "__name__", None) or repr(accepts)
