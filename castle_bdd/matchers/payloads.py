"""`payloads_matching`: a list matcher applied to payloads (Axon's ``payloadsMatching``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hamcrest.core.base_matcher import BaseMatcher
from hamcrest.core.description import Description
from hamcrest.core.matcher import Matcher

from castle_bdd.domain.messages import payload_of
from castle_bdd.matchers._config import required_matcher
from castle_bdd.matchers._lists import as_items, describe_not_a_list


class PayloadsMatching(BaseMatcher[Sequence[object]]):
    """Matches a list of messages whose list of payloads the list matcher matches."""

    #: It matches a list of messages, never one message.
    matches_lists = True

    def __init__(self, list_matcher: Matcher[Any]) -> None:
        self.list_matcher = required_matcher(list_matcher, "payloads_matching")

    def _matches(self, item: Sequence[object]) -> bool:
        payloads = _payloads(item)
        return payloads is not None and self.list_matcher.matches(payloads)

    def describe_to(self, description: Description) -> None:
        """Writes ``payloads matching ...``."""
        description.append_text("payloads matching ").append_description_of(self.list_matcher)

    def describe_mismatch(self, item: Sequence[object], mismatch_description: Description) -> None:
        """The list matcher's mismatch of the payloads."""
        payloads = _payloads(item)
        if payloads is None:
            describe_not_a_list(item, mismatch_description)
            return
        self.list_matcher.describe_mismatch(payloads, mismatch_description)


def _payloads(candidate: object) -> list[object] | None:
    items = as_items(candidate)
    return None if items is None else [payload_of(item) for item in items]


def payloads_matching(list_matcher: Matcher[Any]) -> PayloadsMatching:
    """A matcher of lists of messages whose payloads, as a list, ``list_matcher`` matches."""
    return PayloadsMatching(list_matcher)
