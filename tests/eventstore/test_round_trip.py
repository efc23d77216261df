"""The round-trip check names the class, the field and both values of what a serializer loses."""

from __future__ import annotations

import pickle
from datetime import datetime, timezone
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from castle_bdd.eventstore import (
    JsonSerializer,
    RoundTripError,
    check_round_trip,
    round_trip,
    round_trip_differences,
)
from tests.eventstore.lossy import (
    CardCharged,
    CardClassified,
    CardIssued,
    CardKind,
    CardRenamed,
    CardTagged,
    TableSerializer,
)

NINE = datetime(2026, 1, 1, 9, tzinfo=timezone.utc)

LOSSES = [
    (
        CardIssued("GC-1", NINE),
        "CardIssued.issued_at: 2026-01-01T09:00:00+00:00 came back as 2026-01-01T09:00:00 "
        "(the zone was lost)",
    ),
    (
        CardCharged("GC-1", Decimal("10.50")),
        "CardCharged.amount: Decimal('10.50') came back as 10.5 (a Decimal came back as a float)",
    ),
    (
        CardClassified("GC-1", CardKind.GIFT),
        "CardClassified.kind: CardKind.GIFT came back as 'gift' "
        "(an Enum CardKind came back as a str)",
    ),
    (
        CardTagged("GC-1", {"b", "a"}),
        "CardTagged.tags: {'a', 'b'} came back as ['a', 'b'] (a set came back as a list)",
    ),
    (
        CardRenamed("GC-1", "EUR"),
        "CardRenamed.currency: 'EUR' came back as nothing (the stored form has no currency, "
        "and the field has no default: a field added without a default)",
    ),
]


@pytest.mark.parametrize(("event", "line"), LOSSES, ids=lambda v: type(v).__name__)
def test_each_kind_of_loss_is_named_with_both_values(event: object, line: str) -> None:
    if isinstance(event, CardTagged):  # a set's order is the hash's: pin it for the text
        line = line.replace("{'a', 'b'}", repr(event.tags))
    assert round_trip_differences(event, TableSerializer()) == [line]


def test_castle_bdd_s_serializer_loses_none_of_them() -> None:
    serializer = JsonSerializer()
    for event, _ in LOSSES:
        assert round_trip_differences(event, serializer) == []


def test_check_round_trip_raises_with_every_difference() -> None:
    events = [event for event, _ in LOSSES]
    with pytest.raises(RoundTripError) as raised:
        check_round_trip(events, TableSerializer())
    assert len(raised.value.differences) == len(LOSSES)
    assert "CardIssued.issued_at" in str(raised.value)
    assert pickle.loads(pickle.dumps(raised.value)).differences == raised.value.differences


def test_a_message_that_cannot_be_stored_is_named() -> None:
    lines = round_trip_differences(CardTagged("GC-1", {object()}), JsonSerializer())  # type: ignore[arg-type]
    assert len(lines) == 1
    assert lines[0].startswith("CardTagged: cannot be stored: SerializationError: cannot store")


def test_equal_but_of_another_class_is_a_difference() -> None:
    class Lenient(JsonSerializer):
        def deserialize(self, type_name: str, data: str) -> object:
            return CardCharged("GC-1", 0.5)  # type: ignore[arg-type]

    lines = round_trip_differences(CardCharged("GC-1", Decimal("0.5")), Lenient())
    assert lines == [
        "CardCharged.amount: Decimal('0.5') came back as 0.5 (a Decimal came back as a float)"
    ]


def test_nan_comes_back_as_nan() -> None:
    assert round_trip_differences(CardCharged("GC-1", Decimal("NaN")), JsonSerializer()) == []
    assert round_trip_differences(CardCharged("GC-1", Decimal("sNaN")), JsonSerializer()) == []


_plain_values = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.text(max_size=3)
    | st.binary(max_size=3)
    | st.uuids()
    | st.dates()
    | st.floats()
    | st.decimals()
)


@given(_plain_values, _plain_values | st.sampled_from([True, 1, 1.0, "1"]))
def test_the_shortcut_for_plain_values_agrees_with_the_full_comparison(
    before: object, after: object
) -> None:
    with_shortcut: list[str] = []
    round_trip._compare("M.f", before, after, with_shortcut)
    without: list[str] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(round_trip, "_PLAIN", frozenset())
        round_trip._compare("M.f", before, after, without)
    assert with_shortcut == without
