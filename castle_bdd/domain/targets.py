"""Which aggregate a command names: its target aggregate id (Axon's ``@TargetAggregateIdentifier``).

A command field says it holds the target with ``Annotated[str, TargetAggregateId]``.
Without one, a field named ``aggregate_id``, ``target_aggregate_id`` or ``id`` holds it,
and else the command's only field whose name ends in ``_id``. A command with none of
these names no aggregate: it goes to the aggregate under test.
"""

from __future__ import annotations

import sys
import typing
from functools import cache

from castle_bdd.domain.messages import message_fields


class TargetAggregateId:
    """Marks the command field that holds the id of the aggregate the command is for.

    ``card_id: Annotated[str, TargetAggregateId]``.
    """


_NAMED = ("target_aggregate_id", "aggregate_id", "id")


def names_target(command: object) -> bool:
    """Whether ``command`` has a field that names its target aggregate."""
    return target_field(type(command)) is not None


def target_of(command: object) -> object:
    """The id of the aggregate ``command`` names (call only when `names_target`)."""
    field = target_field(type(command))
    return getattr(command, field) if field is not None else None


def target_field(command_type: type) -> str | None:
    """The name of the field of ``command_type`` that holds its target aggregate id."""
    return _target_field(command_type)


@cache
def _target_field(command_type: type) -> str | None:
    fields = [info.name for info in message_fields(command_type)]
    hints = _annotated_hints(command_type) if fields else {}
    for name in fields:
        hint = hints.get(name)
        if typing.get_origin(hint) is typing.Annotated and _marked(
            getattr(hint, "__metadata__", ())
        ):
            return name
    for name in _NAMED:
        if name in fields:
            return name
    ids = [name for name in fields if name.endswith("_id")]
    return ids[0] if len(ids) == 1 else None


def _marked(metadata: tuple[object, ...]) -> bool:
    marks = (TargetAggregateId,)
    return any(item in marks or isinstance(item, marks) for item in metadata)


def _annotated_hints(command_type: type) -> dict[str, object]:
    module = sys.modules.get(command_type.__module__)
    namespace = vars(module) if module else {}
    try:
        return typing.get_type_hints(command_type, globalns=namespace, include_extras=True)
    except (NameError, TypeError):
        return {}
