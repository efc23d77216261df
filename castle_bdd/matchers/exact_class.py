"""`exact_class_of`: a payload of exactly one class, not a subclass (Axon's ``exactClassOf``)."""

from __future__ import annotations

from hamcrest.core.base_matcher import BaseMatcher
from hamcrest.core.description import Description

from castle_bdd.domain.messages import payload_of
from castle_bdd.matchers._config import required_class
from castle_bdd.matchers._text import show_with_class
from castle_bdd.wording import with_article


class ExactClassOf(BaseMatcher[object]):
    """Matches a payload, or a `Message` around one, whose class is exactly ``expected_class``."""

    def __init__(self, expected_class: type[object]) -> None:
        self.expected_class = required_class(expected_class, "exact_class_of")

    def _matches(self, item: object) -> bool:
        return type(payload_of(item)) is self.expected_class

    def describe_to(self, description: Description) -> None:
        """Writes ``exactly a CardIssued``."""
        description.append_text(f"exactly {with_article(self.expected_class.__name__)}")

    def describe_mismatch(self, item: object, mismatch_description: Description) -> None:
        """``expected a CardRedeemed, but was a CardIssued(...)``."""
        wanted = with_article(self.expected_class.__name__)
        mismatch_description.append_text(f"expected {wanted}, but was {show_with_class(item)}")


def exact_class_of(expected_class: type[object]) -> ExactClassOf:
    """A matcher of payloads whose class is ``expected_class`` itself, not a subclass."""
    return ExactClassOf(expected_class)
