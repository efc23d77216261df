"""What castle-bdd knows about a message class: its fields, their types, and its values.

Events and commands are plain classes. Dataclasses (castlecraft-engineer `Event`s are
dataclasses), pydantic models, attrs classes and ordinary classes with an ``__init__`` all
work; this module is the one place that knows the difference.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import inspect
import sys
import typing
from collections.abc import Collection, Iterable, Iterator, Mapping
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


def compared_values(value: object) -> dict[str, object]:
    """What field-by-field equality compares of ``value``, keyed by field name.

    As Axon compares every field a class declares, and a class's own equality decides
    which: a dataclass's fields that its ``==`` compares (those made with
    ``init=False`` too, not those with ``compare=False``), an attrs class's likewise, a
    pydantic model's fields (and those it allows beyond them), and every attribute of a
    plain object (`is_plain_object`), not only those its ``__init__`` takes, less the
    values its ``cached_property``s keep (`is_cached_value`); an exception's ``args`` are
    among them.
    """
    kind: type = type(value)
    names = compared_field_names(kind)
    if names is not None:
        found = {name: getattr(value, name, None) for name in names}
        if _keeps_extra(kind):  # a pydantic model's fields it does not declare
            found.update(getattr(value, "__pydantic_extra__", None) or {})
        return found
    cached = _cached_names(kind)  # worked out from the attributes, not one of them
    attributes = getattr(value, "__dict__", {})
    found = {name: item for name, item in attributes.items() if name not in cached}
    for name in _slot_names(kind):  # a class with __slots__ keeps attributes in them
        slot_value = getattr(value, name, _UNSET)
        if slot_value is not _UNSET:  # a slot never set is no attribute
            found[name] = slot_value
    if isinstance(value, BaseException):
        found.pop("__notes__", None)  # told beside an exception (add_note), not its state
        found["args"] = value.args
    return found


def compared_field_names(message_type: type) -> tuple[str, ...] | None:
    """The names of the fields `compared_values` reads, or None for a plain class: its
    objects' attributes are compared, which its class does not list."""
    return _compared_names(message_type)


def has_varying_fields(message_type: type) -> bool:
    """Whether two objects of ``message_type`` may have different fields to compare: those
    of a plain class (its objects' attributes), or of a pydantic model configured with
    ``extra="allow"``, which keeps fields it does not declare."""
    return compared_field_names(message_type) is None or _allows_undeclared(message_type)


def _allows_undeclared(message_type: type) -> bool:
    config = getattr(message_type, "model_config", None)
    return (
        _keeps_extra(message_type) and isinstance(config, dict) and config.get("extra") == "allow"
    )


@cache
def _keeps_extra(message_type: type) -> bool:
    return isinstance(getattr(message_type, "model_fields", None), dict)


@cache
def _compared_names(message_type: type) -> tuple[str, ...] | None:
    if dataclasses.is_dataclass(message_type):
        return tuple(f.name for f in dataclasses.fields(message_type) if f.compare)
    attrs_fields = getattr(message_type, "__attrs_attrs__", None)
    if attrs_fields is not None:
        return tuple(a.name for a in attrs_fields if a.eq)
    if is_message_class(message_type):
        return field_names(message_type)
    return None


@cache
def _slot_names(kind: type) -> tuple[str, ...]:
    """The attribute names the ``__slots__`` of ``kind`` and its bases declare."""
    names: list[str] = []
    for owner in kind.__mro__:
        declared = vars(owner).get("__slots__", ())
        for name in (declared,) if isinstance(declared, str) else declared:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                name = f"_{owner.__name__.lstrip('_')}{name}"  # as Python mangles it
            names.append(name)
    return tuple(dict.fromkeys(names))


_UNSET = object()


def is_cached_value(kind: type, name: str) -> bool:
    """Whether ``name`` is a ``functools.cached_property`` of ``kind``: a value worked out
    from the state and kept once asked for (by a command, not by a replay), not state."""
    return name in _cached_names(kind)


@cache
def _cached_names(kind: type) -> frozenset[str]:
    names = {name for klass in kind.__mro__ for name in vars(klass)}
    return frozenset(
        name
        for name in names
        if isinstance(inspect.getattr_static(kind, name, None), functools.cached_property)
    )


def compared_by_fields(value: object) -> bool:
    """Whether ``value`` is compared field by field (`compared_values`): an object of a
    message class, or a plain object (`is_plain_object`)."""
    return is_message_class(type(value)) or is_plain_object(value)


def is_plain_object(value: object) -> bool:
    """Whether ``value`` is an object whose state is its attributes, compared one by one.

    One that neither defines equality nor is of a message class would only ever equal
    itself; as Axon compares the fields of an object without ``equals``, its attributes
    (in its ``__dict__`` or its ``__slots__``) are compared instead. An object of an
    ordinary class with an ``__eq__`` of its own and a ``__dict__`` is one too: its ``==``
    is asked first (`has_own_equality`), and its attributes are compared when it says
    no, as Axon's fixtures compare the fields that a field filter lets through.
    """
    kind: type = type(value)
    if getattr(kind, "__eq__", None) is _OBJECT_EQ:
        has_state = hasattr(value, "__dict__") or hasattr(kind, "__slots__")
    else:
        has_state = hasattr(value, "__dict__") and _ordinary(kind)
    return (
        has_state
        and not is_message_class(kind)
        and not callable(value)
        and not isinstance(value, enum.Enum)  # a member is its own value
    )


_OBJECT_EQ: object = object.__eq__


@cache
def _ordinary(kind: type) -> bool:
    """Whether ``kind`` and its bases are classes written in Python, object aside: not
    a subclass of a built-in value (freezegun's datetime is one), whose state is no
    attribute."""
    return all(base.__flags__ & _HEAP_TYPE for base in kind.__mro__[:-1])


#: The flag of a class made by a class statement (``Py_TPFLAGS_HEAPTYPE``).
_HEAP_TYPE = 1 << 9


def has_own_equality(kind: type) -> bool:
    """Whether the ``==`` of ``kind`` is its own (Axon's class that overrides ``equals``).

    Not object's identity, nor the ``__eq__`` dataclasses, attrs and pydantic make to
    compare the fields one by one, as castle-bdd does: a hand-written one, which may
    count values as equal that castle-bdd's comparison would not (``"ABC"`` and ``"abc"``).
    """
    return _has_own_equality(kind)


@cache
def _has_own_equality(kind: type) -> bool:
    owner = next(base for base in kind.__mro__ if "__eq__" in vars(base))
    method = vars(owner)["__eq__"]
    if owner is object or owner.__module__.partition(".")[0] in ("pydantic", "pydantic_core"):
        return False
    # dataclasses and attrs make their __eq__ from source text, which has no file
    made_in: str = getattr(getattr(method, "__code__", None), "co_filename", "")
    generated = made_in.startswith("<") and (
        dataclasses.is_dataclass(owner) or hasattr(owner, "__attrs_attrs__")
    )
    return not generated


def describe_message(payload: object, ignored_fields: Collection[str] = frozenset()) -> str:
    """A payload as Python writes it, less the fields that are ignored in comparisons: with
    the fields `compared_values` reads, so that two payloads that differ read apart."""
    message_type = type(payload)
    names = compared_field_names(message_type) if is_message_class(message_type) else None
    if names is None or not set(names) & set(ignored_fields):
        return repr(payload)
    shown = ", ".join(
        f"{name}={value!r}"
        for name, value in compared_values(payload).items()
        if name not in ignored_fields
    )
    return f"{message_type.__name__}({shown})"


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
