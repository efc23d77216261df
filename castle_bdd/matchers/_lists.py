"""What the list matchers share: wrapping plain values and describing one item's mismatch."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet

from hamcrest.core.description import Description
from hamcrest.core.matcher import Matcher

from castle_bdd.domain.messages import payload_of
from castle_bdd.hamcrest_support import is_matcher
from castle_bdd.matchers._text import mismatch_of, show, show_all
from castle_bdd.matchers.field_equality import equal_to
from castle_bdd.matching import type_name


def as_matchers(expected: Iterable[object]) -> tuple[Matcher[object], ...]:
    """Each expected value as a matcher: plain payloads become `equal_to` matchers."""
    return tuple(value if is_matcher(value) else equal_to(value) for value in expected)


def as_items(candidate: object, sets: bool = False) -> list[object] | None:
    """The items of a list of messages, or ``None`` when ``candidate`` is not such a list.

    A list is a sequence (a list or a tuple), as Axon's list matchers take a ``List``: a
    dict's keys or a set's items in no order are no list of messages. With ``sets``, a
    set is one too, as Axon's ``EmptyCollectionMatcher`` takes any ``Collection``.
    """
    if isinstance(candidate, (str, bytes)):
        return None
    if isinstance(candidate, Sequence) or (sets and isinstance(candidate, AbstractSet)):
        return list(candidate)
    return None


def describe_not_a_list(candidate: object, description: Description) -> None:
    """Says that the matcher was given something other than a list."""
    description.append_text(f"was not a list of messages but {show(candidate)}")


def item_mismatch(index: int, item: object, matcher: Matcher[object]) -> str:
    """``item 1 (CardRedeemed): amount: expected 30, but was 20``.

    The class is named only when the matcher's own text does not already show the item.
    """
    text = mismatch_of(matcher, item)
    if item is None or _shows_item(text, item):
        return f"item {index}: {text}"
    return f"item {index} ({type_name(item)}): {text}"


def near_misses(matcher: Matcher[object], items: Sequence[object], start: int = 0) -> list[str]:
    """Mismatches of items from ``start`` on that ``matcher`` rejects for a field only.

    An item the matcher rejects as a whole (a wrong class, say) is no near miss: its
    mismatch text shows the item itself.
    """
    misses: list[str] = []
    for index in range(start, len(items)):
        item = items[index]
        if not matcher.matches(item) and not _shows_item(mismatch_of(matcher, item), item):
            misses.append(item_mismatch(index, item, matcher))
    return misses


def items_and_near_misses(items: Sequence[object], misses: Iterable[str]) -> str:
    """``; the items were [...]`` followed by one indented line per near miss."""
    listed = f"; the items were {show_all(items)}" if items else "; the list was empty"
    return listed + "".join(f"\n  {miss}" for miss in misses)


def _shows_item(text: str, item: object) -> bool:
    payload = payload_of(item)
    return show(payload) in text or repr(payload) in text
