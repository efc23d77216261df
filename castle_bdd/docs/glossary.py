"""The glossary of a domain: its events, commands and exceptions, its aggregates and sagas."""

from __future__ import annotations

import importlib
import inspect
import re
from collections.abc import Iterable
from dataclasses import replace
from enum import Enum
from typing import Any

from castle_bdd.docs.model import FieldRecord, HandlerRecord, MessageRecord
from castle_bdd.domain import Aggregate, Role, Saga, handlers_of
from castle_bdd.domain.messages import is_message_class, message_fields
from castle_bdd.gherkin.catalogue import Catalogue, build_catalogue, looks_like_event
from castle_bdd.gherkin.specs import MessageKind

_KINDS = {
    MessageKind.EVENT: "event",
    MessageKind.COMMAND: "command",
    MessageKind.DEADLINE: "deadline",
}
_ROLES = {
    Role.COMMAND: "commands",
    Role.EVENT_SOURCING: "events",
    Role.SAGA_EVENT: "events",
    Role.DEADLINE: "deadlines",
}


def glossary(modules: Iterable[str]) -> tuple[list[MessageRecord], list[HandlerRecord]]:
    """The glossary entries of every class defined in ``modules``."""
    modules = list(modules)
    catalogue = build_catalogue(modules)
    classes = [c for name in modules for c in _classes(importlib.import_module(name))]
    owners = [c for c in classes if issubclass(c, (Aggregate, Saga))]
    handlers = [_handler(owner) for owner in owners] + _added_handlers(catalogue)
    deadlines = {m for h in handlers for m in h.handles.get("deadlines", [])}
    messages = _values_told_apart(
        [_message(c, catalogue, deadlines) for c in classes if _is_message(c)], handlers
    )
    return sorted(messages, key=lambda m: m.name), sorted(handlers, key=lambda h: h.name)


def _values_told_apart(
    messages: list[MessageRecord], handlers: list[HandlerRecord]
) -> list[MessageRecord]:
    """Classes that only appear inside other messages' fields are values, not messages."""
    handled = {name for h in handlers for names in h.handles.values() for name in names}
    inside = {word for m in messages for f in m.fields for word in _NAMES.findall(f.type)}
    return [
        replace(m, kind="value")
        if m.kind in ("command", "event") and m.name in inside and m.name not in handled
        else m
        for m in messages
    ]


def type_name(hint: object) -> str:
    """A type hint as a person reads it: ``int``, ``list[OrderLine]``, ``Decimal | None``
    (classes by their names, without the modules they come from)."""
    if isinstance(hint, type) and not getattr(hint, "__args__", None):
        return hint.__name__
    return _QUALIFIED.sub(r"\1", str(hint)).replace("NoneType", "None")


def _classes(module: Any) -> list[type]:
    return [
        value
        for _, value in inspect.getmembers(module, inspect.isclass)
        if value.__module__ == module.__name__
    ]


def _is_message(candidate: type) -> bool:
    if issubclass(candidate, (Aggregate, Saga, Enum)):
        return False
    return issubclass(candidate, BaseException) or is_message_class(candidate)


def _message(message_type: type, catalogue: Catalogue, deadlines: set[str]) -> MessageRecord:
    name = message_type.__name__
    if issubclass(message_type, BaseException):
        return MessageRecord(name, "exception", message_type.__module__, _doc(message_type))
    kind = "deadline" if name in deadlines else _kind(message_type, catalogue)
    fields = [
        FieldRecord(f.name, type_name(f.type), f.required) for f in message_fields(message_type)
    ]
    return MessageRecord(name, kind, message_type.__module__, _doc(message_type), fields)


_NAMES = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_QUALIFIED = re.compile(r"\b(?:[A-Za-z_][A-Za-z0-9_]*\.)+([A-Za-z_][A-Za-z0-9_]*)")


def _kind(message_type: type, catalogue: Catalogue) -> str:
    """What the catalogue knows the message to be (its handlers, castlecraft's base
    classes), else what its name reads as: the feature files' own rule."""
    spec = catalogue.messages.get(message_type)
    if spec is not None:
        return _KINDS[spec.kind]
    return "event" if looks_like_event(message_type.__name__) else "command"


def _handler(owner: type) -> HandlerRecord:
    table = handlers_of(owner)
    handles: dict[str, list[str]] = {}
    for role, title in _ROLES.items():
        for handler in table.handlers(role):
            handles.setdefault(title, []).append(_handled_name(handler))
    for name in table.deadlines_by_name:
        if name not in handles.get("deadlines", []):
            handles.setdefault("deadlines", []).append(name)
    kind = "aggregate" if issubclass(owner, Aggregate) else "saga"
    return HandlerRecord(owner.__name__, kind, owner.__module__, _doc(owner), handles)


def _added_handlers(catalogue: Catalogue) -> list[HandlerRecord]:
    """The aggregates a domain family other than castle-bdd's own found (castlecraft's),
    with the commands and events the catalogue knows they take."""
    handles: dict[type, dict[str, list[str]]] = {}
    for (role, message_type), owners in catalogue.added_owners.items():
        title = _ROLES.get(role, "")
        for owner in owners if title else []:
            handles.setdefault(owner, {}).setdefault(title, []).append(message_type.__name__)
    return [
        HandlerRecord(
            owner.__name__,
            "aggregate",
            owner.__module__,
            _doc(owner),
            {title: taken[title] for title in _ROLES.values() if title in taken},
        )
        for owner, taken in handles.items()
    ]


def _handled_name(handler: Any) -> str:
    if handler.mark.deadline_name:
        return str(handler.mark.deadline_name)
    return str(handler.message_type.__name__)


def _doc(candidate: type) -> str:
    own = candidate.__dict__.get("__doc__")
    return inspect.cleandoc(own) if isinstance(own, str) else ""
