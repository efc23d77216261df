"""`message_with_payload`: a matcher of a message's payload (Axon's ``messageWithPayload``)."""

from __future__ import annotations

from typing import Any

from hamcrest.core.base_matcher import BaseMatcher
from hamcrest.core.description import Description
from hamcrest.core.matcher import Matcher

from castle_bdd.domain.messages import payload_of
from castle_bdd.matchers._config import required_matcher


class MessageWithPayload(BaseMatcher[object]):
    """Matches a `Message` whose payload the payload matcher matches.

    A bare payload is taken as its own message, so the same matcher serves both.
    ``None`` (no item, as list matchers pass for the items a list does not have) is no
    message, as in Axon: ``exact_sequence_of(message_with_payload(anything()))`` needs
    an item.
    """

    def __init__(self, payload_matcher: Matcher[Any]) -> None:
        self.payload_matcher = required_matcher(payload_matcher, "message_with_payload")

    def _matches(self, item: object) -> bool:
        return item is not None and self.payload_matcher.matches(payload_of(item))

    def describe_to(self, description: Description) -> None:
        """Writes ``message with payload ...``."""
        description.append_text("message with payload ").append_description_of(self.payload_matcher)

    def describe_mismatch(self, item: object, mismatch_description: Description) -> None:
        """The payload matcher's mismatch of the payload."""
        if item is None:
            mismatch_description.append_text("was no message")
            return
        self.payload_matcher.describe_mismatch(payload_of(item), mismatch_description)


def message_with_payload(payload_matcher: Matcher[Any]) -> MessageWithPayload:
    """A matcher of messages whose payload ``payload_matcher`` matches."""
    return MessageWithPayload(payload_matcher)
