from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from enum import Enum
from uuid import UUID

import pytest
from freezegun import freeze_time

from castle_bdd.docs import show_as
from castle_bdd.docs.values import NOTHING, shown, text


class Plan(Enum):
    BASIC = "basic"


@dataclass(frozen=True)
class Line:
    sku: str
    price: Decimal


@dataclass(frozen=True)
class Money:
    amount: Decimal
    currency: str


@pytest.fixture
def money_shown_plainly() -> Iterator[None]:
    show_as(Money, lambda money: f"{money.amount} {money.currency}")
    yield
    from castle_bdd.docs import values

    values._registered.pop(Money)


def test_plain_values_are_written_as_people_write_them() -> None:
    assert shown(Decimal("12.00")) == "12.00"
    assert shown(Decimal("1E+2")) == "100"
    assert shown(date(2026, 3, 16)) == "2026-03-16"
    assert shown(time(9, 30)) == "09:30:00"
    assert shown(Plan.BASIC) == "BASIC"
    assert shown(UUID(int=1)) == "00000000-0000-0000-0000-000000000001"
    assert shown(None) == NOTHING
    assert shown(True) == "true"
    assert shown(timedelta(days=30)) == "30 days"


def test_instants_are_written_in_the_scenarios_zone() -> None:
    assert shown(datetime(2026, 1, 11, 9, 0, tzinfo=timezone.utc)) == "2026-01-11 09:00 UTC"
    paris = timezone(timedelta(hours=1))
    assert shown(datetime(2026, 1, 11, 10, 0, 5, tzinfo=paris)) == "2026-01-11 09:00:05 UTC"
    assert shown(datetime(2026, 1, 11, 9, 0)) == "2026-01-11 09:00"


def test_a_frozen_date_is_a_date() -> None:
    with freeze_time("2026-03-16"):
        today = date.today()
        assert type(today).__name__ == "FakeDate"
        assert shown(today) == "2026-03-16"


def test_nested_values_become_small_tables() -> None:
    lines = [Line("TEA", Decimal("4.50")), Line("CAKE", Decimal("3.00"))]
    assert shown(lines) == [
        {"sku": "TEA", "price": "4.50"},
        {"sku": "CAKE", "price": "3.00"},
    ]
    assert shown({"to": Line("TEA", Decimal("1"))}) == {"to": {"sku": "TEA", "price": "1"}}
    assert text(lines) == "sku: TEA, price: 4.50, sku: CAKE, price: 3.00"
    assert text([]) == "none"


def test_nothing_in_a_mapping_is_written_as_nothing_in_a_list() -> None:
    assert text({}) == text([]) == "none"
    assert text({"notes": {}}) == "notes: none"


@dataclass(frozen=True)
class Node:
    name: str
    price: Decimal
    child: Node | None = None


def test_values_nested_deeply_are_written_on_one_line_without_python() -> None:
    deep = Node("a", Decimal("1"), Node("b", Decimal("2"), Node("c", Decimal("3"))))
    for _ in range(4):
        deep = Node("up", Decimal("0"), deep)
    written = text(shown(deep))
    assert "name: c, price: 3" in written, "the deepest fields still shown"
    assert "Node(" not in written and "Decimal(" not in written


def test_no_python_repr_reaches_the_page() -> None:
    written = text([Line("TEA", Decimal("4.50")), {"on": date(2026, 1, 1)}, UUID(int=2)])
    for repr_part in ("Decimal(", "datetime.", "UUID(", "Line(", "FakeDate("):
        assert repr_part not in written


@pytest.mark.usefixtures("money_shown_plainly")
def test_a_project_registers_how_its_type_is_shown() -> None:
    assert shown(Money(Decimal("12.00"), "EUR")) == "12.00 EUR"
    assert shown([Money(Decimal("1.50"), "GBP")]) == ["1.50 GBP"]


def test_without_registration_a_value_object_shows_its_fields() -> None:
    assert shown(Money(Decimal("12.00"), "EUR")) == {"amount": "12.00", "currency": "EUR"}


class Badge:
    """A value object whose ``__str__`` has a bug."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __str__(self) -> str:
        return self.txt  # type: ignore[attr-defined,no-any-return]  # the bug


def test_a_value_whose_str_raises_is_shown_with_what_it_raised_and_where() -> None:
    written = shown(Badge("gold"))
    assert isinstance(written, str)
    assert written.startswith("<its __str__ raised AttributeError")
    assert "test_values.py:" in written and "in __str__: return self.txt" in written
    assert shown({Badge("gold"), Badge("silver")}) == [written, written], "a set of them too"


@pytest.fixture
def badge_shown_wrongly() -> Iterator[None]:
    show_as(Badge, lambda badge: badge.colour)
    yield
    from castle_bdd.docs import values

    values._registered.pop(Badge)


@pytest.mark.usefixtures("badge_shown_wrongly")
def test_a_show_as_function_that_raises_is_shown_with_what_it_raised() -> None:
    written = shown(Badge("gold"))
    assert isinstance(written, str)
    assert written.startswith("<its show_as function raised AttributeError")
    assert "badge.colour" in written
