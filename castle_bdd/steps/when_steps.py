"""When steps: the one thing that happens in a scenario — a command, or an event published."""

from __future__ import annotations

from castle_bdd.behave import castle
from castle_bdd.gherkin.inline import InlineField
from castle_bdd.steps._common import COMMAND, EVENT, step_message
from castle_bdd.steps._define import when, with_fields


@when(with_fields("the command {message:MessageName} is sent"))
def step_command_is_sent(
    context: object, message: str, fields: list[InlineField] | None = None
) -> None:
    """The command is sent to the aggregate that handles it."""
    castle(context).when_command(step_message(context, message, COMMAND, fields).build())


@when(with_fields("the aggregate {aggregate_id:Quoted} publishes {message:MessageName}"))
def step_aggregate_publishes(
    context: object, aggregate_id: str, message: str, fields: list[InlineField] | None = None
) -> None:
    """The aggregate with this id publishes an event, which the saga hears."""
    event = step_message(context, message, EVENT, fields).build()
    castle(context).when_published(event, aggregate_id=aggregate_id)


@when(with_fields("the event {message:MessageName} is published"))
def step_when_event_is_published(
    context: object, message: str, fields: list[InlineField] | None = None
) -> None:
    """The event is published, and the saga that handles it hears it."""
    castle(context).when_published(step_message(context, message, EVENT, fields).build())
