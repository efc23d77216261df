"""`equal_to` and `deep_equals`: field-by-field equality of payloads (Axon's ``equalTo``)."""

from __future__ import annotations

from collections.abc import Collection

from hamcrest.core.base_matcher import BaseMatcher
from hamcrest.core.description import Description

from castle_bdd.domain.messages import (
    DEFAULT_IGNORED_FIELDS,
    Message,
    fields_within,
    is_message_class,
    message_types_in,
    payload_of,
)
from castle_bdd.errors import MatcherConfigurationError
from castle_bdd.matchers._config import required_field_names, required_value
from castle_bdd.matchers._text import show, show_with_class
from castle_bdd.matching import ExpectedMessage, FieldDifference, field_differences, type_name
from castle_bdd.suggestions import refuse_near_miss
from castle_bdd.wording import with_article


class FieldsEqual(BaseMatcher[object]):
    """Matches a payload, or a `Message` around one, whose fields equal the expected ones.

    The classes must be the same; fields in ``ignored_fields`` are not compared. An
    `ExpectedMessage` compares only the fields it names, and accepts subclasses unless it
    is ``exact_class``. An
    expected `Message` with metadata is compared on its metadata too, as `expect_events`
    compares it.
    """

    def __init__(self, expected: object, ignored_fields: Collection[str]) -> None:
        self.given = required_value(expected, "equal_to")
        self.expected = payload_of(self.given)
        if ignored_fields is DEFAULT_IGNORED_FIELDS:
            self.ignored_fields: Collection[str] = ignored_fields
        else:
            self.ignored_fields = required_field_names(ignored_fields, "equal_to's ignored_fields")
            _refuse_near_misses(self.expected, self.ignored_fields - DEFAULT_IGNORED_FIELDS)

    def _matches(self, item: object) -> bool:
        return self._same_class(payload_of(item)) and not self._differences(item)

    def describe_to(self, description: Description) -> None:
        """Shows the expected payload, without the ignored fields."""
        description.append_text(show(self.expected, self.ignored_fields))
        if isinstance(self.given, Message) and self.given.metadata:
            description.append_text(f" with metadata {dict(self.given.metadata)!r}")

    def describe_mismatch(self, item: object, mismatch_description: Description) -> None:
        """Names the wrong class, or every field that differs with both values."""
        actual = payload_of(item)
        if not self._same_class(actual):
            wanted = with_article(self._expected_class_name())
            mismatch_description.append_text(
                f"expected {wanted}, but was {show_with_class(actual)}"
            )
            return
        described = (_describe(difference) for difference in self._differences(item))
        mismatch_description.append_text("; ".join(described))

    def _differences(self, item: object) -> list[FieldDifference]:
        return field_differences(self.given, item, self.ignored_fields)

    def _same_class(self, actual: object) -> bool:
        if isinstance(self.expected, ExpectedMessage):
            return self.expected.accepts_class_of(actual)
        # Plain values are left to field_differences, which lets 1 equal 1.0.
        return not _is_message(self.expected) or type(actual) is type(self.expected)

    def _expected_class_name(self) -> str:
        if isinstance(self.expected, ExpectedMessage):
            return self.expected.message_type.__name__
        return type(self.expected).__name__


def equal_to(
    expected: object, ignored_fields: Collection[str] = DEFAULT_IGNORED_FIELDS
) -> FieldsEqual:
    """A matcher of payloads whose fields equal those of ``expected`` (Axon's ``equalTo``).

    ``expected`` may be a payload, a `Message` or an `ExpectedMessage`; the actual side may
    be a payload or a `Message`. Metadata fields such as ``event_id`` and ``occurred_on``
    are ignored unless ``ignored_fields`` says otherwise.
    """
    return FieldsEqual(expected, ignored_fields)


def deep_equals(
    expected: object, ignored_fields: Collection[str] = DEFAULT_IGNORED_FIELDS
) -> FieldsEqual:
    """Axon's ``deepEquals``: the same field-by-field comparison as `equal_to`."""
    return FieldsEqual(expected, ignored_fields)


def ignoring_fields(*names: str) -> frozenset[str]:
    """The default ignored fields plus ``names``, for ``equal_to(..., ignored_fields=...)``."""
    return DEFAULT_IGNORED_FIELDS | required_field_names(names, "ignoring_fields")


def _refuse_near_misses(expected: object, names: Collection[str]) -> None:
    """Refuse an ignored name that no compared message has but that is a near miss of a field.

    The fields are those of the expected message and of the messages nested in it (by
    their type hints and by the values given): ignoring ``amout`` leaves nothing out.
    """
    if not names:
        return
    if isinstance(expected, ExpectedMessage):
        found = message_types_in(expected.fields.values()) | {expected.message_type}
    else:
        found = message_types_in([expected])
    fields = fields_within(found)
    for name in sorted(names):
        refuse_near_miss(
            name,
            fields,
            f"equal_to's ignored_fields ({name!r})",
            f"{type_name(expected)} has no field {name!r}, nor has a message in it, so "
            "ignoring it leaves nothing out",
            MatcherConfigurationError,
        )


def _is_message(value: object) -> bool:
    return is_message_class(type(value)) or hasattr(value, "__dict__")


def _describe(difference: FieldDifference) -> str:
    if difference.path:
        return difference.describe()
    return f"expected {show(difference.expected)}, but was {show(difference.actual)}"
