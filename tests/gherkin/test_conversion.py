"""Tests of reading feature-file values as field types."""

from __future__ import annotations

import datetime as dt
import pickle
import typing
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from enum import Enum, IntEnum
from pathlib import Path
from typing import Annotated, Any, Literal, NewType, Optional, Union

import attrs
import pydantic
import pytest
from freezegun import freeze_time
from hypothesis import given
from hypothesis import strategies as st

from castle_bdd.errors import CastleBddError
from castle_bdd.gherkin.conversion import (
    ANY_VALUE,
    ValueConversionError,
    convert_json_value,
    convert_value,
    converter_for,
    describe_type,
    is_wildcard,
)


class Tier(Enum):
    GOLD = "gold"
    SILVER_MEMBER = "silver"


class Level(IntEnum):
    LOW = 1
    HIGH = 2


@dataclass(frozen=True)
class Money:
    amount: Decimal
    currency: str = "EUR"


@dataclass(frozen=True)
class OrderLine:
    sku: str
    price: Money
    tags: list[str]


@attrs.define
class Address:
    street: str
    number: int


class Customer(pydantic.BaseModel):
    name: str
    tier: Tier
    since: date | None = None


@dataclass
class Node:
    name: str
    children: list[Node]


@dataclass(frozen=True)
class Stamped:
    at: datetime
    on: date


CardId = NewType("CardId", str)


class Reference(str):
    """A value object that is a str."""


@pytest.mark.parametrize(
    ("text", "target", "expected"),
    [
        ("GC-1", str, "GC-1"),
        ("100", int, 100),
        ("-3", int, -3),
        ("1_000", int, 1000),
        ("1.5", float, 1.5),
        ("2", float, 2.0),
        ("12.50", Decimal, Decimal("12.50")),
        ("true", bool, True),
        ("FALSE", bool, False),
        ("Yes", bool, True),
        ("no", bool, False),
        ("2026-01-01", date, date(2026, 1, 1)),
        ("2026-01-01T09:00:00Z", datetime, datetime(2026, 1, 1, 9, tzinfo=timezone.utc)),
        ("09:30", time, time(9, 30)),
        ("09:30:00Z", time, time(9, 30, tzinfo=timezone.utc)),
        ("30 days", timedelta, timedelta(days=30)),
        ("PT2H", timedelta, timedelta(hours=2)),
        (
            "123e4567-e89b-12d3-a456-426614174000",
            uuid.UUID,
            uuid.UUID("123e4567-e89b-12d3-a456-426614174000"),
        ),
        ("abc", bytes, b"abc"),
    ],
)
def test_scalars(text: str, target: Any, expected: Any) -> None:
    value = convert_value(text, target)
    assert value == expected
    assert _same_kind(value, expected)


def _same_kind(value: Any, expected: Any) -> bool:
    # isinstance, not type identity: while freezegun runs, ``date`` in this module may be
    # its stand-in subclass; bool is kept apart from int
    return isinstance(value, type(expected)) and isinstance(value, bool) == isinstance(
        expected, bool
    )


def test_datetime_with_offset_is_aware() -> None:
    value = convert_value("2026-01-01T10:00:00+01:00", datetime)
    assert value.utcoffset() == timedelta(hours=1)  # type: ignore[attr-defined]


def test_datetime_without_offset_stays_naive_as_written() -> None:
    assert convert_value("2026-01-01T09:00:00", datetime) == datetime(2026, 1, 1, 9)


def test_quotes_are_removed() -> None:
    assert convert_value('"GC-1"', str) == "GC-1"
    assert convert_value("'GC-1'", str) == "GC-1"
    assert convert_value('"100"', int) == 100


def test_escaped_quotes_inside_quotes() -> None:
    assert convert_value(r'"say \"hi\""', str) == 'say "hi"'


def test_quoted_text_keeps_its_spaces() -> None:
    assert convert_value('"  padded "', str) == "  padded "


def test_quoted_flag_means_already_unquoted() -> None:
    assert convert_value('"x"', str, quoted=True) == '"x"'


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("GOLD", Tier.GOLD),
        ("gold", Tier.GOLD),
        ("Gold", Tier.GOLD),
        ("SILVER_MEMBER", Tier.SILVER_MEMBER),
        ("silver member", Tier.SILVER_MEMBER),
        ("silver", Tier.SILVER_MEMBER),
    ],
)
def test_enum_by_name_or_value_in_any_case(text: str, member: Tier) -> None:
    assert convert_value(text, Tier) is member


