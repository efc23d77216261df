"""Field-by-field equality on classes Axon's own matcher tests do not try.

Axon's ``DeepEqualsMatcher`` (behind ``expectEvents``, ``expectResultMessagePayload``,
``expectDispatchedCommands``, ``expectScheduledDeadline``…) lets a class's own
``equals`` decide, and compares every field a class without one declares. Python's
counterparts: a dataclass's ``==`` compares the fields made with ``init=False`` and
leaves out those made with ``compare=False``; a plain object's state is all its
attributes, not only those its ``__init__`` takes.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import pytest

from castle_bdd import (
    Aggregate,
    AggregateTestFixture,
    CreationPolicy,
    command_handler,
    event_sourcing_handler,
)
from castle_bdd.errors import FixtureUsageError
from castle_bdd.fixtures.expectations import ExpectationFailed
from castle_bdd.fixtures.illegal_state import IllegalStateChangeError
from castle_bdd.fixtures.reports import describe_payload
from castle_bdd.matchers import equal_to
from castle_bdd.matching import field_differences


class Money:
    """A value object that keeps its amount under another name than its parameter's."""

    def __init__(self, amount: int) -> None:
        self.cents = amount * 100

    def __repr__(self) -> str:
        return f"Money(cents={self.cents})"


class Tagged:
    """A plain object given one more attribute after it is made."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"Tagged({vars(self)})"


@dataclass
class Counted:
    name: str
    count: int = field(init=False, default=0)


@dataclass(frozen=True)
class Traced:
    name: str
    trace: str = field(compare=False, default="")


@dataclass(frozen=True)
class Paid:
    price: Money


def test_plain_object_compared_on_attributes_its_init_does_not_name() -> None:
    """beyond Axon's tests: ``DeepEqualsMatcher`` compares every field of a class without
    ``equals``: ``Money(1)`` is not ``Money(2)`` though no attribute is called ``amount``."""
    assert equal_to(Money(1)).matches(Money(1))
    assert not equal_to(Money(1)).matches(Money(2))
    assert not equal_to(Paid(Money(1))).matches(Paid(Money(2)))


def test_plain_object_compared_on_an_attribute_set_after_construction() -> None:
    """beyond Axon's tests: ``DeepEqualsMatcher`` compares every field, set in the
    constructor or later."""
    tagged = Tagged("a")
    tagged.colour = "red"  # type: ignore[attr-defined]
    assert not equal_to(Tagged("a")).matches(tagged)
    assert not equal_to(tagged).matches(Tagged("a"))


def test_exceptions_compared_on_their_arguments() -> None:
    """beyond Axon's tests: a Throwable's message is one of its fields, so
    ``expectResultMessagePayload(new X("a"))`` fails on ``new X("b")``."""
    assert equal_to(ValueError("a")).matches(ValueError("a"))
    assert not equal_to(ValueError("a")).matches(ValueError("b"))


def test_a_note_told_beside_an_exception_is_not_compared() -> None:
    """beyond Axon's tests: an exception is compared on its class, attributes and
    ``args``; a note told beside it with ``add_note`` (as a framework that passes it on
    may add one) is not its state, and is left out."""
    noted = ValueError("a")
    noted.add_note("seen by the retry layer")
    assert equal_to(ValueError("a")).matches(noted)
    assert not equal_to(ValueError("b")).matches(noted)


def test_dataclass_field_outside_init_is_compared() -> None:
    """beyond Axon's tests: ``DeepEqualsMatcher`` lets ``equals`` decide, and a
    dataclass's ``==`` compares a field made with ``init=False``."""
    counted = Counted("a")
    counted.count = 3
    assert not equal_to(Counted("a")).matches(counted)


def test_dataclass_field_left_out_of_its_equality_is_not_compared() -> None:
    """beyond Axon's tests: ``DeepEqualsMatcher`` returns true when ``equals`` does, and a
    dataclass's ``==`` leaves out a field made with ``compare=False``."""
    assert equal_to(Traced("a", "x")).matches(Traced("a", "y"))
    assert not equal_to(Traced("a", "x")).matches(Traced("b", "x"))


class Wallet(Aggregate):
    @command_handler(creation_policy=CreationPolicy.ALWAYS)
    def pay(self, command: str) -> Money:
        self.apply(Paid(Money(int(command))))
        return Money(int(command))

    @event_sourcing_handler
    def on_paid(self, event: Paid) -> None:
        self.id: Any = "W-1"


def test_expect_events_and_expect_result_on_plain_value_objects() -> None:
    """beyond Axon's tests: ``ResultValidatorImpl.expectEvents`` and
    ``expectResultMessagePayload`` fail on a nested or returned value object whose fields
    differ."""
    validator = AggregateTestFixture(Wallet).when("2")
    validator.expect_events(Paid(Money(2))).expect_result(Money(2))
    with pytest.raises(ExpectationFailed, match=r"price\.cents: expected 100, but was 200"):
        validator.expect_events(Paid(Money(1)))
    with pytest.raises(ExpectationFailed, match="cents: expected 100, but was 200"):
        validator.expect_result(Money(1))


def test_ignored_field_of_a_plain_class_or_outside_init() -> None:
    """beyond Axon's tests: ``registerIgnoredField`` takes any declared field, whether or
    not a constructor sets it."""
    fixture = AggregateTestFixture(Wallet).register_ignored_field(Money, "cents")
    fixture.register_ignored_field(Counted, "count")
    fixture.when("2").expect_events(Paid(Money(1))).expect_result(Money(1))


@dataclass
class Line:
    name: str
    status: str = field(init=False, default="new")


@dataclass(frozen=True)
class LineAdded:
    name: str


