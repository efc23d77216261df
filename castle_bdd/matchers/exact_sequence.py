"""`exact_sequence_of`: matchers match consecutive items (Axon's ``exactSequenceOf``)."""

from __future__ import annotations

from collections.abc import Sequence

from hamcrest.core.base_matcher import BaseMatcher
from hamcrest.core.description import Description
from hamcrest.core.matcher import Matcher

from castle_bdd.matchers._lists import as_items, as_matchers, describe_not_a_list, item_mismatch
from castle_bdd.matchers._text import counted, description_of


class ExactSequenceOf(BaseMatcher[Sequence[object]]):
    """Matches a list whose first items match the matchers one by one, with no gaps.

    Matchers left over when the list runs out are matched against ``None``; items left
    over when the matchers run out are allowed unless the last matcher is `and_no_more`.
    """

    #: It matches a list of messages, never one message.
    matches_lists = True

    def __init__(self, matchers: Sequence[Matcher[object]]) -> None:
        self.matchers = tuple(matchers)

    def _matches(self, item: Sequence[object]) -> bool:
        items = as_items(item)
        return items is not None and self._first_failure(items) is None

    def describe_to(self, description: Description) -> None:
        """Writes ``exact sequence of [...]``."""
        description.append_list("exact sequence of [", ", ", "]", self.matchers)

    def describe_mismatch(self, item: Sequence[object], mismatch_description: Description) -> None:
        """Names the first item that differs and how, or the items that are missing."""
        items = as_items(item)
        if items is None:
            describe_not_a_list(item, mismatch_description)
            return
        failure = self._first_failure(items)
        if failure is None:
            return
        if failure < len(items):
            text = item_mismatch(failure, items[failure], self.matchers[failure])
        else:
            text = self._missing(len(items))
        mismatch_description.append_text(text)

    def _first_failure(self, items: list[object]) -> int | None:
        for index, matcher in enumerate(self.matchers):
            if not matcher.matches(items[index] if index < len(items) else None):
                return index
        return None

    def _missing(self, published: int) -> str:
        missing = [
            (index, matcher)
            for index, matcher in enumerate(self.matchers)
            if index >= published and not matcher.matches(None)
        ]
        expected = missing[-1][0] + 1
        shown = ", ".join(f"item {index} ({description_of(m)})" for index, m in missing)
        return f"expected {counted(expected, 'item')}, {_only(published)}: missing {shown}"


def _only(published: int) -> str:
    if published == 0:
        return "none were published"
    return f"only {published} {'was' if published == 1 else 'were'} published"


def exact_sequence_of(*matchers: object) -> ExactSequenceOf:
    """A matcher of lists whose items match ``matchers`` one after the other, no gaps.

    A plain payload among ``matchers`` is compared with `equal_to`; end with `and_no_more`
    to forbid further items.
    """
    return ExactSequenceOf(as_matchers(matchers))
