"""`list_with_any_of`: some matcher matches some item (Axon's ``listWithAnyOf``)."""

from __future__ import annotations

from collections.abc import Sequence

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


class ListWithAnyOf(BaseMatcher[Sequence[object]]):
    """Matches a list in which at least one matcher matches at least one item."""

    #: It matches a list of messages, never one message.
    matches_lists = True

    def __init__(self, matchers: Sequence[Matcher[object]]) -> None:
        self.matchers = tuple(matchers)

    def _matches(self, item: Sequence[object]) -> bool:
        items = as_items(item)
        if items is None:
            return False
        return any(matcher.matches(one) for matcher in self.matchers for one in items)

    def describe_to(self, description: Description) -> None:
        """Writes ``list with any of [...]``."""
        description.append_list("list with any of [", ", ", "]", self.matchers)

    def describe_mismatch(self, item: Sequence[object], mismatch_description: Description) -> None:
        """Shows the items and those that came closest to a matcher."""
        items = as_items(item)
        if items is None:
            describe_not_a_list(item, mismatch_description)
            return
        misses = [miss for matcher in self.matchers for miss in near_misses(matcher, items)]
        mismatch_description.append_list("no item matched any of [", ", ", "]", self.matchers)
        mismatch_description.append_text(items_and_near_misses(items, misses))


def list_with_any_of(*matchers: object) -> ListWithAnyOf:
    """A matcher of lists in which at least one of ``matchers`` matches some item.

    A plain payload among ``matchers`` is compared with `equal_to`.
    """
    return ListWithAnyOf(as_matchers(matchers))