def test_int_enum_by_value() -> None:
    assert convert_value("2", Level) is Level.HIGH
    assert convert_value("low", Level) is Level.LOW


def test_enum_typo_suggests_the_nearest_member() -> None:
    with pytest.raises(ValueConversionError) as raised:
        convert_value("GLOD", Tier)
    assert raised.value.expected == "one of: GOLD, SILVER_MEMBER"
    assert raised.value.hint == "did you mean GOLD?"
    assert (
        str(raised.value)
        == 'cannot read "GLOD" as one of: GOLD, SILVER_MEMBER — did you mean GOLD?'
    )


def test_many_enum_members_are_shortened() -> None:
    many = Enum("Many", [f"M{index}" for index in range(20)])  # type: ignore[misc]
    assert describe_type(many).endswith("… (20 in all)")


@pytest.mark.parametrize("text", ["null", "none", "NULL", ""])
def test_optional_reads_null(text: str) -> None:
    assert convert_value(text, Optional[int]) is None  # noqa: UP045 - the old spelling must work
    assert convert_value(text, int | None) is None


def test_optional_reads_its_type() -> None:
    assert convert_value("5", Optional[int]) == 5  # noqa: UP045


def test_a_quoted_null_is_text() -> None:
    assert convert_value('"null"', str | None) == "null"
    assert convert_value('""', str | None) == ""


def test_a_plain_str_field_keeps_null_as_text() -> None:
    assert convert_value("null", str) == "null"


def test_union_prefers_other_members_to_text() -> None:
    assert convert_value("5", Union[str, int]) == 5  # noqa: UP007
    assert convert_value("five", int | str) == "five"


def test_union_without_a_fitting_member() -> None:
    with pytest.raises(ValueConversionError, match="a whole number or a date"):
        convert_value("x", int | date)


@pytest.mark.parametrize(
    ("text", "target", "expected"),
    [
        ("1, 2, 3", list[int], [1, 2, 3]),
        ("[1, 2, 3]", list[int], [1, 2, 3]),
        ("", list[int], []),
        ("GC-1", list[str], ["GC-1"]),
        ('"a, b", c', list[str], ["a, b", "c"]),
        ("a, b, a", set[str], {"a", "b"}),
        ("a, b", frozenset[str], frozenset({"a", "b"})),
        ("1, 2", tuple[int, ...], (1, 2)),
        ("1, x", tuple[int, str], (1, "x")),
        ('["2026-01-01"]', list[date], [date(2026, 1, 1)]),
        ("gold, silver", list[Tier], [Tier.GOLD, Tier.SILVER_MEMBER]),
        ("a, b", list, ["a", "b"]),
        ("[1, 2]", tuple, (1, 2)),
    ],
)
def test_collections(text: str, target: Any, expected: Any) -> None:
    assert convert_value(text, target) == expected


def test_a_bad_item_names_the_item() -> None:
    with pytest.raises(ValueConversionError, match='"x" as a whole number'):
        convert_value("1, x", list[int])


def test_a_fixed_tuple_needs_each_position() -> None:
    with pytest.raises(ValueConversionError, match="it has 1"):
        convert_value("1", tuple[int, int])


def test_broken_json_array() -> None:
    with pytest.raises(ValueConversionError, match="not valid JSON"):
        convert_value("[1, 2", list[int])


def test_mapping_from_json() -> None:
    assert convert_value('{"a": 1}', dict[str, int]) == {"a": 1}
    assert convert_value('{"1": "2026-01-01"}', dict[int, date]) == {1: date(2026, 1, 1)}
    assert convert_value('{"a": [1]}', dict) == {"a": [1]}


def test_mapping_needs_an_object() -> None:
    with pytest.raises(ValueConversionError, match="JSON object"):
        convert_value("[1]", dict[str, int])


def test_nested_dataclass_from_json() -> None:
    line = convert_value('{"sku": "X", "price": {"amount": "1.50"}, "tags": ["a"]}', OrderLine)
    assert line == OrderLine("X", Money(Decimal("1.50")), ["a"])


def test_nested_field_names_may_be_spaced() -> None:
    assert convert_value('{"Street": "Main", "number": "5"}', Address) == Address("Main", 5)


