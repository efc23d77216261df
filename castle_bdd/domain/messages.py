"""What castle-bdd knows about a message class: its fields, their types, and its values.

Events and commands are plain classes. Dataclasses (castlecraft-engineer `Event`s are
dataclasses), pydantic models, attrs classes and ordinary classes with an ``__init__`` all
work; this module is the one place that knows the difference.
"""

from __future__ import annotations

import dataclasses
import inspect
import sys
import typing
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from fractions import Fraction
from functools import cache
from typing import Any, NamedTuple
from uuid import UUID

from castle_bdd.errors import FixtureUsageError, refuse_argument

MISSING: object = dataclasses.MISSING

#: Classes whose values cannot change in place: a value of one of them may be shared or
#: kept (by a snapshot of an aggregate, or for a table cell or a step text read again)
#: instead of being copied or read anew. Enum members are as immutable; being of many
#: classes, they are told by ``isinstance``.
IMMUTABLE_VALUES: frozenset[type] = frozenset(
    {type(None), bool, int, float, complex, str, bytes, Decimal, Fraction}
    | {date, datetime, time, timedelta, UUID}
)

#: Fields that describe *when* or *which* message rather than what happened. Event
#: comparison leaves them out unless a fixture is told otherwise.
DEFAULT_IGNORED_FIELDS: frozenset[str] = frozenset(
    {"event_id", "occurred_on", "occurred_at", "timestamp", "recorded_at", "created_at"}
)


class FieldInfo(NamedTuple):
    """One field of a message class: its name, type hint and whether it must be given."""

    name: str
    type: object
    required: bool
    default: object = MISSING


@dataclass(frozen=True)
class Message:
    """A payload with the envelope the fixtures put around it (Axon's ``EventMessage``)."""

    payload: object
    metadata: Mapping[str, object] = field(default_factory=dict)
    timestamp: datetime | None = None
    aggregate_id: object = None
    sequence_number: int | None = None
    #: The name of the aggregate class that applied it (Axon's ``DomainEventMessage.getType``).
    aggregate_type: str | None = None

    @property
    def payload_type(self) -> type:
        """The class of the payload."""
        return type(self.payload)


def refuse_non_message(item: object, what: str) -> None:
    """Refuses a class, None or a bare collection given where ``what`` (a message) belongs.

    A named tuple is a message; a plain tuple, a list or a generator holds messages. The
    verdict depends on the class of ``item`` alone, so each class is checked once.
    """
    kind = type(item)
    if kind in _MESSAGE_CLASSES:
        return
    if isinstance(item, type):
        name = item.__name__
        raise FixtureUsageError(f"{what} is a message, got the class {name}: write {name}(...)")
    if item is None:
        raise FixtureUsageError(f"{what} is a message, got None")
    if kind in _COLLECTIONS or isinstance(item, Iterator):
        raise FixtureUsageError(
            f"{what} is a message, got a {kind.__name__} {item!r}: give the "
            f"messages themselves, not a {kind.__name__} of them"
        )
    _MESSAGE_CLASSES.add(kind)


#: The classes `refuse_non_message` found to be of messages.
_MESSAGE_CLASSES: set[type] = set()

#: What holds messages rather than being one (a named tuple is a class of its own).
_COLLECTIONS = (list, tuple, set, frozenset)


def refuse_non_metadata(metadata: object, method: str) -> None:
    """Refuses ``metadata`` given to ``method`` that is neither None nor a mapping."""
    if metadata is not None and not isinstance(metadata, Mapping):
        refuse_argument(method, "metadata as a mapping", metadata, "metadata={'key': value}")


def payload_of(item: object) -> object:
    """The payload of a `Message`, or the item itself when it is a bare payload."""
    return item.payload if isinstance(item, Message) else item


def split_message(
    item: object, metadata: Mapping[str, object] | None = None
) -> tuple[object, Mapping[str, object]]:
    """The payload of ``item`` and its metadata, with ``metadata`` added over it.

    A bare payload has no metadata of its own; a `Message` keeps its own, as Axon's
    ``asCommandMessage(…).andMetaData(…)`` does.
    """
    if isinstance(item, Message):
        return item.payload, {**item.metadata, **metadata} if metadata else item.metadata
    return item, metadata or {}


def message_fields(message_type: type) -> tuple[FieldInfo, ...]:
    """The constructor fields of ``message_type``, in declaration order."""
    return _message_fields(message_type)


