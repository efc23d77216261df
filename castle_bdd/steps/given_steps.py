"""Given steps: what happened before the When — events, commands, and nothing at all."""

from __future__ import annotations

from typing import Any

from castle_bdd.behave import castle
from castle_bdd.gherkin.inline import InlineField
from castle_bdd.gherkin.reading import step_fields
from castle_bdd.steps._common import COMMAND, EVENT, step_message, step_payloads
from castle_bdd.steps._define import given, with_fields


@given(with_fields("the event {message:MessageName} was published"))
def step_event_was_published(
    context: object, message: str, fields: list[InlineField] | None = None
) -> None:
    """An event was published before the When: a saga hears it, an aggregate keeps it."""
    event = step_message(context, message, EVENT, fields).build()
    castle(context).given_published(event)


@given(with_fields("the event {message:MessageName}"))
def step_event(context: object, message: str, fields: list[InlineField] | None = None) -> None:
    """An event happened before the When."""
    castle(context).given(step_message(context, message, EVENT, fields).build())


@given("the events:")
def step_events(context: object) -> None:
    """Several events happened, in order: one table row (or JSON object) per event."""
    castle(context).given(*step_payloads(context, EVENT))


@given(with_fields("the command {message:MessageName} was sent"))
def step_command_was_sent(
    context: object, message: str, fields: list[InlineField] | None = None
) -> None:
    """A command was handled before the When; the events it caused are the history."""
    castle(context).given_commands(step_message(context, message, COMMAND, fields).build())


@given(
    "the aggregate starts with the state {fields:InlineFields}",
    "the aggregate starts with the state:",
)
def step_aggregate_state_is(context: Any, fields: list[InlineField] | None = None) -> None:
    """The aggregate keeps its state (not events) and starts with these values."""
    written = step_fields(fields, context.table, context.text)
    castle(context).given_state(written)


@given("no prior activity")
def step_no_prior_activity(context: object) -> None:
    """Nothing has happened yet: the aggregate or saga starts from scratch."""
    castle(context).given_no_prior_activity()


@given("the aggregate {aggregate_id:Quoted} published:")
def step_aggregate_published_events(context: object, aggregate_id: str) -> None:
    """The aggregate with this id published several events: one table row per event."""
    events = step_payloads(context, EVENT)
    castle(context).given_published(*events, aggregate_id=aggregate_id)


@given(with_fields("the aggregate {aggregate_id:Quoted} published {message:MessageName}"))
def step_aggregate_published(
    context: object, aggregate_id: str, message: str, fields: list[InlineField] | None = None
) -> None:
    """The aggregate with this id published an event before the When."""
    event = step_message(context, message, EVENT, fields).build()
    castle(context).given_published(event, aggregate_id=aggregate_id)