def test_pydantic_model_from_json() -> None:
    customer = convert_value('{"name": "Ann", "tier": "gold", "since": "2020-05-01"}', Customer)
    assert customer == Customer(name="Ann", tier=Tier.GOLD, since=date(2020, 5, 1))


def test_a_record_may_contain_itself() -> None:
    tree = convert_value('{"name": "a", "children": [{"name": "b", "children": []}]}', Node)
    assert tree == Node("a", [Node("b", [])])


def test_unknown_nested_field_is_suggested() -> None:
    with pytest.raises(ValueConversionError, match="no field pric; did you mean price"):
        convert_value('{"sku": "X", "pric": {}, "tags": []}', OrderLine)


def test_missing_nested_fields_are_named() -> None:
    with pytest.raises(ValueConversionError, match="missing price, tags"):
        convert_value('{"sku": "X"}', OrderLine)


def test_a_constructor_refusal_becomes_a_conversion_error() -> None:
    with pytest.raises(ValueConversionError):
        convert_value('{"name": "Ann", "tier": "gold", "since": 5}', Customer)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("42", 42),
        ("-1.5", -1.5),
        ("true", True),
        ("False", False),
        ("null", None),
        ("[1, 2]", [1, 2]),
        ('{"a": 1}', {"a": 1}),
        ("[not json", "[not json"),
        ("GC-1", "GC-1"),
        ('"42"', "42"),
    ],
)
def test_any_guesses_from_the_look_of_the_value(text: str, expected: Any) -> None:
    assert convert_value(text, Any) == expected
    assert convert_value(text, object) == expected


def test_unresolved_string_hints_are_read_like_any() -> None:
    assert convert_value("42", "SomeUnknownType") == 42


def test_literal() -> None:
    assert convert_value("b", Literal["a", "b"]) == "b"
    assert convert_value("2", Literal[1, 2]) == 2
    assert convert_value("TRUE", Literal[True]) is True


def test_literal_typo() -> None:
    with pytest.raises(ValueConversionError, match="one of: open, closed — did you mean open"):
        convert_value("opne", Literal["open", "closed"])


def test_new_type_reads_its_supertype() -> None:
    assert convert_value("GC-1", CardId) == "GC-1"
    assert convert_value("5", NewType("Count", int)) == 5


def test_annotated_reads_its_type() -> None:
    assert convert_value("5", Annotated[int, "a count"]) == 5


def test_str_subclass_is_wrapped() -> None:
    value = convert_value("R-1", Reference)
    assert value == "R-1"
    assert type(value) is Reference


def test_other_classes_get_the_text() -> None:
    assert convert_value("a/b", Path) == Path("a/b")


@pytest.mark.parametrize(
    ("text", "target", "message"),
    [
        ("abc", int, 'cannot read "abc" as a whole number'),
        ("1.0", int, 'cannot read "1.0" as a whole number'),
        ("abc", float, 'cannot read "abc" as a number'),
        ("abc", Decimal, 'cannot read "abc" as a decimal number like 12.50'),
        ("ture", bool, 'cannot read "ture" as true or false — did you mean true?'),
        ("2026-13-01", date, "as a date like 2026-01-01 — month must be in 1..12"),
        ("tomorrow", datetime, "as a date and time like 2026-01-01T09:00:00Z"),
        ("noon", time, "as a time of day like 09:30:00"),
        ("31 dayz", timedelta, 'as a duration like "31 days" or "2 hours and 30 minutes"'),
        ("x", uuid.UUID, "as a UUID like"),
        ("5", type(None), 'cannot read "5" as null'),
    ],
)
def test_unreadable_values(text: str, target: Any, message: str) -> None:
    with pytest.raises(ValueConversionError) as raised:
        convert_value(text, target)
    assert message in str(raised.value)
    assert raised.value.value == text
    assert isinstance(raised.value, CastleBddError)


def test_a_duration_typo_is_suggested() -> None:
    with pytest.raises(ValueConversionError) as raised:
        convert_value("31 dayz", timedelta)
    assert raised.value.hint == 'did you mean "days"?'


