"""castlecraft classes as feature files see them: aggregates, handlers, events and commands.

castlecraft says what each class is by its base class: an ``Event`` is an event, a
``Command`` a command, an ``EventSourcedAggregate`` an aggregate whose appliers name the
events it sources, a ``CommandHandler[C]`` takes the command ``C``. Which aggregate a
handler works on is not declared anywhere; it is read from the names its methods use
(``GiftCard.load_from_history``), then from the module it lives in, and when that leaves
several, the scenario's ``@aggregate:Name`` tag decides.
"""

from __future__ import annotations

import inspect
import typing
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from castlecraft_engineer.abstractions.command import Command
from castlecraft_engineer.abstractions.command_bus import CommandHandlerNotFoundError
from castlecraft_engineer.abstractions.command_handler import CommandHandler
from castlecraft_engineer.abstractions.event import Event
from castlecraft_engineer.abstractions.event_handler import EventHandler
from castlecraft_engineer.abstractions.event_sourced_aggregate import EventSourcedAggregate
from castlecraft_engineer.abstractions.event_store import EventStoreConflictError
from castlecraft_engineer.abstractions.projector import Projector
from castlecraft_engineer.authorization.base_service import AuthorizationError

from castle_bdd.domain import Role
from castle_bdd.gherkin.catalogue import Catalogue
from castle_bdd.gherkin.domain_names import where_class
from castle_bdd.gherkin.specs import MessageKind

#: castlecraft's errors a Then step may name (``the command fails with AuthorizationError``).
CASTLECRAFT_ERRORS: tuple[type[BaseException], ...] = (
    AuthorizationError,
    CommandHandlerNotFoundError,
    EventStoreConflictError,
)

#: The id an aggregate is made with to read which events it applies.
_PROBE_ID = "castle-bdd probe"


@dataclass(frozen=True)
class CastlecraftDomain:
    """The handler and projector classes of a castlecraft domain, found in its modules."""

    command_handlers: tuple[type[CommandHandler[Any]], ...] = ()
    event_handlers: tuple[type[EventHandler[Any]], ...] = ()
    projectors: tuple[type[Projector], ...] = ()


def add_castlecraft_classes(catalogue: Catalogue, classes: Sequence[type]) -> None:
    """Add the castlecraft aggregates, handlers and messages among ``classes``."""
    aggregates = _concrete(classes, EventSourcedAggregate)
    # castlecraft's bus takes only handlers that name their command directly
    handlers = [h for h in _concrete(classes, CommandHandler) if command_type_of(h) is not None]
    domain = CastlecraftDomain(
        tuple(handlers),
        tuple(_concrete(classes, EventHandler)),
        tuple(_concrete(classes, Projector)),
    )
    for aggregate in aggregates:
        _add_aggregate(catalogue, aggregate, domain)
    for handler in handlers:
        _add_handler(catalogue, handler, aggregates)
    _explain_abstract_aggregates(catalogue, classes, handlers, aggregates)
    for candidate in classes:
        if issubclass(candidate, Event):
            catalogue._add_message(candidate, MessageKind.EVENT, certain=True)
        elif issubclass(candidate, Command):
            catalogue._add_message(candidate, MessageKind.COMMAND, certain=True)
    for error in CASTLECRAFT_ERRORS:
        catalogue.exceptions.setdefault(error.__name__, error)


def command_type_of(handler: type) -> type | None:
    """The command class a ``CommandHandler[C]`` subclass takes, as castlecraft reads it."""
    for base in getattr(handler, "__orig_bases__", ()):
        if typing.get_origin(base) is CommandHandler:
            arguments = typing.get_args(base)
            if arguments and isinstance(arguments[0], type):
                return arguments[0]
    return None


def handler_of(domain: CastlecraftDomain, command_type: type) -> type | None:
    """The domain's handler class of ``command_type``, as castlecraft's bus finds it."""
    return next((h for h in domain.command_handlers if command_type_of(h) is command_type), None)


