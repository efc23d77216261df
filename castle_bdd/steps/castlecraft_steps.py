"""Steps for castlecraft domains: who sends the commands, and what a projection shows.

castlecraft's command handlers are told the subject that sends a command and the
permissions it holds; its projectors build read models from the events. Nothing here
imports castlecraft: the steps ask the scenario, whose castlecraft fixture answers.
"""

from __future__ import annotations

from typing import Any

from castle_bdd.behave import castle
from castle_bdd.gherkin import state_checks
from castle_bdd.gherkin.errors import GherkinError
from castle_bdd.gherkin.inline import TABLE_FOLLOWS, InlineField
from castle_bdd.gherkin.reading import step_fields
from castle_bdd.steps._define import given, then
from castle_bdd.suggestions import did_you_mean


@given("the commands are sent by {subject:Quoted}")
def step_commands_are_sent_by(context: object, subject: str) -> None:
    """The commands of this scenario are sent by this user (a castlecraft subject id)."""
    castle(context).acting_as(subject)


@given("the user {subject:Quoted} may {action} the {resource}")
def step_user_may(context: object, subject: str, action: str, resource: str) -> None:
    """The commands are sent by this user, who may do this to this kind of thing."""
    from castle_bdd.castlecraft.access import permission  # castlecraft only when used

    granted = permission(action, resource)
    _refuse_near_miss(granted.action, "action")
    _refuse_near_miss(granted.resource, "resource")
    castle(context).acting_as(subject, granted)


def _refuse_near_miss(written: object, what: str) -> None:
    """A typo of an action or resource the domain's enums name, which no handler requires."""
    from castle_bdd.castlecraft.access import permission_words

    known = permission_words()
    if written in known:
        return
    hint = did_you_mean(str(written), known)
    if hint:
        raise GherkinError(f"unknown {what} '{written}'{hint}")


@then(
    "the projection {projection:MessageName} shows {fields:InlineFields}",
    "the projection {projection:MessageName} shows:",
)
def step_projection_shows(
    context: Any, projection: str, fields: list[InlineField] = TABLE_FOLLOWS
) -> None:
    """After the When, the projection, fed every stored event in order, shows these values."""
    written = step_fields(fields, context.table, context.text)
    shown = castle(context).projection(projection)
    state_checks.check_state(shown, written, subject=f"the projection {projection}", is_view=True)
