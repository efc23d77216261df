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
