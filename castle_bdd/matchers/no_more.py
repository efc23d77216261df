"""`and_no_more` / `nothing`: the matcher that only accepts "no item here" (``None``)."""

from __future__ import annotations

from hamcrest.core.base_matcher import BaseMatcher
from hamcrest.core.description import Description

from castle_bdd.matchers._text import show


class NoMore(BaseMatcher[object]):
    """Matches only ``None``: put last in `exact_sequence_of` to forbid extra items."""

    def _matches(self, item: object) -> bool:
        return item is None

    def describe_to(self, description: Description) -> None:
        """Writes ``no more``."""
        description.append_text("no more")

    def describe_mismatch(self, item: object, mismatch_description: Description) -> None:
        """Shows the item that should not be there."""
        mismatch_description.append_text(f"expected no more items, but was {show(item)}")


def and_no_more() -> NoMore:
    """A matcher that accepts only ``None``, that is no further item (Axon's ``andNoMore``)."""
    return NoMore()


def nothing() -> NoMore:
    """The same matcher as `and_no_more` (Axon's ``nothing``)."""
    return NoMore()
