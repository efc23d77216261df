"""Axon's ``MapEntryMatcherTest``, ``NonStaticFieldsFilterTest`` and
``NonTransientFieldsFilterTest``, case by case.

Axon compares the metadata of an expected message with ``MapEntryMatcher``; castle-bdd
compares it wherever an expected `Message` gives metadata, with one rule
(``castle_bdd.matching``), so these cases run through ``equal_to(Message(…, metadata))``.
The missing and additional entries Axon's matcher keeps are named in the mismatch.
Python's class attributes are its static fields; it has no transient fields, and
``register_ignored_field`` leaves a field out instead (see "Differences from Axon").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from hamcrest.core.string_description import StringDescription

from castle_bdd import Message
from castle_bdd.domain.messages import field_names
from castle_bdd.fixtures.field_filters import FieldFilters
from castle_bdd.matchers import equal_to


@dataclass(frozen=True)
class ValueItem:
    name: str | None


@dataclass(frozen=True)
class Payload:
    pass


EXPECTED = {"a": ValueItem("a"), "b": ValueItem("b"), "c": ValueItem("c")}


def _with(metadata: Mapping[Any, object]) -> Message:
    return Message(Payload(), metadata)


MATCHER = equal_to(_with(dict(EXPECTED)))


def _mismatch(metadata: Mapping[Any, object]) -> str:
    description = StringDescription()
    MATCHER.describe_mismatch(_with(metadata), description)
    return str(description)


def test_null_safe() -> None:
    """MapEntryMatcherTest.nullSafe"""
    assert not MATCHER.matches(None)


def test_expected_entries_not_present() -> None:
    """MapEntryMatcherTest.expectedEntriesNotPresent"""
    assert not MATCHER.matches(_with({"a": ValueItem("a")}))
    mismatch = _mismatch({"a": ValueItem("a")})
    assert "metadata['b']: expected ValueItem(name='b'), but was None" in mismatch
    assert "metadata['c']: expected ValueItem(name='c'), but was None" in mismatch
    assert "metadata['a']" not in mismatch


def test_too_many_entries() -> None:
    """MapEntryMatcherTest.tooManyEntries"""
    more = {**EXPECTED, "d": ValueItem("d"), "e": ValueItem("e")}
    assert not MATCHER.matches(_with(more))
    mismatch = _mismatch(more)
    assert "metadata['d']: expected None, but was ValueItem(name='d')" in mismatch
    assert "metadata['e']: expected None, but was ValueItem(name='e')" in mismatch


def test_incorrect_value() -> None:
    """MapEntryMatcherTest.incorrectValue"""
    wrong = {**EXPECTED, "c": ValueItem("CCCC")}
    assert not MATCHER.matches(_with(wrong))
    assert "metadata['c'].name: expected 'c', but was 'CCCC'" in _mismatch(wrong)
    missing_value = {**EXPECTED, "c": None}
    assert not MATCHER.matches(_with(missing_value))
    assert "metadata['c']: expected ValueItem(name='c'), but was None" in _mismatch(missing_value)


def test_incorrect_key() -> None:
    """MapEntryMatcherTest.incorrectKey"""
    renamed = {"a": ValueItem("a"), "b": ValueItem("b"), "CCCC": ValueItem("c")}
    assert not MATCHER.matches(_with(renamed))
    assert "metadata['CCCC']: expected None, but was ValueItem(name='c')" in _mismatch(renamed)
    none_key: dict[str | None, object] = {"a": ValueItem("a"), "b": ValueItem("b")}
    none_key[None] = ValueItem("c")
    assert not MATCHER.matches(_with(none_key))
    assert "metadata[None]: expected None, but was ValueItem(name='c')" in _mismatch(none_key)


def test_any_order() -> None:
    """MapEntryMatcherTest.anyOrder"""
    in_order = dict(sorted(EXPECTED.items()))
    reversed_order = dict(sorted(EXPECTED.items(), reverse=True))
    assert MATCHER.matches(_with(in_order))
    assert MATCHER.matches(_with(reversed_order))


def test_match_empty_map() -> None:
    """MapEntryMatcherTest.matchEmptyMap"""
    assert equal_to(_with({})).matches(_with({}))


def test_null() -> None:
    """MapEntryMatcherTest.testNull"""
    assert not equal_to(_with({})).matches(None)


def test_non_map_type() -> None:
    """MapEntryMatcherTest.nonMapType"""
    assert not equal_to(_with({})).matches(object())
    assert not equal_to(_with({})).matches(set())


def test_to_string() -> None:
    """MapEntryMatcherTest.testToString"""
    description = StringDescription()
    MATCHER.describe_to(description)
    assert str(description) == (
        "Payload() with metadata {'a': ValueItem(name='a'), 'b': ValueItem(name='b'), "
        "'c': ValueItem(name='c')}"
    )


@dataclass(frozen=True)
class FieldsOfEveryKind:
    static_field: ClassVar[int] = 0
    non_static_field: int = 0
    non_transient_field: int = 0
    transient_field: int = 0


def test_non_static_fields_filter_accepts_a_non_static_field() -> None:
    """NonStaticFieldsFilterTest.acceptNonTransientField"""
    assert "non_static_field" in field_names(FieldsOfEveryKind)


def test_non_static_fields_filter_rejects_a_static_field() -> None:
    """NonStaticFieldsFilterTest.rejectTransientField"""
    assert "static_field" not in field_names(FieldsOfEveryKind)


def test_non_transient_fields_filter_accepts_a_non_transient_field() -> None:
    """NonTransientFieldsFilterTest.acceptNonTransientField"""
    filters = FieldFilters()
    filters.ignore(FieldsOfEveryKind, "transient_field")
    assert filters.accepts(FieldsOfEveryKind, "non_transient_field")


def test_non_transient_fields_filter_rejects_a_transient_field() -> None:
    """NonTransientFieldsFilterTest.rejectTransientField"""
    filters = FieldFilters()
    filters.ignore(FieldsOfEveryKind, "transient_field")
    assert not filters.accepts(FieldsOfEveryKind, "transient_field")
