"""Entities inside an aggregate that handle commands and events (Axon's ``@AggregateMember``).

An aggregate names an attribute as a member with its type hint:
``line: Annotated[Line | None, AggregateMember()]`` for one entity, or
``lines: Annotated[list[Line], AggregateMember(routing_key="line_id")]`` (a ``dict``'s
values work too) for several. A command that the aggregate has no handler for goes to
the member entity whose class handles it: the one entity, or the one whose
``routing_key`` attribute equals the command's field of that name. Every event the
aggregate applies is sourced by its members' event-sourcing handlers as well, after the
aggregate's own. Entities apply events with `castle_bdd.apply`.
"""

from __future__ import annotations

import typing
from collections.abc import Iterator
from functools import cache
from typing import Any, NamedTuple

from castle_bdd.domain.decorators import Role
from castle_bdd.domain.handlers import Handler, HandlerTable, handlers_of
from castle_bdd.errors import CastleBddError


class AggregateMember:
    """Marks an aggregate attribute that holds an entity, or a list or dict of them."""

    def __init__(self, routing_key: str = "id") -> None:
        """``routing_key`` names the entity attribute (and command field) that tells them apart."""
        self.routing_key = routing_key


class AggregateEntityNotFoundError(CastleBddError):
    """A command for an aggregate member found no entity to handle it."""


class MemberField(NamedTuple):
    """One member attribute of an aggregate class: its name, entity class and shape."""

    name: str
    entity_type: type
    many: bool
    routing_key: str


def member_fields(aggregate_type: type) -> tuple[MemberField, ...]:
    """The member attributes of ``aggregate_type`` (and its bases), read once."""
    return _member_fields(aggregate_type)


@cache
def _member_fields(aggregate_type: type) -> tuple[MemberField, ...]:
    try:
        hints = typing.get_type_hints(aggregate_type, include_extras=True)
    except (NameError, TypeError):
        return ()
    found = []
    for name, hint in hints.items():
        if typing.get_origin(hint) is not typing.Annotated:
            continue
        marks = [item for item in hint.__metadata__ if isinstance(item, AggregateMember)]
        if marks:
            entity_type, many = _entity_type(hint.__origin__)
            found.append(MemberField(name, entity_type, many, marks[0].routing_key))
    return tuple(found)


def member_entity_types(owner: type) -> list[type]:
    """The classes of the member entities of ``owner``, of theirs and so on, each once."""
    found: list[type] = []
    waiting = [owner]
    while waiting:
        for member in member_fields(waiting.pop()):
            entity = member.entity_type
            if isinstance(entity, type) and entity is not owner and entity not in found:
                found.append(entity)
                waiting.append(entity)
    return found


def tables_with_members(owner: type) -> list[HandlerTable]:
    """The handler tables of ``owner`` and of its member entities, ``owner``'s first: as in
    Axon, a deadline that reaches an aggregate reaches its member entities too."""
    return [handlers_of(kind) for kind in (owner, *member_entity_types(owner))]


def _entity_type(hint: Any) -> tuple[type, bool]:
    origin = typing.get_origin(hint)
    arguments = [a for a in typing.get_args(hint) if a is not type(None)]
    if origin in (list, tuple, set, frozenset) and arguments:
        return arguments[0], True
    if origin is dict and len(arguments) == 2:
        return arguments[1], True
    if arguments and origin is not None:  # Optional[Entity] / Entity | None
        return arguments[0], False
    return hint, False


def member_command_handler(
    aggregate_type: type, command: object
) -> tuple[MemberField, Handler] | None:
    """The member attribute and entity handler that take ``command``, if any."""
    for member in member_fields(aggregate_type):
        handler = handlers_of(member.entity_type).find(Role.COMMAND, command)
        if handler is not None:
            return member, handler
    return None


def member_entity_for(aggregate: object, command: object) -> tuple[object, Handler]:
    """The member entity of ``aggregate`` that ``command`` is for, and its handler.

    As in Axon, every member whose entities handle the command is tried in turn: two
    lists of entities may take one command, and its routing field picks the entity.
    """
    missing: AggregateEntityNotFoundError | None = None
    for member in member_fields(type(aggregate)):
        handler = handlers_of(member.entity_type).find(Role.COMMAND, command)
        if handler is None:
            continue
        try:
            return entity_for(aggregate, member, command), handler
        except AggregateEntityNotFoundError as error:
            missing = missing or error
    raise missing or AggregateEntityNotFoundError(
        f"no member of {type(aggregate).__name__} handles {type(command).__name__}"
    )


def entity_for(aggregate: object, member: MemberField, command: object) -> object:
    """The entity of ``member`` in ``aggregate`` that ``command`` is for."""
    held = getattr(aggregate, member.name, None)
    if not member.many:
        if held is None:
            raise AggregateEntityNotFoundError(
                f"{type(aggregate).__name__}.{member.name} holds no entity to handle "
                f"{type(command).__name__}"
            )
        return held
    wanted = getattr(command, member.routing_key, None)
    for entity in _entities(held):
        if getattr(entity, member.routing_key, None) == wanted:
            return entity
    raise AggregateEntityNotFoundError(
        f"no entity in {type(aggregate).__name__}.{member.name} has "
        f"{member.routing_key} {wanted!r} to handle {type(command).__name__}"
    )


def entities_of(aggregate: object) -> Iterator[object]:
    """Every member entity of ``aggregate``, and theirs, depth first."""
    for member in member_fields(type(aggregate)):
        held = getattr(aggregate, member.name, None)
        for entity in _entities(held) if member.many else ([held] if held is not None else []):
            yield entity
            yield from entities_of(entity)


def _entities(held: Any) -> list[object]:
    if held is None:
        return []
    if isinstance(held, dict):
        return list(held.values())
    return list(held)
