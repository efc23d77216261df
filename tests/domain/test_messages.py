from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

import attrs
import pydantic
import pytest
from castlecraft_engineer.abstractions.event import Event

from castle_bdd.domain.messages import (
    DEFAULT_IGNORED_FIELDS,
    Message,
    field_names,
    field_values,
    message_fields,
    payload_of,
)
from castle_bdd.matching import ExpectedMessage, field_differences, messages_alike


@dataclass
class Mutable:
    name: str
    tags: list[str] = field(default_factory=list)


class PydanticIssued(pydantic.BaseModel):
    card_id: str
    amount: int = 0


@attrs.define
class AttrsIssued:
    card_id: str
    amount: Decimal = Decimal(0)


@dataclass(frozen=True, kw_only=True)
class CastleIssued(Event):
    card_id: str


class Plain:
    def __init__(self, card_id: str, amount: int = 1) -> None:
        self.card_id = card_id
        self.amount = amount


@pytest.mark.parametrize("message_type", [PydanticIssued, AttrsIssued, Plain])
def test_fields_of_every_supported_kind(message_type: type) -> None:
    fields = message_fields(message_type)
    assert [f.name for f in fields] == ["card_id", "amount"]
    assert [f.required for f in fields] == [True, False]
    assert fields[0].type is str


def test_dataclass_fields_keep_types_and_defaults() -> None:
    name, tags = message_fields(Mutable)
    assert (name.name, name.type, name.required) == ("name", str, True)
    assert (tags.name, tags.type, tags.required) == ("tags", list[str], False)


def test_castlecraft_events_expose_their_metadata_fields() -> None:
    assert field_names(CastleIssued) == ("event_id", "occurred_on", "card_id")
    assert {"event_id", "occurred_on"} <= DEFAULT_IGNORED_FIELDS


def test_field_values() -> None:
    assert field_values(PydanticIssued(card_id="A", amount=3)) == {"card_id": "A", "amount": 3}
    assert field_values(Plain("B")) == {"card_id": "B", "amount": 1}


def test_payload_of_unwraps_envelopes() -> None:
    message = Message(Mutable("x"), {"user": "u"}, datetime(2026, 1, 1))
    assert payload_of(message) == Mutable("x") and payload_of("bare") == "bare"
    assert message.payload_type is Mutable


def test_differences_are_named_by_path() -> None:
    differences = field_differences(Mutable("a", ["x", "y"]), Mutable("b", ["x", "z"]))
    assert [d.describe() for d in differences] == [
        "name: expected 'a', but was 'b'",
        "tags[1]: expected 'y', but was 'z'",
    ]


def test_a_different_class_is_one_difference() -> None:
    (difference,) = field_differences(Mutable("a"), Plain("a"))
    assert difference.path == "" and difference.describe().startswith("expected Mutable(")


def test_castlecraft_metadata_is_ignored_when_asked() -> None:
    first, second = CastleIssued(card_id="C"), CastleIssued(card_id="C")
    assert first.event_id != second.event_id
    assert messages_alike(first, second, DEFAULT_IGNORED_FIELDS)
    assert not messages_alike(first, second)


def test_partial_expectations_compare_only_named_fields() -> None:
    expected = ExpectedMessage(AttrsIssued, {"card_id": "A"})
    assert messages_alike(expected, AttrsIssued("A", Decimal(9)))
    (difference,) = field_differences(expected, AttrsIssued("B"))
    assert difference.describe() == "card_id: expected 'A', but was 'B'"
    assert (
        field_differences(expected, Plain("A"))[0].describe()
        == "expected an AttrsIssued, but was a Plain"
    )


def test_matchers_inside_expectations() -> None:
    from hamcrest import greater_than

    expected = ExpectedMessage(Plain, {"amount": greater_than(5)})
    assert messages_alike(expected, Plain("x", 6))
    (difference,) = field_differences(expected, Plain("x", 2))
    assert difference.describe() == "amount: expected a value greater than <5>, but was 2"


def test_ints_and_floats_compare_by_value() -> None:
    assert messages_alike(Mutable("a", [1]), Mutable("a", [1.0]))  # type: ignore[list-item]


def test_a_subclass_value_compares_by_value() -> None:
    from datetime import date

    class FrozenDate(date):
        pass

    assert messages_alike(Mutable("a", [date(2026, 1, 1)]), Mutable("a", [FrozenDate(2026, 1, 1)]))  # type: ignore[list-item]
    assert not messages_alike(Mutable("a", [True]), Mutable("a", [1]))  # type: ignore[list-item]


def test_the_wildcard_matches_any_value() -> None:
    from castle_bdd.matching import ANY_VALUE

    assert messages_alike(ExpectedMessage(Plain, {"amount": ANY_VALUE}), Plain("x", 99))
    assert repr(ANY_VALUE) == "*"
