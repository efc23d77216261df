"""Deadline expectations on inputs Axon's own deadline tests do not try.

Each case names what it checks ("beyond Axon's tests: …") and the Axon code that decides.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pytest
from hamcrest import instance_of

from castle_bdd import (
    Aggregate,
    AggregateTestFixture,
    CreationPolicy,
    command_handler,
    deadline_handler,
    event_sourcing_handler,
)
from castle_bdd.errors import FixtureUsageError
from castle_bdd.fixtures.expectations import ExpectationFailed
from castle_bdd.fixtures.illegal_state import IllegalStateChangeError
from castle_bdd.matchers import message_with_payload

DAY = timedelta(days=1)


@dataclass(frozen=True)
class Remind:
    case_id: str
    note: str


@dataclass(frozen=True)
class Opened:
    case_id: str


class Case(Aggregate):
    @command_handler(creation_policy=CreationPolicy.ALWAYS)
    def open(self, command: str) -> None:
        self.apply(Opened(command))
        self.deadlines.schedule(DAY, "Remind", Remind(command, "written at noon"))

    @event_sourcing_handler
    def on_opened(self, event: Opened) -> None:
        self.id: Any = event.case_id

    @deadline_handler("Remind")
    def remind(self, reminder: Remind) -> None:
        """Does nothing."""


def _lenient() -> AggregateTestFixture[Case]:
    return AggregateTestFixture(Case).register_ignored_field(Remind, "note")


def test_deadline_payload_compared_without_a_registered_ignored_field() -> None:
    """beyond Axon's tests: ``ResultValidatorImpl.expectScheduledDeadline`` and
    ``expectNoScheduledDeadline`` compare with ``deepEquals(deadline, fieldFilter)``, so a
    field registered as ignored is left out: the absence check fails on a deadline that
    differs only there."""
    validator = _lenient().when("C-1")
    validator.expect_scheduled_deadline(DAY, Remind("C-1", "other"))
    with pytest.raises(ExpectationFailed, match="Expected no deadline with payload"):
        validator.expect_no_scheduled_deadline(DAY, Remind("C-1", "other"))
    with pytest.raises(ExpectationFailed, match="Expected no deadline with payload"):
        validator.expect_no_scheduled_deadline_between(
            timedelta(0), 2 * DAY, Remind("C-1", "other")
        )


def test_triggered_deadline_payload_compared_without_a_registered_ignored_field() -> None:
    """beyond Axon's tests: ``DeadlineManagerValidator.assertTriggeredDeadlines`` compares
    with ``deepEquals(deadline, fieldFilter)``."""
    fixture = _lenient()
    fixture.given_commands("C-1")
    fixture.when_time_elapses(2 * DAY).expect_triggered_deadlines(Remind("C-1", "other"))


def test_expect_no_scheduled_deadline_matching_at_any_time() -> None:
    """beyond Axon's tests: ``ResultValidatorImpl.expectNoScheduledDeadlineMatching(Matcher)``
    looks at every scheduled deadline, whatever its time."""
    validator = AggregateTestFixture(Case).when("C-1")
    validator.expect_no_scheduled_deadline_matching(message_with_payload(instance_of(Opened)))
    with pytest.raises(ExpectationFailed, match="at any time, but one is scheduled"):
        validator.expect_no_scheduled_deadline_matching(message_with_payload(instance_of(Remind)))
    with pytest.raises(FixtureUsageError, match="expect_no_scheduled_deadline_matching takes"):
        validator.expect_no_scheduled_deadline_matching(DAY)


def test_none_as_a_deadline_payload_is_refused() -> None:
    """beyond Axon's tests: ``deepEquals(null)`` throws ("The expected value should be
    non-null"), so Axon's ``expectNoScheduledDeadline(duration, null)`` never passes; it
    passed here beside any deadline with a payload."""
    validator = AggregateTestFixture(Case).when("C-1")
    with pytest.raises(FixtureUsageError, match="takes a deadline's payload"):
        validator.expect_no_scheduled_deadline(DAY, None)
    with pytest.raises(FixtureUsageError, match="takes a deadline's payload"):
        validator.expect_no_scheduled_deadline_between(timedelta(0), DAY, None)
    with pytest.raises(FixtureUsageError, match="takes a deadline's payload"):
        validator.expect_triggered_deadlines(None)


class CountingCase(Case):
    """A case whose deadline handler changes state without an event."""

    def __init__(self) -> None:
        self.reminders = 0

    @deadline_handler("Remind")
    def remind(self, reminder: Remind) -> None:
        self.reminders += 1


def test_a_deadline_handler_is_checked_for_illegal_state_changes() -> None:
    """Beyond Axon's tests: ``AggregateTestFixture.whenTimeElapses`` does not call
    ``detectIllegalStateChanges``, which only ``when`` runs after a command; here every unit
    of work that succeeds is checked, and the report names the deadline handler, not a
    command.
    """
    fixture = AggregateTestFixture(CountingCase)
    fixture.given_commands("case-1")
    with pytest.raises(IllegalStateChangeError) as failure:
        fixture.when_time_elapses(DAY)
    assert "attribute 'reminders' is 1 after the deadline handler of Remind, but 0" in str(
        failure.value
    )
    lenient = AggregateTestFixture(CountingCase).set_report_illegal_state_change(False)
    lenient.given_commands("case-1").when_time_elapses(DAY).expect_triggered_deadlines_with_name(
        "Remind"
    )