def applied_event_types(aggregate_type: type[EventSourcedAggregate[object]]) -> list[type]:
    """The event classes ``aggregate_type`` registers appliers for (empty if it cannot say)."""
    try:
        probe = aggregate_type(id=_PROBE_ID, version=-1)  # as load_from_history makes one
    except Exception:
        return []
    return list(probe._event_appliers)


def _explain_abstract_aggregates(
    catalogue: Catalogue, classes: Sequence[type], handlers: Sequence[type], aggregates: list[type]
) -> None:
    """Say why a handler's command has no aggregate when the domain's is abstract.

    castlecraft's ``EventSourcedAggregate`` declares abstract methods (the snapshot
    state's); an aggregate that lacks one cannot be made, and is no aggregate here.
    """
    abstract = [
        c
        for c in classes
        if issubclass(c, EventSourcedAggregate)
        and c is not EventSourcedAggregate
        and inspect.isabstract(c)
        and not any(issubclass(a, c) for a in aggregates)  # a base of a concrete one
    ]
    if not abstract:
        return
    reasons = "; ".join(
        f"{c.__name__} ({where_class(c)}) is abstract: it lacks "
        f"{', '.join(sorted(c.__abstractmethods__))}, which castlecraft's "
        "EventSourcedAggregate asks of it, so it cannot be made: define them"
        for c in abstract
    )
    for handler in handlers:
        command_type = command_type_of(handler)
        if command_type is not None and not catalogue.aggregates_handling(command_type):
            catalogue.no_owner_because[command_type] = (
                f"no aggregate takes the command {command_type.__name__}, which "
                f"{handler.__name__} handles: {reasons}"
            )


def _concrete(classes: Iterable[type], base: type) -> list[Any]:
    return [
        c for c in classes if issubclass(c, base) and c is not base and not inspect.isabstract(c)
    ]


def _add_aggregate(catalogue: Catalogue, aggregate: type, domain: CastlecraftDomain) -> None:
    from castle_bdd.castlecraft.fixture import CastlecraftTestFixture

    catalogue.aggregates.setdefault(aggregate.__name__, aggregate)
    catalogue.fixture_makers[aggregate] = partial(CastlecraftTestFixture, aggregate, domain)
    for event_type in applied_event_types(aggregate):
        catalogue._add_message(event_type, MessageKind.EVENT, certain=True)
        catalogue.add_owner(Role.EVENT_SOURCING, event_type, aggregate)


def _add_handler(catalogue: Catalogue, handler: type, aggregates: Sequence[type]) -> None:
    command_type = command_type_of(handler)
    if command_type is None:
        return
    catalogue._add_message(command_type, MessageKind.COMMAND, certain=True)
    try:
        returned = typing.get_type_hints(getattr(handler, "execute", None)).get("return", Any)
    except Exception:  # unresolvable hints: the value's look decides
        returned = Any
    catalogue.result_types.setdefault(command_type, returned)
    for aggregate in _worked_on(handler, aggregates):
        catalogue.add_owner(Role.COMMAND, command_type, aggregate)


def _worked_on(handler: type, aggregates: Sequence[type]) -> list[type]:
    named = _names_used(handler)
    found = [aggregate for aggregate in aggregates if aggregate.__name__ in named]
    if found:
        return found
    same_module = [a for a in aggregates if a.__module__ == handler.__module__]
    return same_module or list(aggregates)


def _names_used(handler: type) -> set[str]:
    """The global and attribute names the methods of ``handler`` and its own bases use."""
    names: set[str] = set()
    for klass in handler.__mro__:
        if klass.__module__.startswith(("castlecraft_engineer", "builtins", "typing", "abc")):
            continue
        for value in vars(klass).values():
            code = getattr(inspect.unwrap(value), "__code__", None) if callable(value) else None
            if code is not None:
                names.update(code.co_names)
    return names
