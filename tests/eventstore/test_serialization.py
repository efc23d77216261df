"""`JsonSerializer`: every message flavour and every value kind comes back as it went in."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from enum import Enum, IntEnum
from typing import Any
from uuid import UUID
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from castle_bdd.eventstore import (
    JsonSerializer,
    MissingFieldError,
    SerializationError,
    Serializer,
    round_trip_differences,
)
from tests.fixtures.aggregate_samples import AttrsOpened, CastleOpened, PydanticOpened


class Colour(Enum):
    RED = "red"


class Rank(IntEnum):
    FIRST = 1


@dataclass(frozen=True)
class Address:
    street: str
    since: date


@dataclass(frozen=True)
class Everything:
    amount: Decimal
    issued_at: datetime
    local: datetime
    naive: datetime
    day: date
    hour: time
    wait: timedelta
    id: UUID
    colour: Colour
    rank: Rank
    address: Address
    addresses: list[Address]
    pair: tuple[int, str]
    tags: set[str]
    frozen: frozenset[int]
    maybe: int | None
    by_number: dict[int, str]
    by_name: dict[str, Any]


EVERYTHING = Everything(
    amount=Decimal("10.50"),
    issued_at=datetime(2026, 1, 1, 9, tzinfo=timezone.utc),
    local=datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=ZoneInfo("Europe/Paris")),
    naive=datetime(2026, 1, 1, 9),
    day=date(2026, 1, 2),
    hour=time(9, 30),
    wait=timedelta(days=1, seconds=2, microseconds=3),
    id=UUID("12345678-1234-5678-1234-567812345678"),
    colour=Colour.RED,
    rank=Rank.FIRST,
    address=Address("Main St", date(2020, 5, 1)),
    addresses=[Address("Side St", date(2021, 6, 1))],
    pair=(1, "one"),
    tags={"a", "b"},
    frozen=frozenset({1, 2}),
    maybe=None,
    by_number={1: "one"},
    by_name={"$weird": [1.5, None, True], "plain": {"nested": (2, 3)}},
)


def read_back(message: Any, serializer: JsonSerializer | None = None) -> Any:
    serializer = serializer or JsonSerializer()
    return serializer.deserialize(*serializer.serialize(message))


def test_every_value_kind_comes_back_the_same() -> None:
    assert round_trip_differences(EVERYTHING, JsonSerializer()) == []
    back = read_back(EVERYTHING)
    assert back == EVERYTHING
    assert back.local.fold == 1 and back.local.tzinfo == ZoneInfo("Europe/Paris")


def test_it_is_written_as_a_type_name_and_json() -> None:
    type_name, data = JsonSerializer().serialize(Address("Main St", date(2020, 5, 1)))
    assert type_name == f"{__name__}:Address"
    assert json.loads(data) == {"street": "Main St", "since": {"$date": "2020-05-01"}}


@pytest.mark.parametrize(
    "message",
    [
        PydanticOpened(account_id="A-1", owner="Ann"),
        AttrsOpened("A-1", "Ann"),
        CastleOpened(account_id="A-1", owner="Ann"),
    ],
    ids=["pydantic", "attrs", "castlecraft"],
)
def test_every_message_flavour_comes_back(message: Any) -> None:
    assert read_back(message) == message
    assert type(read_back(message)) is type(message)


def test_a_fresh_serializer_imports_the_class_by_its_name() -> None:
    type_name, data = JsonSerializer().serialize(EVERYTHING)
    assert JsonSerializer().deserialize(type_name, data) == EVERYTHING


def test_an_unknown_class_name_is_a_clear_error() -> None:
    with pytest.raises(SerializationError, match="cannot read back a nowhere:Gone"):
        JsonSerializer().deserialize("nowhere:Gone", "{}")


def test_a_missing_field_without_a_default_names_the_field() -> None:
    with pytest.raises(MissingFieldError, match=r"Address\.since: the stored Address has no"):
        JsonSerializer().deserialize(f"{__name__}:Address", '{"street": "Main St"}')


def test_something_that_is_not_a_message_is_refused() -> None:
    with pytest.raises(SerializationError, match="a message must be a dataclass"):
        JsonSerializer().serialize({"card_id": "GC-1"})


def test_it_is_a_serializer() -> None:
    assert isinstance(JsonSerializer(), Serializer)


@dataclass(frozen=True)
class Holder:
    value: Any


_leaves = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text()
    | st.decimals(allow_nan=False)
    | st.datetimes(timezones=st.none() | st.just(timezone.utc))
    | st.dates()
    | st.uuids()
    | st.sampled_from(Colour)
)
_values = st.recursive(
    _leaves,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.tuples(inner, inner)
        | st.frozensets(st.integers() | st.text(), max_size=3)
        | st.dictionaries(st.text() | st.integers(), inner, max_size=3)
        | st.builds(Holder, inner)
    ),
    max_leaves=10,
)


@given(_values)
def test_any_value_it_can_write_comes_back_the_same(value: Any) -> None:
    assert round_trip_differences(Holder(value), JsonSerializer()) == []
