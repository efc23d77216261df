"""Equality where a field-by-field comparison alone would differ from Axon's.

Axon's ``ResultValidatorImpl.verifyPayloadEquality`` (behind ``expectEvents`` and
``expectResultMessagePayload``) asks ``Objects.equals`` first and compares fields only
when it says no; ``DeepEqualsMatcher`` compares them with ``Objects.deepEquals``, which
for a ``double`` field is ``Double.equals``; ``AggregateTestFixture.ensureValuesEqual``
(the illegal-state check) lets a class's own ``equals`` decide and walks the fields of
one without.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from castle_bdd import (
    Aggregate,
    AggregateTestFixture,
    CreationPolicy,
    command_handler,
    event_sourcing_handler,
)
from castle_bdd.domain.equality import has_own_equality
from castle_bdd.fixtures.expectations import ExpectationFailed
from castle_bdd.fixtures.illegal_state import IllegalStateChangeError
from castle_bdd.matchers import equal_to
from castle_bdd.matching import field_differences


@dataclass(eq=False)
class Renamed:
    """An event whose own equality reads names without case."""

    name: str
    note: str = ""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Renamed) and self.name.lower() == other.name.lower()

    __hash__ = None  # type: ignore[assignment]


class Point:
    """A value object with ``__slots__`` and no equality of its own."""

    __slots__ = ("__y", "x")

    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.__y = y

    def __repr__(self) -> str:
        return f"Point({self.x}, {self.__y})"


@dataclass(frozen=True)
class Moved:
    to: Point
    speed: float


class Tag:
    """A plain value object whose attributes vary by instance."""

    def __init__(self, **attributes: object) -> None:
        vars(self).update(attributes)

    def __repr__(self) -> str:
        return f"Tag({vars(self)})"


@dataclass(frozen=True)
class Rename:
    name: str


class Robot(Aggregate):
    def __init__(self) -> None:
        super().__init__()
        self.name = Renamed("")

    @command_handler(creation_policy=CreationPolicy.CREATE_IF_MISSING)
    def rename(self, command: Rename) -> Renamed:
        self.apply(Renamed(command.name.lower()))
        self.name = Renamed(command.name.upper())  # equal by its own ==: no state change
        return Renamed(command.name.lower())

    @event_sourcing_handler
    def on_renamed(self, event: Renamed) -> None:
        self.id: Any = "R-1"
        self.name = event


@dataclass(frozen=True)
class Move:
    speed: float


class Rover(Aggregate):
    def __init__(self) -> None:
        super().__init__()
        self.at = Point(0, 0)

    @command_handler(creation_policy=CreationPolicy.CREATE_IF_MISSING)
    def move(self, command: Move) -> None:
        self.apply(Moved(Point(1, 2), command.speed))

    @event_sourcing_handler
    def on_moved(self, event: Moved) -> None:
        self.id: Any = "V-1"
        self.at = Point(event.to.x, 2)  # a fresh object, equal attribute by attribute


@dataclass(frozen=True)
class Measured:
    level: float


class Gauge(Aggregate):
    def __init__(self) -> None:
        super().__init__()
        self.level = 0.0

    @command_handler(creation_policy=CreationPolicy.CREATE_IF_MISSING)
    def measure(self, command: Measured) -> None:
        self.apply(Measured(command.level))

    @event_sourcing_handler
    def on_measured(self, event: Measured) -> None:
        self.id: Any = "G-1"
        self.level = event.level * 1.0  # a fresh float: another NaN for a NaN


def test_a_class_with_its_own_equality_is_equal_when_it_says_so() -> None:
    """beyond Axon's tests: ``ResultValidatorImpl.verifyPayloadEquality`` returns true when
    ``Objects.equals`` does, before any field is compared, and
    ``AggregateTestFixture.ensureValuesEqual`` likewise; when it says no, the fields
    are compared and the one that differs is named."""
    validator = AggregateTestFixture(Robot).when(Rename("Ada"))
    validator.expect_events(Renamed("ADA")).expect_result(Renamed("ADA"))
    assert equal_to(Renamed("ADA")).matches(Renamed("ada"))
    with pytest.raises(ExpectationFailed, match="name: expected 'Bob', but was 'ada'"):
        validator.expect_result(Renamed("Bob"))


def test_a_class_with_its_own_equality_under_a_field_filter() -> None:
    """beyond Axon's tests: with a field filter registered, ``verifyPayloadEquality`` still
    asks ``Objects.equals`` first, then ``DeepEqualsMatcher`` compares the fields the
    filter lets through."""
    fixture = AggregateTestFixture(Robot).register_ignored_field(Renamed, "note")
    validator = fixture.when(Rename("Ada"))
    validator.expect_events(Renamed("ADA", "x"))
    with pytest.raises(ExpectationFailed, match="name: expected 'Bob', but was 'ada'"):
        validator.expect_result(Renamed("Bob", "x"))


def test_generated_equality_keeps_the_comparison_field_by_field() -> None:
    """beyond Axon's tests: ``DeepEqualsMatcher.describeTo`` names the field that failed;
    classes whose ``==`` only compares their fields (dataclasses, attrs, pydantic,
    castlecraft-engineer's events) are compared field by field, so the report names it."""
    attrs = pytest.importorskip("attrs")
    pydantic = pytest.importorskip("pydantic")
    from castlecraft_engineer.abstractions.event import Event

    @dataclass(frozen=True)
    class Made:
        size: int

    @attrs.frozen
    class Cut:
        size: int

    class Sold(pydantic.BaseModel):  # type: ignore[misc,name-defined]
        size: int

    @dataclass(frozen=True)
    class Shipped(Event):
        size: int = 0

    for kind in (Made, Cut, Sold, Shipped):
        assert not has_own_equality(kind)
        made: Any = kind
        (difference,) = field_differences(made(size=1), made(size=2), {"event_id", "occurred_on"})
        assert difference.path == "size"
    assert has_own_equality(Renamed)


def test_slotted_object_compared_attribute_by_attribute() -> None:
    """beyond Axon's tests: ``DeepEqualsMatcher.matchingFields`` compares every declared
    field of a class without ``equals``, and ``ensureValuesEqual`` walks them; a Python
    class may keep its attributes in ``__slots__``."""
    assert equal_to(Point(1, 2)).matches(Point(1, 2))
    (difference,) = field_differences(Point(1, 2), Point(1, 3))
    assert difference.path == "_Point__y"
    validator = AggregateTestFixture(Rover).when(Move(1.0))  # no illegal state change
    with pytest.raises(ExpectationFailed, match=r"to\.x: expected 3, but was 1"):
        validator.expect_events(Moved(Point(3, 2), 1.0))


def test_nan_equals_nan() -> None:
    """beyond Axon's tests: ``Objects.deepEquals`` on a ``double`` field is
    ``Double.equals``, for which NaN equals NaN, in ``DeepEqualsMatcher`` and in
    ``ensureValuesEqual``."""
    nan = float("nan")
    validator = AggregateTestFixture(Gauge).when(Measured(nan))  # no illegal state change
    validator.expect_events(Measured(float("nan")))
    assert not field_differences([float("nan")], [float("nan")])
    with pytest.raises(ExpectationFailed, match=r"level: expected 1\.0, but was nan"):
        validator.expect_events(Measured(1.0))


def test_an_attribute_only_one_plain_object_has_beside_an_ignored_one() -> None:
    """beyond Axon's tests: ``DeepEqualsMatcher`` compares every field, and two objects of
    one Java class have the same fields; a plain object's attribute that the other lacks
    differs, even when the other lacks an ignored one instead."""
    (difference,) = field_differences(Tag(a=1, seen=2), Tag(a=1, colour=3), {"seen"})
    assert difference.path == "colour"
    (difference,) = field_differences(Tag(a=1, colour=3), Tag(a=1, seen=2), {"seen"})
    assert difference.path == "colour"


@dataclass(eq=False)
class Badge:
    """An entity whose own equality reads an attribute that is not one of its fields."""

    holder: str

    def __eq__(self, other: object) -> bool:
        mine, theirs = getattr(self, "revoked", False), getattr(other, "revoked", False)
        return isinstance(other, Badge) and self.holder == other.holder and mine == theirs

    __hash__ = None  # type: ignore[assignment]


class Office(Aggregate):
    def __init__(self) -> None:
        super().__init__()
        self.badge = Badge("")

    @command_handler(creation_policy=CreationPolicy.CREATE_IF_MISSING)
    def issue(self, command: Rename) -> None:
        self.apply(Renamed(command.name))
        self.badge.revoked = True  # type: ignore[attr-defined]  # outside a handler

    @event_sourcing_handler
    def on_renamed(self, event: Renamed) -> None:
        self.id: Any = "O-1"
        self.badge = Badge(event.name)


def test_own_equality_that_says_no_is_an_illegal_state_change() -> None:
    """beyond Axon's tests: ``AggregateTestFixture.ensureValuesEqual`` fails on a value whose
    own ``equals`` says no, without looking at its fields; where no field differs, the
    value is named whole."""
    with pytest.raises(IllegalStateChangeError, match="attribute 'badge'"):
        AggregateTestFixture(Office).when(Rename("Ada"))


@dataclass(frozen=True)
class Holding:
    value: object


def test_sets_and_mappings_of_other_classes_equal_by_their_contents() -> None:
    """beyond Axon's tests: ``DeepEqualsMatcher`` compares a field with
    ``Objects.deepEquals``, and ``AbstractSet.equals`` / ``AbstractMap.equals`` take any
    set or map of the same items, whatever its class (as Python's ``==`` does, and for
    bytes and a bytearray)."""
    from types import MappingProxyType

    assert not field_differences(Holding(frozenset({1, 2})), Holding({2, 1}))
    assert not field_differences(Holding({1}), Holding(frozenset({1})))
    assert not field_differences(Holding({"a": 1}), Holding(MappingProxyType({"a": 1})))
    assert not field_differences(Holding(b"ab"), Holding(bytearray(b"ab")))
    (difference,) = field_differences(Holding({"a": 1}), Holding(MappingProxyType({"a": 2})))
    assert difference.path == "value['a']"
    assert field_differences(Holding(frozenset({1})), Holding({2}))
    assert field_differences(Holding((1, 2)), Holding([1, 2]))  # Python's == tells them apart


class Stamped:
    """An event of a plain class whose own equality compares every attribute."""

    def __init__(self, name: str, at: int) -> None:
        self.name = name
        self.at = at

    def __eq__(self, other: object) -> bool:
        return type(other) is Stamped and vars(self) == vars(other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Stamped({self.name!r}, {self.at})"


class Clock(Aggregate):
    @command_handler(creation_policy=CreationPolicy.ALWAYS)
    def stamp(self, command: Rename) -> None:
        self.apply(Stamped(command.name, 7))

    @event_sourcing_handler
    def on_stamped(self, event: Stamped) -> None:
        self.id: Any = "C-1"


def test_a_plain_class_with_its_own_equality_under_a_field_filter() -> None:
    """beyond Axon's tests: when ``Objects.equals`` says no, ``verifyPayloadEquality`` has
    ``DeepEqualsMatcher`` compare the fields the fixture's filter lets through, of a class
    with ``equals`` too: an ignored field does not count, and one that differs is named."""
    fixture = AggregateTestFixture(Clock).register_ignored_field(Stamped, "at")
    validator = fixture.when(Rename("Ada"))
    validator.expect_events(Stamped("Ada", 1))
    with pytest.raises(ExpectationFailed, match="name: expected 'Bob', but was 'Ada'"):
        validator.expect_events(Stamped("Bob", 7))
    assert not field_differences(Stamped("Ada", 1), Stamped("Ada", 2), {"at"})


@dataclass(eq=False)
class Careless:
    """An own equality that reads the other's name, whatever its class."""

    name: str

    def __eq__(self, other: object) -> bool:
        return bool(self.name == getattr(other, "name", None))

    __hash__ = None  # type: ignore[assignment]


def test_own_equality_is_asked_only_of_an_object_of_its_class() -> None:
    """beyond Axon's tests: ``DeepEqualsMatcher.matches`` checks ``matchingTypes`` before
    ``Objects.equals`` (where ``verifyPayloadEquality`` asks ``equals`` first, a difference
    the docs' table names): a message is of its class exactly, whatever its ``==`` says."""
    (difference,) = field_differences(Careless("a"), Rename("a"))
    assert difference.path == ""
    assert not equal_to(Careless("a")).matches(Rename("a"))


@dataclass(frozen=True)
class Sampled:
    levels: frozenset[float]


class Sampler(Aggregate):
    def __init__(self) -> None:
        super().__init__()
        self.levels: frozenset[float] = frozenset()

    @command_handler(creation_policy=CreationPolicy.ALWAYS)
    def sample(self, command: Sampled) -> None:
        self.apply(Sampled(frozenset(level * 1.0 for level in command.levels)))

    @event_sourcing_handler
    def on_sampled(self, event: Sampled) -> None:
        self.id: Any = "S-1"
        self.levels = frozenset(level * 1.0 for level in event.levels)  # fresh NaNs


def test_a_set_holding_nan_equals_one_holding_another_nan() -> None:
    """beyond Axon's tests: ``AbstractSet.equals`` finds each item with ``equals``, and
    ``Double.equals`` counts NaN equal to NaN; a Python set finds a NaN only when it is
    the same object, so the items a set lacks are paired as the fields are compared."""
    levels = frozenset({float("nan"), 1.0})
    validator = AggregateTestFixture(Sampler).when(Sampled(levels))  # no illegal state change
    validator.expect_events(Sampled(frozenset({float("nan"), 1.0})))
    assert not field_differences(Holding({float("nan")}), Holding(frozenset({float("nan")})))
    assert equal_to(Holding({float("nan"), 2})).matches(Holding({2.0, float("nan")}))
    (difference,) = field_differences(Holding({float("nan")}), Holding({1.0}))
    assert difference.path == "value"
    assert field_differences(Holding({float("nan"), 1.0}), Holding({float("nan"), 2.0}))
    assert field_differences(Holding({float("nan")}), Holding({float("nan"), 1.0}))
    with pytest.raises(ExpectationFailed, match="levels"):
        validator.expect_events(Sampled(frozenset({float("nan"), 2.0})))


class Amount:
    """A value object with ``__slots__`` and an equality of its own that reads every slot."""

    __slots__ = ("cents", "noted_at")

    def __init__(self, cents: int, noted_at: int) -> None:
        self.cents = cents
        self.noted_at = noted_at

    def __eq__(self, other: object) -> bool:
        return type(other) is Amount and (self.cents, self.noted_at) == (
            other.cents,
            other.noted_at,
        )

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Amount({self.cents}, {self.noted_at})"


@dataclass(frozen=True)
class Charge:
    cents: int


@dataclass(frozen=True)
class Charged:
    amount: Amount


class Till(Aggregate):
    def __init__(self) -> None:
        super().__init__()
        self.last = Amount(0, 0)

    @command_handler(creation_policy=CreationPolicy.ALWAYS)
    def charge(self, command: Charge) -> None:
        self.apply(Charged(Amount(command.cents, 7)))

    @event_sourcing_handler
    def on_charged(self, event: Charged) -> None:
        self.id: Any = "T-1"
        self.last = Amount(event.amount.cents, event.amount.noted_at)  # a fresh, equal value


def test_a_slotted_class_with_its_own_equality_under_a_field_filter() -> None:
    """beyond Axon's tests: a class with ``equals`` has the fields the filter lets through
    compared when ``equals`` says no, wherever its object sits; a Python class may keep
    them in ``__slots__``, as a class without ``__eq__`` may. The standard library's own
    values (a ``UUID``) are still told apart whole, not by their slots."""
    from uuid import UUID

    fixture = AggregateTestFixture(Till).register_ignored_field(Amount, "noted_at")
    validator = fixture.when(Charge(5))  # no illegal state change
    validator.expect_events(Charged(Amount(5, 1)))
    with pytest.raises(ExpectationFailed, match=r"amount\.cents: expected 6, but was 5"):
        validator.expect_events(Charged(Amount(6, 7)))
    assert not field_differences(Charged(Amount(5, 1)), Charged(Amount(5, 2)), {"noted_at"})
    (difference,) = field_differences(Charged(Amount(5, 1)), Charged(Amount(6, 1)))
    assert difference.path == "amount.cents"
    (difference,) = field_differences(Holding(UUID(int=1)), Holding(UUID(int=2)))
    assert difference.path == "value"
