"""`sequence_of`: matchers match items in order, with gaps (Axon's ``sequenceOf``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from hamcrest.core.base_matcher import BaseMatcher
from hamcrest.core.description import Description
from hamcrest.core.matcher import Matcher

from castle_bdd.matchers._lists import (
    as_items,
    as_matchers,
    describe_not_a_list,
    items_and_near_misses,
    near_misses,
)
from castle_bdd.matchers._text import description_of


class _Failure(NamedTuple):
    matcher: Matcher[object]
    searched_from: int


class SequenceOf(BaseMatcher[Sequence[object]]):
    """Matches a list whose items match the matchers in order; other items may come between.

    Once a matcher finds no item after the previous match, the list is used up, and it and
    every matcher after it are matched against ``None``, as in Axon.
    """

    #: It matches a list of messages, never one message.
    matches_lists = True

    def __init__(self, matchers: Sequence[Matcher[object]]) -> None:
        self.matchers = tuple(matchers)

    def _matches(self, item: Sequence[object]) -> bool:
        items = as_items(item)
        return items is not None and self._failure(items) is None

    def describe_to(self, description: Description) -> None:
        """Writes ``sequence of [...]``."""
        description.append_list("sequence of [", ", ", "]", self.matchers)

    def describe_mismatch(self, item: Sequence[object], mismatch_description: Description) -> None:
        """Names the first matcher no later item matched, and the closest items after it."""
        items = as_items(item)
        if items is None:
            describe_not_a_list(item, mismatch_description)
            return
        failure = self._failure(items)
        if failure is None:
            return
        where = f" after item {failure.searched_from - 1}" if failure.searched_from else ""
        misses = near_misses(failure.matcher, items, failure.searched_from)
        mismatch_description.append_text(
            f"no item{where} matched {description_of(failure.matcher)}"
            + items_and_near_misses(items, misses)
        )

    def _failure(self, items: list[object]) -> _Failure | None:
        position = 0
        for matcher in self.matchers:
            found = _first_match(matcher, items, position)
            if found is not None:
                position = found + 1
            elif not matcher.matches(None):
                return _Failure(matcher, position)
            else:
                position = len(items)
        return None


def _first_match(matcher: Matcher[object], items: list[object], start: int) -> int | None:
    return next((i for i in range(start, len(items)) if matcher.matches(items[i])), None)


def sequence_of(*matchers: object) -> SequenceOf:
    """A matcher of lists whose items match ``matchers`` in order, gaps allowed.

    A plain payload among ``matchers`` is compared with `equal_to`.
    """
    return SequenceOf(as_matchers(matchers))
