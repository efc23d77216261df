"""Then steps about the outcome of the When: events published, failures, results, state."""

from __future__ import annotations

from typing import Any

from castle_bdd.behave import castle
from castle_bdd.gherkin import checks, state_checks
from castle_bdd.gherkin.errors import GherkinError
from castle_bdd.gherkin.inline import TABLE_FOLLOWS, InlineField
from castle_bdd.gherkin.parse_types import StepValue
from castle_bdd.gherkin.reading import step_fields
from castle_bdd.gherkin.scenario import CastleScenario
from castle_bdd.steps._common import EVENT, step_message, step_messages
from castle_bdd.steps._define import then, with_fields

_EVENTS = "events"


def _published(scenario: CastleScenario) -> list[object]:
    # the payloads are what the checks compare and show
    if scenario.target is not None and scenario.target.kind == "saga":
        return list(scenario.validator_for("saga").published_events)
    return list(scenario.validator_for("aggregate").event_payloads)


@then(with_fields("the event {message:MessageName} is published"))
def step_event_is_published(
    context: object, message: str, fields: list[InlineField] | None = None
) -> None:
    """An event like this was published (only the fields mentioned are compared)."""
    scenario = castle(context)
    expected = step_message(context, message, EVENT, fields, then=True)
    published = _published(scenario)
    try:
        checks.check_contains(scenario.result, _EVENTS, expected, published)
    except GherkinError as error:
        raise checks.given_before_when(error, [expected], published, scenario.givens) from None


@then("the events are:")
def step_events_are(context: object) -> None:
    """Exactly these events were published, in this order, and no others."""
    scenario = castle(context)
    expected = step_messages(context, EVENT, then=True)
    published = _published(scenario)
    try:
        checks.check_exact(scenario.result, _EVENTS, expected, published)
    except GherkinError as error:
        raise checks.given_before_when(error, expected, published, scenario.givens) from None


@then("no events are published")
def step_no_events_are_published(context: object) -> None:
    """The When published no event at all."""
    scenario = castle(context)
    checks.check_none(scenario.result, _EVENTS, _published(scenario))


@then("the command returns {value:QuotedOrBare}")
def step_command_returns(context: object, value: StepValue) -> None:
    """The command handler returned this value."""
    scenario = castle(context)
    command = scenario.when_message
    state_checks.check_result(
        scenario.validator_for("aggregate"),
        scenario.target,
        command,
        value.text,
        value.quoted,
        scenario.catalogue.result_types.get(type(command), Any),
    )


@then("the command fails with message {text:Quoted}")
def step_command_fails_with_message(context: object, text: str) -> None:
    """The command was refused with exactly this message."""
    scenario = castle(context)
    checks.check_failure_message(scenario.result, text, scenario.when_subject)


@then("the command fails with {exception:MessageName}")
def step_command_fails_with(context: object, exception: str) -> None:
    """The command was refused with this error (or a more specific one)."""
    scenario = castle(context)
    wanted = scenario.catalogue.exception(exception)
    checks.check_failure(scenario.result, wanted, scenario.when_subject)


@then("the command succeeds")
def step_command_succeeds(context: object) -> None:
    """The command was handled without an error."""
    scenario = castle(context)
    checks.check_success(scenario.result, scenario.when_subject)


@then("no {message:MessageName} event is published")
def step_no_such_event_is_published(context: object, message: str) -> None:
    """No event of this kind was published."""
    scenario = castle(context)
    spec = scenario.catalogue.message(message, EVENT)
    checks.check_absent(scenario.result, _EVENTS, spec.message_type, _published(scenario))


@then("the events include, in order:")
def step_events_include_in_order(context: object) -> None:
    """These events were published in this order; others may sit between them."""
    scenario = castle(context)
    expected = step_messages(context, EVENT, then=True)
    published = _published(scenario)
    try:
        checks.check_in_order(scenario.result, _EVENTS, expected, published)
    except GherkinError as error:
        raise checks.given_before_when(error, expected, published, scenario.givens) from None


@then("the aggregate state has {fields:InlineFields}", "the aggregate state has:")
def step_aggregate_state_has(context: Any, fields: list[InlineField] = TABLE_FOLLOWS) -> None:
    """After the command, the aggregate's state holds these values (others are not compared)."""
    written = step_fields(fields, context.table, context.text)
    validator = castle(context).validator_for("aggregate")
    state_checks.check_committed(validator, "the aggregate state")
    aggregate = state_checks.worked_on(
        validator, "the aggregate state", validator.committed_aggregate
    )
    state_checks.check_state(aggregate, written)


@then("the aggregate is marked deleted")
def step_aggregate_is_marked_deleted(context: object) -> None:
    """The command marked the aggregate deleted."""
    validator = castle(context).validator_for("aggregate")
    what = "whether the aggregate is marked deleted"
    state_checks.check_committed(validator, what)
    state_checks.worked_on(validator, what, validator.expect_marked_deleted)
