"""Axon's ``ExactClassMatcherTest``, ``DeepEqualsMatcherTest``, ``EqualFieldsMatcherTest``,
``NullOrVoidMatcherTest``, ``IgnoreFieldTest`` and ``MatchAllFieldFilterTest``, case by case.

Axon's matchers keep the field that failed and show it in ``describeTo``; PyHamcrest's
``describe_to`` says what is expected and ``describe_mismatch`` names the field (see
"Differences from Axon" in docs/python-api.md).
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hamcrest.core.string_description import StringDescription

from castle_bdd.errors import FixtureUsageError, MatcherConfigurationError
from castle_bdd.fixtures.field_filters import FieldFilters
from castle_bdd.fixtures.saga import SagaTestFixture
from castle_bdd.matchers import deep_equals, equal_to, exact_class_of, ignoring_fields, nothing
from tests.parity.saga.test_fixture_deadlines import MySaga


class SomeBaseEvent:
    pass


class SomeSubclassEvent(SomeBaseEvent):
    pass


class SomeEvent:
    pass


@dataclass(frozen=True)
class MyEvent:
    aggregate_identifier: str
    some_value: int
    some_bytes: bytes = b""


@dataclass(frozen=True)
class MyOtherEvent:
    pass


class ObjectNotOverridingEquals:
    def __init__(self, some_field: str) -> None:
        self.some_field = some_field


@dataclass(frozen=True)
class IgnoredFieldEvent:
    field: str
    ignored_field: str


def _described(matcher: object) -> str:
    description = StringDescription()
    matcher.describe_to(description)  # type: ignore[attr-defined]
    return str(description)


def _mismatch(matcher: object, item: object) -> str:
    description = StringDescription()
    matcher.describe_mismatch(item, description)  # type: ignore[attr-defined]
    return str(description)


# ExactClassMatcherTest


def test_exact_class_matches_returns_false_for_none_matching_types() -> None:
    """ExactClassMatcherTest.matchesReturnsFalseForNoneMatchingTypes"""
    subject = exact_class_of(SomeBaseEvent)
    assert not subject.matches(SomeEvent())
    assert _mismatch(subject, SomeEvent()).startswith("expected a SomeBaseEvent, but was")


def test_exact_class_matches_returns_false_for_subclass() -> None:
    """ExactClassMatcherTest.matchesReturnsFalseForSubclass"""
    assert not exact_class_of(SomeBaseEvent).matches(SomeSubclassEvent())


def test_exact_class_matches_for_same_class() -> None:
    """ExactClassMatcherTest.matchesForSameClass"""
    assert exact_class_of(SomeBaseEvent).matches(SomeBaseEvent())


def test_exact_class_matches_is_null_safe() -> None:
    """ExactClassMatcherTest.matchesIsNullSafe"""
    assert not exact_class_of(str).matches(None)
    with pytest.raises(MatcherConfigurationError):
        exact_class_of(None).matches("foo")  # type: ignore[arg-type]


# DeepEqualsMatcherTest


def test_deep_equals_returns_false_for_none_matching_types() -> None:
    """DeepEqualsMatcherTest.matchesReturnsFalseForNoneMatchingTypes"""
    subject = deep_equals("foo")
    assert not subject.matches(42)
    assert _mismatch(subject, 42) == "expected 'foo', but was 42"


def test_deep_equals_returns_false_for_none_matching_equals() -> None:
    """DeepEqualsMatcherTest.matchesReturnsFalseForNoneMatchingEquals"""
    subject = deep_equals("foo")
    assert not subject.matches("bar")
    assert _mismatch(subject, "bar") == "expected 'foo', but was 'bar'"


def test_deep_equals_returns_false_for_none_matching_fields() -> None:
    """DeepEqualsMatcherTest.matchesReturnsFalseForNoneMatchingFields"""
    subject = deep_equals(ObjectNotOverridingEquals("foo"))
    actual = ObjectNotOverridingEquals("bar")
    assert not subject.matches(actual)
    assert "some_field" in _mismatch(subject, actual)


def test_deep_equals_returns_true() -> None:
    """DeepEqualsMatcherTest.matchesReturnsTrue"""
    assert deep_equals("foo").matches("foo")


def test_deep_equals_is_null_safe() -> None:
    """DeepEqualsMatcherTest.matchesIsNullSafe"""
    assert not deep_equals("foo").matches(None)
    with pytest.raises(MatcherConfigurationError):
        deep_equals(None).matches("foo")


def test_deep_equals_ignored_field_on_event() -> None:
    """DeepEqualsMatcherTest.ignoredFieldOnEvent"""
    subject = deep_equals(
        IgnoredFieldEvent("x", "someField"), ignored_fields=ignoring_fields("ignored_field")
    )
    assert subject.matches(IgnoredFieldEvent("x", "otherField"))


# EqualFieldsMatcherTest

EXPECTED = MyEvent("AggregateId", 1)


def test_equal_fields_same_instance() -> None:
    """EqualFieldsMatcherTest.matches_SameInstance"""
    assert equal_to(EXPECTED).matches(EXPECTED)


def test_equal_fields_equal_instance() -> None:
    """EqualFieldsMatcherTest.matches_EqualInstance"""
    assert equal_to(EXPECTED).matches(MyEvent("AggregateId", 1))


def test_equal_fields_wrong_event_type() -> None:
    """EqualFieldsMatcherTest.matches_WrongEventType"""
    assert not equal_to(EXPECTED).matches(MyOtherEvent())


def test_equal_fields_wrong_field_value() -> None:
    """EqualFieldsMatcherTest.matches_WrongFieldValue"""
    subject = equal_to(EXPECTED)
    actual = MyEvent("AggregateId", 2)
    assert not subject.matches(actual)
    assert _mismatch(subject, actual).startswith("some_value:")


def test_equal_fields_wrong_field_value_in_ignored_field() -> None:
    """EqualFieldsMatcherTest.matches_WrongFieldValueInIgnoredField"""
    subject = equal_to(EXPECTED, ignored_fields=ignoring_fields("some_value"))
    assert subject.matches(MyEvent("AggregateId", 2))


def test_equal_fields_wrong_field_value_in_array() -> None:
    """EqualFieldsMatcherTest.matches_WrongFieldValueInArray"""
    subject = equal_to(EXPECTED)
    actual = MyEvent("AggregateId", 1, bytes([1, 2]))
    assert not subject.matches(actual)
    assert _mismatch(subject, actual).startswith("some_bytes:")


def test_equal_fields_description_after_success() -> None:
    """EqualFieldsMatcherTest.description_AfterSuccess"""
    subject = equal_to(EXPECTED)
    assert subject.matches(EXPECTED)
    assert (
        _described(subject)
        == "MyEvent(aggregate_identifier='AggregateId', some_value=1, some_bytes=b'')"
    )


def test_equal_fields_description_after_match_with_wrong_type() -> None:
    """EqualFieldsMatcherTest.description_AfterMatchWithWrongType"""
    subject = equal_to(EXPECTED)
    assert not subject.matches(MyOtherEvent())
    assert _described(subject).startswith("MyEvent(")
    assert _mismatch(subject, MyOtherEvent()).startswith("expected a MyEvent, but was")


def test_equal_fields_description_after_match_with_wrong_field_value() -> None:
    """EqualFieldsMatcherTest.description_AfterMatchWithWrongFieldValue"""
    subject = equal_to(EXPECTED)
    actual = MyEvent("AggregateId", 2)
    assert not subject.matches(actual)
    assert _described(subject).startswith("MyEvent(")
    assert _mismatch(subject, actual) == "some_value: expected 1, but was 2"


# NullOrVoidMatcherTest


def test_nothing_matches_void_and_null() -> None:
    """NullOrVoidMatcherTest.matcherMatchesVoidAndNull"""
    assert nothing().matches(None)
    assert not nothing().matches(object())


# IgnoreFieldTest


def test_ignore_field_accepts_other_fields_class_string_constructor() -> None:
    """IgnoreFieldTest.acceptOtherFields_ClassStringConstructor"""
    filters = FieldFilters()
    filters.ignore(IgnoredFieldEvent, "ignored_field")
    assert filters.accepts(IgnoredFieldEvent, "field")
    assert not filters.accepts(IgnoredFieldEvent, "ignored_field")


def test_ignore_field_accepts_other_fields_field_constructor() -> None:
    """IgnoreFieldTest.acceptOtherFields_FieldConstructor"""
    fixture = SagaTestFixture(MySaga).register_ignored_field(IgnoredFieldEvent, "ignored_field")
    filters = fixture._configuration.field_filters
    assert filters.accepts(IgnoredFieldEvent, "field")
    assert not filters.accepts(IgnoredFieldEvent, "ignored_field")


def test_ignore_field_rejects_non_existent_field() -> None:
    """IgnoreFieldTest.rejectNonExistentField"""
    with pytest.raises(FixtureUsageError, match="IgnoredFieldEvent has no field 'nonExistent'"):
        SagaTestFixture(MySaga).register_ignored_field(IgnoredFieldEvent, "nonExistent")


# MatchAllFieldFilterTest


def test_match_all_field_filter_accepts_when_empty() -> None:
    """MatchAllFieldFilterTest.acceptWhenEmpty"""
    assert FieldFilters(()).accepts(IgnoredFieldEvent, "field")


def test_match_all_field_filter_accepts_when_all_accept() -> None:
    """MatchAllFieldFilterTest.acceptWhenAllAccept"""
    filters = FieldFilters(())
    filters.add_filter(lambda cls, name: True)
    filters.add_filter(lambda cls, name: True)
    assert filters.accepts(IgnoredFieldEvent, "field")


def test_match_all_field_filter_rejects_when_one_rejects() -> None:
    """MatchAllFieldFilterTest.rejectWhenOneRejects"""
    filters = FieldFilters(())
    filters.add_filter(lambda cls, name: True)
    filters.add_filter(lambda cls, name: False)
    assert not filters.accepts(IgnoredFieldEvent, "field")
