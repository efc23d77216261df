"""Steps about time: the clock, time passing, and what is scheduled or comes due."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from castle_bdd.behave import castle
from castle_bdd.gherkin import time_checks
from castle_bdd.gherkin.inline import InlineField
from castle_bdd.steps._common import EVENT, step_message
from castle_bdd.steps._define import given, then, when, with_fields

if TYPE_CHECKING:
    from castle_bdd.gherkin.scenario import CastleScenario


@given("the current time is {instant:Instant}")
def step_current_time_is(context: object, instant: datetime) -> None:
    """The clock shows this time (UTC unless an offset is written)."""
    castle(context).given_current_time(instant)


@given("{duration:Duration} have elapsed", "{duration:Duration} has elapsed")
def step_time_has_elapsed(context: object, duration: timedelta) -> None:
    """Time moved on before the When; what came due in the meantime fired."""
    castle(context).given_time_elapsed(duration)


@when("{duration:Duration} elapse", "{duration:Duration} elapses")
def step_time_elapses(context: object, duration: timedelta) -> None:
    """Time moves on; scheduled events and deadlines fire at their due time, in order."""
    castle(context).when_time_elapses(duration)


@when("time advances to {instant:Instant}")
def step_time_advances_to(context: object, instant: datetime) -> None:
    """Time moves on to this moment; what comes due fires, in order."""
    castle(context).when_time_advances_to(instant)


@then("a deadline {name:MessageName} is scheduled in {duration:Duration}")
def step_deadline_is_scheduled(context: object, name: str, duration: timedelta) -> None:
    """A deadline of this name is due that long from now (after what the When let elapse)."""
    scenario = castle(context)
    deadline = scenario.catalogue.deadline(name)
    scenario.result.expect_scheduled_deadline_with_name(duration, deadline)


@then("no deadlines are scheduled")
def step_no_deadlines_are_scheduled(context: object) -> None:
    """No deadline is waiting to come due."""
    castle(context).result.expect_no_scheduled_deadlines()


@then("no deadline {name:MessageName} is scheduled within {duration:Duration}")
def step_no_deadline_is_scheduled_within(context: object, name: str, duration: timedelta) -> None:
    """No deadline of this name comes due from now until that long from now."""
    scenario = castle(context)
    deadline = scenario.catalogue.deadline(name)
    time_checks.check_some_time(duration)
    _check_deadline_of_target(scenario, deadline)
    scenario.validator.expect_no_scheduled_deadline_with_name_between(
        timedelta(0), duration, deadline
    )


@then("no deadline {name:MessageName} is scheduled between {start:Instant} and {end:Instant}")
def step_no_deadline_is_scheduled_between(
    context: object, name: str, start: datetime, end: datetime
) -> None:
    """No deadline of this name comes due between these two moments (both included)."""
    scenario = castle(context)
    deadline = scenario.catalogue.deadline(name)
    time_checks.check_window_ahead(start, end, scenario.now)
    _check_deadline_of_target(scenario, deadline)
    scenario.validator.expect_no_scheduled_deadline_with_name_between(start, end, deadline)


def _check_deadline_of_target(scenario: CastleScenario, deadline: str) -> None:
    validator = scenario.validator
    time_checks.check_deadline_of_target(
        scenario.catalogue, scenario.target, deadline, validator.scheduled_deadlines
    )


@then("the deadline {name:MessageName} is triggered")
def step_deadline_is_triggered(context: object, name: str) -> None:
    """A deadline of this name came due during the When."""
    scenario = castle(context)
    deadline = scenario.catalogue.deadline(name)
    triggered = [item.deadline_name for item in scenario.result.triggered_deadlines]
    if deadline not in triggered:
        shown = ", ".join(str(n) for n in triggered) or "none"
        raise AssertionError(f"the deadline {deadline} was not triggered (triggered: {shown})")


@then(with_fields("the event {message:MessageName} is scheduled in {duration:Duration}"))
def step_event_is_scheduled(
    context: object, message: str, duration: timedelta, fields: list[InlineField] | None = None
) -> None:
    """An event like this is scheduled that long from now (after what the When let elapse)."""
    expected = step_message(context, message, EVENT, fields, then=True).expectation()
    castle(context).validator_for("saga").expect_scheduled_event(duration, expected)


@then("no events are scheduled")
def step_no_events_are_scheduled(context: object) -> None:
    """No event is waiting to be published later."""
    castle(context).validator_for("saga").expect_no_scheduled_events()


@then("no {message:MessageName} event is scheduled within {duration:Duration}")
def step_no_such_event_is_scheduled_within(
    context: object, message: str, duration: timedelta
) -> None:
    """No event of this kind is due from now until that long from now."""
    scenario = castle(context)
    event_type = scenario.catalogue.message(message, EVENT).message_type
    validator = scenario.validator_for("saga")
    time_checks.check_some_time(duration)
    validator.expect_no_scheduled_event_of_type_between(timedelta(0), duration, event_type)


@then("no {message:MessageName} event is scheduled between {start:Instant} and {end:Instant}")
def step_no_such_event_is_scheduled_between(
    context: object, message: str, start: datetime, end: datetime
) -> None:
    """No event of this kind is due between these two moments (both included)."""
    scenario = castle(context)
    event_type = scenario.catalogue.message(message, EVENT).message_type
    validator = scenario.validator_for("saga")
    time_checks.check_window_ahead(start, end, scenario.now)
    validator.expect_no_scheduled_event_of_type_between(start, end, event_type)
