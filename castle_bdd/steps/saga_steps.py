"""Then steps about sagas: commands dispatched, events published, sagas alive and associated."""

from __future__ import annotations

from castle_bdd.behave import castle
from castle_bdd.gherkin import checks
from castle_bdd.gherkin.inline import InlineField
from castle_bdd.gherkin.scenario import CastleScenario
from castle_bdd.steps._common import COMMAND, EVENT, step_message, step_messages
from castle_bdd.steps._define import then, with_fields

_DISPATCHED = "dispatched commands"
_PUBLISHED = "published events"


def _dispatched(scenario: CastleScenario) -> list[object]:
    return list(scenario.validator_for("saga").dispatched_commands)


@then(with_fields("the command {message:MessageName} is dispatched"))
def step_command_is_dispatched(
    context: object, message: str, fields: list[InlineField] | None = None
) -> None:
    """The saga sent a command like this (only the fields mentioned are compared)."""
    scenario = castle(context)
    expected = step_message(context, message, COMMAND, fields, then=True)
    checks.check_contains(scenario.result, _DISPATCHED, expected, _dispatched(scenario))


@then("the dispatched commands are:")
def step_dispatched_commands_are(context: object) -> None:
    """Exactly these commands were sent, in this order, and no others."""
    scenario = castle(context)
    expected = step_messages(context, COMMAND, then=True)
    checks.check_exact(scenario.result, _DISPATCHED, expected, _dispatched(scenario))


@then("no commands are dispatched")
def step_no_commands_are_dispatched(context: object) -> None:
    """The saga sent no command."""
    scenario = castle(context)
    checks.check_none(scenario.result, _DISPATCHED, _dispatched(scenario))


@then("the published events are:")
def step_published_events_are(context: object) -> None:
    """Exactly these events were published on the event bus, in order, and no others."""
    scenario = castle(context)
    result = scenario.result
    expected = step_messages(context, EVENT, then=True)
    if scenario.target is not None and scenario.target.kind == "saga":
        recorded = scenario.validator_for("saga").published_events
    else:
        recorded = scenario.validator_for("aggregate").events
    checks.check_exact(result, _PUBLISHED, expected, list(recorded))


@then("{count:Count} saga is active", "{count:Count} sagas are active")
def step_sagas_are_active(context: object, count: int) -> None:
    """This many sagas are still running after the When."""
    castle(context).validator_for("saga").expect_active_sagas(count)


@then("a saga is associated with {association:InlineFields}")
def step_saga_is_associated(context: object, association: list[InlineField]) -> None:
    """An active saga listens to events with this key and value."""
    scenario = castle(context)
    validator = scenario.validator_for("saga")
    key, value = checks.association(scenario, association, validator.sagas)
    written = association[0].value
    checks.check_association_kind(scenario.catalogue, key, value, written, validator.sagas)
    validator.expect_association_with(key, value)


@then("no saga is associated with {association:InlineFields}")
def step_no_saga_is_associated(context: object, association: list[InlineField]) -> None:
    """No active saga listens to events with this key and value."""
    scenario = castle(context)
    validator = scenario.validator_for("saga")
    key, value = checks.association(scenario, association, validator.sagas)
    checks.check_association_of_target(scenario.catalogue, scenario.target, key, validator.sagas)
    written = association[0].value
    checks.check_association_kind(scenario.catalogue, key, value, written, validator.sagas)
    validator.expect_no_association_with(key, value)
