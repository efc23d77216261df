"""A crash as time passes names the deadline handler whose code it went through."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated

from castle_bdd import Aggregate, AggregateMember, deadline_handler
from castle_bdd.gherkin.crashes import accidental_crash
from castle_bdd.gherkin.plan import Target, When, WhenKind

ELAPSE = When(WhenKind.ELAPSE, duration=timedelta(days=1))


class Wheel:
    @deadline_handler("Rotate")
    def rotate(self, payload: str) -> None:
        raise AttributeError("no axle")


class Cart(Aggregate):
    wheel: Annotated[Wheel | None, AggregateMember()] = None

    @deadline_handler("Park")
    def park(self, payload: str) -> None:
        self._brake()

    def _brake(self) -> None:
        raise KeyError("brake")


def _raised(call: object) -> BaseException:
    try:
        call()  # type: ignore[operator]
    except BaseException as error:
        return error
    raise AssertionError("it did not raise")


def _subject(exception: BaseException) -> str:
    return str(accidental_crash(Target("aggregate", Cart), ELAPSE, exception)).splitlines()[0]


def test_the_handler_is_named_though_the_code_it_called_raised() -> None:
    crash = _raised(lambda: Cart().park("P"))
    assert _subject(crash).startswith("The deadline handler Cart.park crashed with KeyError")


def test_a_member_entity_s_handler_is_named_with_its_own_class() -> None:
    crash = _raised(lambda: Wheel().rotate("R"))
    assert _subject(crash).startswith("The deadline handler Wheel.rotate crashed")


def test_code_that_is_no_deadline_handler_names_the_aggregate() -> None:
    def interceptor() -> None:
        raise ValueError("refused before the handler ran")

    crash = _raised(interceptor)
    assert _subject(crash).startswith("A deadline handler of the aggregate Cart crashed")
