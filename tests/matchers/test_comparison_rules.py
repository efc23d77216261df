"""Rules of the field-by-field comparison that no other test held in place.

Each was found by mutating `castle_bdd.matching` and `castle_bdd.domain.equality`: the
suite stayed green while the rule was broken, most of them so that an expectation would
pass on what it should deny.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import attrs
import pydantic
import pytest

from castle_bdd import AggregateTestFixture
from castle_bdd.domain.equality import has_own_equality
from castle_bdd.domain.messages import Message
from castle_bdd.errors import FixtureUsageError
from castle_bdd.matchers import equal_to
from castle_bdd.matching import ExpectedMessage, field_differences, type_name
from examples.giftcard import GiftCard

NAN = float("nan")


@dataclass(frozen=True)
class Reading:
    value: Any


@dataclass(frozen=True)
class ReadingAgain(Reading):
    """A subclass that adds no field: alike in every field, yet not the same class."""


class Moment(datetime):
    """A datetime subclass with a ``__dict__``, as freezegun's FakeDatetime is."""


def _paths(expected: object, actual: object) -> list[str]:
    return [difference.path for difference in field_differences(expected, actual)]


@pytest.mark.parametrize(
    ("expected", "actual"),
    [(NAN, 1.0), (1.0, NAN), (NAN, 0.0)],
    ids=["NaN expected", "NaN found", "NaN against zero"],
)
def test_a_nan_differs_from_every_number(expected: float, actual: float) -> None:
    # NaN equals NaN (as Java's Double.equals counts it), and only NaN
    assert _paths(Reading(expected), Reading(actual)) == ["value"]
    assert not equal_to(Reading(expected)).matches(Reading(actual))


def test_a_nan_equals_a_nan() -> None:
    assert field_differences(Reading(NAN), Reading(float("nan"))) == []


@pytest.mark.parametrize(
    ("expected", "actual"),
    [(1, True), (True, 1), (0, False), (False, 0), (1.0, True)],
    ids=["1 expected, True found", "True expected, 1 found", "0/False", "False/0", "1.0/True"],
)
def test_a_bool_is_no_number(expected: object, actual: object) -> None:
    assert _paths(Reading(expected), Reading(actual)) == ["value"]
    assert _paths([expected], [actual]) == ["[0]"]


@pytest.mark.parametrize(
    ("expected", "actual"),
    [
        (Moment(2024, 3, 1, 9), datetime(2024, 3, 1, 9)),
        (datetime(2024, 3, 1, 9), Moment(2024, 3, 1, 9)),
    ],
    ids=["subclass expected", "subclass found"],
)
def test_a_datetime_equals_one_of_a_subclass_either_way(expected: object, actual: object) -> None:
    # domain code under the frozen clock makes freezegun's subclasses; tests write plain ones
    assert field_differences(Reading(expected), Reading(actual)) == []


def test_a_different_datetime_of_a_subclass_still_differs() -> None:
    assert _paths(Reading(Moment(2024, 3, 1, 9)), Reading(datetime(2024, 3, 1, 10))) == ["value"]


def test_a_message_of_a_subclass_that_adds_no_field_is_not_the_expected_one() -> None:
    # same fields, same values: still another class, as Axon compares classes exactly
    assert _paths(Reading(1), ReadingAgain(1)) == [""]
    assert not equal_to(Reading(1)).matches(ReadingAgain(1))
    assert _paths(Reading(Reading(1)), Reading(ReadingAgain(1))) == ["value"]
    assert _paths([Reading(1)], [ReadingAgain(1)]) == ["[0]"]


@pytest.mark.parametrize("actual", [[1], "a", 3, (("a", 1),)], ids=["list", "str", "int", "pairs"])
def test_a_dict_against_a_value_of_no_mapping_is_one_difference(actual: object) -> None:
    assert _paths(Reading({"a": 1}), Reading(actual)) == ["value"]


@pytest.mark.parametrize(
    "actual", [{1}, frozenset({1}), (1,), "1"], ids=["set", "frozen", "tuple", "str"]
)
def test_a_list_against_a_value_of_another_kind_differs(actual: object) -> None:
    assert _paths(Reading([1]), Reading(actual)) == ["value"]


def test_a_set_equals_a_frozenset_of_the_same_items() -> None:
    assert field_differences(Reading({1, 2}), Reading(frozenset({1, 2}))) == []
    assert _paths(Reading({1, 2}), Reading(frozenset({1}))) == ["value"]


def _one() -> int:
    return 1


def _also_one() -> int:
    return 1


@pytest.mark.parametrize(
    "other",
    [_also_one, lambda: 1, type("Calls", (), {"__call__": lambda self: 1})()],
    ids=["function", "lambda", "callable object"],
)
def test_two_functions_differ_though_they_have_no_attributes(other: Callable[[], int]) -> None:
    # a function has a __dict__ but no state: compared by its attributes, any two are alike
    assert _paths(Reading(_one), Reading(other)) == ["value"]
    assert field_differences(Reading(_one), Reading(_one)) == []


def test_an_expected_message_without_metadata_leaves_the_metadata_uncompared() -> None:
    # docs/python-api.md: a Message built only to hold a payload does not fail on metadata
    assert field_differences(Message(Reading(1)), Message(Reading(1), {"trace": "t-1"})) == []
    assert _paths(Message(Reading(1)), Message(Reading(2), {"trace": "t-1"})) == ["value"]