@pytest.mark.parametrize(
    ("value", "target", "expected"),
    [
        (5, int, 5),
        (5, float, 5.0),
        (1.5, Decimal, Decimal("1.5")),
        (5, str, "5"),
        ("5", int, 5),
        (True, bool, True),
        (None, int | None, None),
        ("gold", Tier, Tier.GOLD),
        (2, Level, Level.HIGH),
        ([1, "2"], list[int], [1, 2]),
        ({"a": "1"}, dict[str, int], {"a": 1}),
        ({"amount": 3}, Money, Money(Decimal(3))),
        ("2026-01-01", date, date(2026, 1, 1)),
        ({"x": [1]}, Any, {"x": [1]}),
        ("null", str | None, "null"),
        ("5", int | str, "5"),
        (5, int | str, 5),
        ([1, "a"], tuple[int, str], (1, "a")),
        (1, Literal[1, 2], 1),
    ],
)
def test_convert_json_value(value: Any, target: Any, expected: Any) -> None:
    converted = convert_json_value(value, target)
    assert converted == expected
    assert _same_kind(converted, expected)


@pytest.mark.parametrize(
    ("value", "target"),
    [
        (True, int),
        (None, int),
        ([1], int),
        (5.5, int),
        ({"a": 1}, list[int]),
        ("x", Money),
        ([1], Money),
        (True, str),
        ([], Tier),
    ],
)
def test_convert_json_value_refuses_the_wrong_kind(value: Any, target: Any) -> None:
    with pytest.raises(ValueConversionError):
        convert_json_value(value, target)


def test_times_are_standard_classes_while_time_is_frozen() -> None:
    with freeze_time("2030-01-01"):
        hinted = typing.get_type_hints(Stamped)
        values = [convert_value("2026-01-01T09:00:00Z", hinted["at"])]
        values.append(convert_value("2026-01-01", hinted["on"]))
        values.append(convert_json_value("2026-01-01", hinted["on"]))
    assert [type(value).__module__ for value in values] == ["datetime"] * 3
    assert values[1] == dt.date(2026, 1, 1)


def test_an_instance_is_kept() -> None:
    money = Money(Decimal(1))
    assert convert_json_value(money, Money) is money


def test_describe_type() -> None:
    assert describe_type(int) == "a whole number"
    assert describe_type(date) == "a date like 2026-01-01"
    assert describe_type(Tier) == "one of: GOLD, SILVER_MEMBER"
    assert describe_type(int | None) == "a whole number (or null)"
    assert describe_type(list[int]).startswith("a list of whole numbers")


def test_converters_are_built_once_per_type() -> None:
    assert converter_for(list[int]) is converter_for(list[int])
    assert converter_for(Optional[Tier]) is converter_for(Tier | None)  # noqa: UP045


def test_unhashable_hints_still_convert() -> None:
    hint = Literal["a"]
    hint.__args__ = (["unhashable"],)  # type: ignore[attr-defined]
    with pytest.raises(ValueConversionError):
        convert_value("b", hint)


@given(st.integers())
def test_integers_read_back(number: int) -> None:
    assert convert_value(str(number), int) == number


@given(st.decimals(allow_nan=False, allow_infinity=False))
def test_decimals_read_back(number: Decimal) -> None:
    assert convert_value(str(number), Decimal) == number


@given(st.lists(st.text(alphabet="abc xyz-", min_size=1).map(str.strip).filter(bool)))
def test_comma_separated_text_reads_back(items: list[str]) -> None:
    assert convert_value(", ".join(f'"{item}"' for item in items), list[str]) == items


def test_wildcard() -> None:
    assert is_wildcard("*")
    assert is_wildcard(" * ")
    assert not is_wildcard('"*"')
    assert not is_wildcard("**")


def test_any_value_equals_everything() -> None:
    assert ANY_VALUE == 30
    assert ANY_VALUE == "GC-1"  # type: ignore[comparison-overlap]
    assert ANY_VALUE == None  # type: ignore[unreachable]  # noqa: E711 - the comparison itself is under test
    assert [1, 2] == [ANY_VALUE, 2]  # noqa: SIM300 - the wildcard on the right is under test
    assert (ANY_VALUE != 30) is False
    assert repr(ANY_VALUE) == "*"
    assert len({ANY_VALUE, ANY_VALUE}) == 1


def test_any_value_survives_pickling_as_itself() -> None:
    assert pickle.loads(pickle.dumps(ANY_VALUE)) is ANY_VALUE
