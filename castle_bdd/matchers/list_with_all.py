"""`list_with_all_of`: every matcher matches some item (Axon's ``listWithAllOf``)."""

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
from castle_bdd.matchers._text import description_of


class ListWithAllOf(BaseMatcher[Sequence[object]]):
    """Matches a list in which each matcher matches at least one item.

    Several matchers may match the same item, and items no matcher matches are allowed.
    """

    #: It matches a list of messages, never one message.
    matches_lists = True

    def __init__(self, matchers: Sequence[Matcher[object]]) -> None:
        self.matchers = tuple(matchers)

    def _matches(self, item: Sequence[object]) -> bool:
        items = as_items(item)
        return items is not None and not self._unmatched(items)

    def describe_to(self, description: Description) -> None:
        """Writes ``list with all of [...]``."""
        description.append_list("list with all of [", ", ", "]", self.matchers)

    def describe_mismatch(self, item: Sequence[object], mismatch_description: Description) -> None:
        """Names the matchers that matched no item, and the items that came closest."""
        items = as_items(item)
        if items is None:
            describe_not_a_list(item, mismatch_description)
            return
        unmatched = self._unmatched(items)
        names = ", nor ".join(description_of(matcher) for matcher in unmatched)
        misses = [miss for matcher in unmatched for miss in near_misses(matcher, items)]
        mismatch_description.append_text(
            f"no item matched {names}" + items_and_near_misses(items, misses)
        )

    def _unmatched(self, items: list[object]) -> list[Matcher[object]]:
        return [m for m in self.matchers if not any(m.matches(item) for item in items)]


def list_with_all_of(*matchers: object) -> ListWithAllOf:
    """A matcher of lists in which every one of ``matchers`` matches some item.

    A plain payload among ``matchers`` is compared with `equal_to`.
    """
    return ListWithAllOf(as_matchers(matchers))