@cache
def _message_fields(message_type: type) -> tuple[FieldInfo, ...]:
    hints = _type_hints(message_type)
    if dataclasses.is_dataclass(message_type):
        return tuple(_dataclass_field(f, hints) for f in dataclasses.fields(message_type) if f.init)
    model_fields = getattr(message_type, "model_fields", None)
    if isinstance(model_fields, dict):
        return tuple(_pydantic_field(name, info) for name, info in model_fields.items())
    attrs_fields = getattr(message_type, "__attrs_attrs__", None)
    if attrs_fields is not None:
        return tuple(_attrs_field(a, hints) for a in attrs_fields if a.init)
    return _init_fields(message_type)


def field_names(message_type: type) -> tuple[str, ...]:
    """The names of the constructor fields of ``message_type``."""
    return _field_names(message_type)


@cache
def _field_names(message_type: type) -> tuple[str, ...]:
    return tuple(info.name for info in message_fields(message_type))


def field_values(message: object) -> dict[str, object]:
    """The field values of a message instance, keyed by field name."""
    names = field_names(type(message))
    if names:
        return {name: getattr(message, name, None) for name in names}
    return dict(getattr(message, "__dict__", {}))


def is_message_class(candidate: object) -> bool:
    """Whether ``candidate`` is a class castle-bdd can read fields from."""
    if not inspect.isclass(candidate):
        return False
    return (
        dataclasses.is_dataclass(candidate)
        or isinstance(getattr(candidate, "model_fields", None), dict)
        or hasattr(candidate, "__attrs_attrs__")
    )


def fields_within(message_types: Iterable[type]) -> set[str]:
    """The field names of ``message_types`` and of the messages nested in their fields."""
    names: set[str] = set()
    for message_type in message_types:
        names |= _fields_within(message_type)
    return names


@cache
def _fields_within(message_type: type) -> frozenset[str]:
    names: set[str] = set()
    seen: set[type] = set()
    waiting = [message_type]
    while waiting:
        current = waiting.pop()
        if current in seen:
            continue
        seen.add(current)
        for info in message_fields(current):
            names.add(info.name)
            waiting += _message_classes_in(info.type)
    return frozenset(names)


def _message_classes_in(hint: object) -> list[type]:
    if is_message_class(hint):
        return [typing.cast(type, hint)]
    found: list[type] = []
    for argument in typing.get_args(hint):
        found += _message_classes_in(argument)
    return found


def message_types_in(values: Iterable[object]) -> set[type]:
    """The classes of the messages among ``values``, and of those nested in them.

    Nested values are read from the messages themselves: a field's type hint may not say
    (a hint that cannot be resolved, ``object``, a base class).
    """
    found: set[type] = set()
    waiting = list(values)
    while waiting:
        value = waiting.pop()
        kind = type(value)
        if isinstance(value, (list, tuple, set, frozenset)):
            waiting += value
        elif isinstance(value, dict):
            waiting += value.values()
        elif kind not in found and is_message_class(kind):
            found.add(kind)
            waiting += field_values(value).values()
    return found


def _type_hints(message_type: type) -> dict[str, object]:
    module = sys.modules.get(message_type.__module__)
    namespace = vars(module) if module else {}
    try:
        return typing.get_type_hints(message_type, globalns=namespace)
    except (NameError, TypeError):
        return dict(getattr(message_type, "__annotations__", {}))


def _dataclass_field(f: dataclasses.Field[object], hints: dict[str, object]) -> FieldInfo:
    has_default = f.default is not MISSING or f.default_factory is not MISSING
    return FieldInfo(f.name, hints.get(f.name, f.type), not has_default, f.default)


def _pydantic_field(name: str, info: Any) -> FieldInfo:
    required = bool(info.is_required())
    default = MISSING if required else info.default
    return FieldInfo(name, info.annotation, required, default)


def _attrs_field(attribute: Any, hints: dict[str, object]) -> FieldInfo:
    import attrs  # attrs is present whenever an attrs class is

    has_default = attribute.default is not attrs.NOTHING
    default = attribute.default if has_default else MISSING
    return FieldInfo(
        attribute.name, hints.get(attribute.name, attribute.type), not has_default, default
    )


def _init_fields(message_type: type) -> tuple[FieldInfo, ...]:
    init: Any = message_type.__init__  # type: ignore[misc]
    if init is object.__init__:
        return ()
    try:
        hints = typing.get_type_hints(init)
    except (NameError, TypeError):
        hints = {}
    parameters = list(inspect.signature(init).parameters.values())[1:]
    return tuple(
        FieldInfo(p.name, hints.get(p.name, Any), p.default is p.empty, _default(p))
        for p in parameters
        if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)
    )


def _default(parameter: inspect.Parameter) -> object:
    return MISSING if parameter.default is parameter.empty else parameter.default
