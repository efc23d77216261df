"""Stand-ins for the Mockito matchers and ``StubEvent`` of Axon's matcher tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hamcrest.core.base_matcher import BaseMatcher
from hamcrest.core.description import Description


class StubEvent:
    """Axon's ``StubEvent``: an event known only by its identity."""

    def __repr__(self) -> str:
        return f"StubEvent#{id(self) % 1000}"


class StubMatcher(BaseMatcher[Any]):
    """A matcher that answers as told and remembers every item it was asked about."""

    def __init__(self, name: str, answer: Callable[[Any], bool] = lambda item: True) -> None:
        self.name = name
        self.answer = answer
        self.calls: list[Any] = []

    def _matches(self, item: Any) -> bool:
        self.calls.append(item)
        return self.answer(item)

    def describe_to(self, description: Description) -> None:
        description.append_text(self.name)

    def asked_about(self, item: Any) -> bool:
        """Whether the matcher was asked about ``item`` (by identity)."""
        return any(call is item for call in self.calls)


def never(*items: Any) -> Callable[[Any], bool]:
    """An answer that is False for these items (by identity) and True for any other."""
    return lambda item: not any(item is one for one in items)


def only(*items: Any) -> Callable[[Any], bool]:
    """An answer that is True for these items (by identity) only."""
    return lambda item: any(item is one for one in items)
