"""What the step modules share: reading the messages a step names."""

from __future__ import annotations

from typing import Any

from castle_bdd.behave import castle
from castle_bdd.gherkin.inline import InlineField
from castle_bdd.gherkin.reading import (
    WrittenMessage,
    read_message,
    read_messages,
    read_payloads,
    step_fields,
)
from castle_bdd.gherkin.specs import MessageKind

EVENT = MessageKind.EVENT
COMMAND = MessageKind.COMMAND


def step_message(
    context: Any,
    name: str,
    kind: MessageKind,
    fields: list[InlineField] | None,
    then: bool = False,
) -> WrittenMessage:
    """The message a step names, its fields from the line, a table or a JSON doc string."""
    written = step_fields(fields, context.table, context.text)
    return read_message(castle(context).catalogue, name, kind, written, then)


def step_messages(context: Any, kind: MessageKind, then: bool = False) -> list[WrittenMessage]:
    """The messages of a step's horizontal table or JSON array doc string."""
    return read_messages(castle(context).catalogue, kind, context.table, context.text, then)


def step_payloads(context: Any, kind: MessageKind) -> list[object]:
    """The message instances of a Given step's table or JSON array (every required field given)."""
    return read_payloads(castle(context).catalogue, kind, context.table, context.text)
