"""Steps that match the benchmark's sentences and do nothing: what behave alone costs.

A suite run with these measures behave itself (starting, parsing the feature files,
finding each step, running the hooks and formatters); what the other two suites take on
top of it is what their steps cost.
"""

from __future__ import annotations

from typing import Any

from behave import given, then, when


@given("the events:")
def step_given_events(context: Any) -> None:
    pass


@when("the command {name} is sent with {fields}")
def step_command(context: Any, name: str, fields: str) -> None:
    pass


@then("the events are:")
def step_events_are(context: Any) -> None:
    pass


@given('the aggregate "{aggregate_id}" published InvoiceCreated with {fields}')
def step_created(context: Any, aggregate_id: str, fields: str) -> None:
    pass


@given("{duration} have elapsed")
def step_elapsed(context: Any, duration: str) -> None:
    pass


@when("{duration} elapse")
def step_elapse(context: Any, duration: str) -> None:
    pass


@then("the dispatched commands are:")
def step_dispatched(context: Any) -> None:
    pass
