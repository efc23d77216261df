"""The saga fixture on inputs Axon's own saga tests do not try, against Axon 4.13's source.

Each case names what it checks ("beyond Axon's tests: …") and the Axon code that decides.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pytest
from hamcrest import anything, instance_of, is_not, none
from hamcrest.core.matcher import Matcher

from castle_bdd import Saga, SagaTestFixture, saga_event_handler, start_saga
from castle_bdd.errors import FixtureUsageError
from castle_bdd.fixtures.accidents import AccidentalExceptionError
from castle_bdd.fixtures.expectations import ExpectationFailed


@dataclass(frozen=True)
class Opened:
    case_id: str


class QuietSaga(Saga):
    @start_saga
    @saga_event_handler(association="case_id")
    def on_opened(self, event: Opened) -> None:
        """Does nothing."""


_ACCEPTING_NONE: list[Matcher[Any]] = [anything(), none(), is_not(instance_of(KeyError))]


@pytest.mark.parametrize("matcher", _ACCEPTING_NONE)
def test_expect_exception_with_a_matcher_when_nothing_raised(matcher: object) -> None:
    """beyond Axon's tests: ``ResultValidatorImpl.expectException(Matcher)`` fails when
    nothing was raised, whatever the matcher makes of null; the saga fixture's
    ``expect_exception`` does the same."""
    validator = SagaTestFixture(QuietSaga).given_no_prior_activity().when_publishing(Opened("C-1"))
    with pytest.raises(ExpectationFailed, match="but every handler succeeded"):
        validator.expect_exception(matcher)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Checked:
    case_id: str


class AssertingSaga(Saga):
    @start_saga
    @saga_event_handler(association="case_id")
    def on_checked(self, event: Checked) -> None:
        assert event.case_id != "C-1", "an invariant of the code"


def test_an_assertion_error_from_a_saga_handler_is_raised_not_recorded() -> None:
    """beyond Axon's tests: ``AbstractSagaManager`` hands its error handler an
    ``Exception``; an ``Error`` such as ``AssertionError`` leaves the when phase, so no
    expectation passes on it."""
    fixture = SagaTestFixture(AssertingSaga).given_no_prior_activity()
    with pytest.raises(AccidentalExceptionError, match="crashed with AssertionError") as raised:
        fixture.when_publishing(Checked("C-1"))
    # the saga fixture has no set_fail_on_accidental_exceptions: no test can name it
    assert "set_fail_on_accidental_exceptions" not in str(raised.value)
    assert "raise an exception of the domain's own" in str(raised.value)


def test_none_as_a_scheduled_event_is_refused() -> None:
    """beyond Axon's tests: ``FixtureExecutionResultImpl.expectNoScheduledEvent(duration,
    null)`` fails in ``deepEquals(null)``; here it passed beside any scheduled event."""
    validator = SagaTestFixture(QuietSaga).given_no_prior_activity().when_publishing(Opened("C-1"))
    with pytest.raises(FixtureUsageError, match="takes a scheduled event"):
        validator.expect_no_scheduled_event(timedelta(days=1), None)


@dataclass(frozen=True)
class SeatHeld:
    seat: object


class SeatSaga(Saga):
    @start_saga
    @saga_event_handler(association="seat")
    def on_held(self, event: SeatHeld) -> None:
        """Associated with the event's seat, of whatever type it is."""


def _seated(*seats: object) -> Any:
    given = SagaTestFixture(SeatSaga).given_no_prior_activity()
    for seat in seats[:-1]:
        given = given.and_then_a_published(SeatHeld(seat))
    return given.when_publishing(SeatHeld(seats[-1]))


def test_no_association_with_a_value_differing_only_by_type() -> None:
    """beyond Axon's tests: ``FixtureExecutionResultImpl.expectNoAssociationWith`` looks
    for ``associationValue.toString()``, so on a saga associated with 7 the denial of "7"
    fails; here it failed to fail, as events reach a saga by the value and its type."""
    with pytest.raises(ExpectationFailed) as failed:
        _seated(7).expect_no_association_with("seat", "7")
    assert "but one is associated with seat=7 (int), which differs from '7' (str) only by" in (
        str(failed.value)
    )
    assert "expect_no_association_with('seat', 7)" in str(failed.value)


def test_association_with_a_value_differing_only_by_type() -> None:
    """beyond Axon's tests: ``expectAssociationWith("seat", "7")`` finds a saga associated
    with 7 in Axon; here it fails, naming the value the saga holds and its type."""
    order = uuid.UUID("6f1c2a4e-0000-4000-8000-000000000001")
    with pytest.raises(ExpectationFailed) as failed:
        _seated(order).expect_association_with("seat", str(order))
    assert f"but none is; one is associated with seat={order!r} (UUID), which differs" in (
        str(failed.value)
    )
    assert f"expect_association_with('seat', {order!r})" in str(failed.value)


def test_associations_of_one_type_are_compared_as_before() -> None:
    """beyond Axon's tests: values that differ as text, or that are equal, are told as
    Axon tells them."""
    validator = _seated(7)
    validator.expect_association_with("seat", 7)
    validator.expect_association_with("seat", 7.0)  # equal in Python, as in routing
    validator.expect_no_association_with("seat", 8)
    validator.expect_no_association_with("seat", "8")
    both = _seated(7, "7")
    both.expect_association_with("seat", "7")
    both.expect_association_with("seat", 7)
    with pytest.raises(ExpectationFailed, match="but 1 is"):
        both.expect_no_association_with("seat", "7")