class Order(Aggregate):
    def __init__(self) -> None:
        super().__init__()
        self.lines: list[Line] = []

    @command_handler(creation_policy=CreationPolicy.CREATE_IF_MISSING)
    def add(self, command: str) -> None:
        self.apply(LineAdded(command))
        self.lines[-1].status = "shipped"  # state changed outside an event-sourcing handler

    @event_sourcing_handler
    def on_added(self, event: LineAdded) -> None:
        self.id: Any = "O-1"
        self.lines.append(Line(event.name))


def test_illegal_state_change_of_a_dataclass_field_outside_init() -> None:
    """beyond Axon's tests: ``AggregateTestFixture``'s illegal-state check compares an
    entity with ``equals``; a dataclass entity's ``==`` compares its ``init=False`` fields."""
    with pytest.raises(IllegalStateChangeError, match=r"lines\[0\]\.status"):
        AggregateTestFixture(Order).when("pen")


def test_pydantic_fields_beyond_those_declared_are_compared() -> None:
    """beyond Axon's tests: ``DeepEqualsMatcher`` compares every field an object has; a
    pydantic model that allows more than it declares keeps them, and its ``==`` compares
    them."""
    pydantic = pytest.importorskip("pydantic")

    class Tagged(pydantic.BaseModel):  # type: ignore[misc,name-defined]
        model_config = pydantic.ConfigDict(extra="allow")
        name: str

    assert equal_to(Tagged(name="a", colour="red")).matches(Tagged(name="a", colour="red"))
    assert not equal_to(Tagged(name="a", colour="red")).matches(Tagged(name="a", colour="blue"))


def test_a_pydantic_model_s_undeclared_field_can_be_ignored() -> None:
    """beyond Axon's tests: ``registerIgnoredField`` takes any field the class's objects
    have; a pydantic model that allows more than it declares has fields it does not
    declare, so one can be ignored, and only a near miss of a declared one is refused."""
    pydantic = pytest.importorskip("pydantic")

    class Tagged(pydantic.BaseModel):  # type: ignore[misc,name-defined]
        model_config = pydantic.ConfigDict(extra="allow")
        name: str

    class Shop(Aggregate):
        @command_handler(creation_policy=CreationPolicy.ALWAYS)
        def tag(self, command: str) -> None:
            self.apply(Tagged(name=command, colour="blue"))

        @event_sourcing_handler
        def on_tagged(self, event: Tagged) -> None:
            self.id = event.name

    fixture = AggregateTestFixture(Shop).register_ignored_field(Tagged, "colour")
    fixture.given_no_prior_activity().when("pen").expect_events(Tagged(name="pen", colour="red"))
    with pytest.raises(FixtureUsageError, match="did you mean 'name'"):
        AggregateTestFixture(Shop).register_ignored_field(Tagged, "nme")


class Colour(enum.Enum):
    RED = 1
    BLUE = 2


@dataclass(frozen=True)
class Painted:
    colour: Colour


def test_an_enum_member_is_compared_whole() -> None:
    """beyond Axon's tests: an enum constant equals only itself; a difference names the
    field, not the member's own attributes."""
    (difference,) = field_differences(Painted(Colour.RED), Painted(Colour.BLUE))
    assert difference.path == "colour"
    assert not field_differences(Painted(Colour.RED), Painted(Colour.RED))


class Priced:
    """A plain value object that works out a value once asked and keeps it."""

    def __init__(self, cents: int) -> None:
        self.cents = cents

    @cached_property
    def euros(self) -> float:
        return self.cents / 100


def test_a_value_a_cached_property_keeps_is_not_compared() -> None:
    """beyond Axon's tests: a ``cached_property`` is worked out from the fields, not one of
    them; asked for on the actual object only (by the domain code), it is no difference,
    as it is none to the illegal-state check."""
    asked = Priced(100)
    assert asked.euros == 1
    assert equal_to(Priced(100)).matches(asked)
    assert equal_to(asked).matches(Priced(100))
    assert not equal_to(Priced(100)).matches(Priced(200))


class Labeller(Aggregate):
    @command_handler(creation_policy=CreationPolicy.ALWAYS)
    def label(self, command: str) -> Tagged:
        self.apply(LineAdded(command))
        tagged = Tagged(command)
        tagged.colour = "red"  # type: ignore[attr-defined]
        return tagged

    @event_sourcing_handler
    def on_added(self, event: LineAdded) -> None:
        self.id: Any = "L-1"


def test_an_attribute_only_the_actual_has_is_compared_beside_a_filter_of_another_class() -> None:
    """beyond Axon's tests: ``registerIgnoredField`` on one class leaves every other
    field compared, an attribute that only the actual object has too."""
    with pytest.raises(ExpectationFailed, match="colour"):
        AggregateTestFixture(Labeller).when("a").expect_result(Tagged("a"))
    fixture = AggregateTestFixture(Labeller).register_ignored_field(LineAdded, "name")
    with pytest.raises(ExpectationFailed, match="colour"):
        fixture.given_no_prior_activity().when("a").expect_result(Tagged("a"))
    fixture.register_ignored_field(Tagged, "colour")
    fixture.given_no_prior_activity().when("a").expect_result(Tagged("a"))


@dataclass
class Stamped:
    name: str
    created_at: int = 0
    count: int = field(init=False, default=0)


def test_a_report_shows_the_compared_field_outside_init_that_differs() -> None:
    """beyond Axon's tests: a payload shown less its ignored fields keeps the fields that
    are compared, so the two sides of a difference do not read alike."""
    counted = Stamped("a")
    counted.count = 3
    assert describe_payload(counted, {"created_at"}) == "Stamped(name='a', count=3)"