def test_metadata_expected_of_a_bare_payload_is_a_difference() -> None:
    expected = Message(Reading(1), {"channel": "web"})
    assert field_differences(expected, Reading(1)) == [
        ("metadata['channel']", "web", None),
    ]
    assert not equal_to(expected).matches(Reading(1))


def test_a_nested_message_of_the_wrong_class_is_named_by_its_field() -> None:
    expected = Reading(ExpectedMessage(ReadingAgain, {}, exact_class=True))
    differences = field_differences(expected, Reading(Reading(1)))
    assert [d.path for d in differences] == ["value"]
    assert differences[0].describe() == "value: expected a ReadingAgain, but was a Reading"


class Holder:
    def __init__(self, inner: object) -> None:
        self.inner = inner


class Inner:
    def __init__(self) -> None:
        self.amount = 1


def test_an_attribute_only_a_nested_plain_object_has_is_named_by_its_path() -> None:
    found = Inner()
    found.note = "added"  # type: ignore[attr-defined]
    assert _paths(Holder(Inner()), Holder(found)) == ["inner.note"]


def test_the_type_name_of_an_expected_message_is_its_class_s() -> None:
    assert type_name(ExpectedMessage(Reading, {"value": 1})) == "Reading"
    assert type_name(Message(Reading(1))) == "Reading"


@attrs.define
class Tagged:
    card_id: str
    label: str = attrs.field(eq=False)


def test_an_attrs_field_left_out_of_its_equality_is_not_compared() -> None:
    # as a dataclass field with compare=False: the class's own == decides which fields count
    assert field_differences(Tagged("GC-1", "red"), Tagged("GC-1", "blue")) == []
    assert _paths(Tagged("GC-1", "red"), Tagged("GC-2", "red")) == ["card_id"]


class Priced(pydantic.BaseModel):
    card_id: str
    amount: int


class PricedLoosely(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="allow")
    card_id: str


def test_ignoring_a_field_a_pydantic_model_does_not_declare_is_refused() -> None:
    # only a model that allows fields beyond those it declares may have one of any name
    with pytest.raises(FixtureUsageError, match="Priced has no field 'colour'"):
        AggregateTestFixture(GiftCard).register_ignored_field(Priced, "colour")
    AggregateTestFixture(GiftCard).register_ignored_field(PricedLoosely, "colour")


class Code(str):
    """A str subclass: its objects have a __dict__, yet their state is the text."""


class Count(int):
    pass


@pytest.mark.parametrize(
    ("expected", "actual"),
    [(Code("GC-1"), "GC-1"), ("GC-1", Code("GC-1")), (Count(3), 3), ([3], [Count(3)])],
    ids=["str subclass expected", "str subclass found", "int subclass", "in a list"],
)
def test_a_value_of_a_built_in_s_subclass_equals_the_plain_value(
    expected: object, actual: object
) -> None:
    assert field_differences(Reading(expected), Reading(actual)) == []


def test_a_value_of_a_built_in_s_subclass_still_differs_by_value() -> None:
    assert _paths(Reading(Code("GC-1")), Reading("GC-2")) == ["value"]
    assert _paths(Reading(Count(3)), Reading(Count(4))) == ["value"]


class Amount:
    __slots__ = "cents"  # one slot, named by a string rather than a tuple

    def __init__(self, cents: int) -> None:
        self.cents = cents


def test_a_slot_declared_by_a_lone_string_is_compared() -> None:
    assert _paths(Amount(100), Amount(250)) == ["cents"]
    assert field_differences(Amount(100), Amount(100)) == []


class Referenced:
    __slots__ = ("__weakref__", "cents")

    def __init__(self, cents: int) -> None:
        self.cents = cents


def test_a_weak_reference_to_an_object_is_not_its_state() -> None:
    found = Referenced(100)
    kept = weakref.ref(found)
    assert field_differences(Referenced(100), found) == []
    assert _paths(Referenced(100), Referenced(5)) == ["cents"]
    assert kept() is found


class Unknown:
    """A slotted value whose own == says an unknown reading equals nothing."""

    __slots__ = ("value",)

    def __init__(self, value: int | None) -> None:
        self.value = value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Unknown) and self.value is not None and self.value == other.value

    __hash__ = None  # type: ignore[assignment]


def test_a_slotted_value_with_an_equality_of_its_own_has_its_slots_compared_when_it_says_no() -> (
    None
):
    # as a class that keeps its attributes in a __dict__: its == first, then its slots
    assert field_differences(Reading(Unknown(None)), Reading(Unknown(None))) == []
    assert field_differences(Reading(Unknown(1)), Reading(Unknown(1))) == []
    assert _paths(Reading(Unknown(1)), Reading(Unknown(2))) == ["value.value"]


def test_an_equality_written_in_code_run_by_exec_is_the_class_s_own() -> None:
    # a dataclass's generated __eq__ has no file either: only theirs is not the class's own
    namespace: dict[str, Any] = {}
    source = (
        "class Loose:\n"
        "    def __init__(self, text):\n"
        "        self.text = text\n"
        "    def __eq__(self, other):\n"
        "        return self.text.lower() == other.text.lower()\n"
    )
    exec(compile(source, "<doctest>", "exec"), namespace)
    loose = namespace["Loose"]
    assert has_own_equality(loose)
    assert not has_own_equality(Reading)
    assert field_differences(loose("ABC"), loose("abc")) == []
