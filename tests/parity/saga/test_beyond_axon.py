"""The saga fixture on inputs Axon's own saga tests do not try, against Axon 4.13's source.

Each case names what it checks ("beyond Axon's tests: …") and the Axon code that decides.
"""

from __future__ import annotations

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
