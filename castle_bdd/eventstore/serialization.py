"""How a store keeps a message as text: its type name and its fields in JSON.

`JsonSerializer` writes a message (a dataclass, a pydantic model, an attrs class or a
castlecraft-engineer `Event`) as ``module:QualifiedName`` and a JSON object of its fields.
Values JSON has no word for are written with a tag, so that they come back as they went
in, without asking the class's type hints: ``{"$decimal": "10.50"}``,
``{"$datetime": "2026-01-01T09:00:00+00:00"}``, and likewise dates, times, durations,
UUIDs, Enum members, tuples, sets, frozensets, dicts with keys other than strings, and
nested messages. Any class that writes and reads messages as text can stand in for it:
see `Serializer`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import Enum
from typing import Any, Protocol, TypeAlias, cast, runtime_checkable
from uuid import UUID
from zoneinfo import ZoneInfo

from castle_bdd.domain.messages import field_values, is_message_class, message_fields
from castle_bdd.eventstore._naming import import_named
from castle_bdd.eventstore.errors import MissingFieldError, SerializationError

#: A value as JSON holds it, as `json.loads` gives it back.
Json: TypeAlias = "str | int | float | bool | list[Json] | dict[str, Json] | None"


@runtime_checkable
class Serializer(Protocol):
    """Writes a message as a type name and text, and reads it back."""

    def serialize(self, message: object) -> tuple[str, str]:
        """The message's type name and its fields as text."""

    def deserialize(self, type_name: str, data: str) -> object:
        """The message that `serialize` wrote as ``type_name`` and ``data``."""


class JsonSerializer:
    """`Serializer` of messages as a type name and a JSON object, values tagged by type.

    Classes are named ``module:QualifiedName`` and found again by importing the module;
    a class this serializer wrote earlier in the same process is found even when it
    cannot be imported (a class defined inside a function).
    """

    def __init__(self) -> None:
        """Know no classes yet."""
        self._classes: dict[str, type] = {}

    def serialize(self, message: object) -> tuple[str, str]:
        """``module:QualifiedName`` of the message's class and its fields as JSON."""
        kind = type(message)
        if not is_message_class(kind):
            raise SerializationError(
                f"cannot store {kind.__name__} {message!r}: a message must be a dataclass, "
                "a pydantic model or an attrs class"
            )
        return self._name_of(kind), json.dumps(self._fields(message))

    def deserialize(self, type_name: str, data: str) -> object:
        """The message written as ``type_name`` and ``data``."""
        return self._message(self.message_class(type_name), json.loads(data))

    def dumps(self, value: object) -> str:
        """Any value this serializer can write (an aggregate id, say) as JSON text."""
        return json.dumps(self._encode(value), sort_keys=True)

    def loads(self, text: str) -> object:
        """The value `dumps` wrote."""
        return self._decode(json.loads(text))

    def message_class(self, type_name: str) -> type:
        """The class written as ``type_name``: one seen before, or imported."""
        known = self._classes.get(type_name)
        if known is None:
            known = self._classes[type_name] = _import_class(type_name)
        return known

    def _name_of(self, kind: type) -> str:
        name = f"{kind.__module__}:{kind.__qualname__}"
        self._classes.setdefault(name, kind)
        return name

    def _fields(self, message: object) -> dict[str, Json]:
        return {name: self._encode(value) for name, value in field_values(message).items()}

    def _message(self, kind: type, stored: dict[str, Json]) -> object:
        return message_from_fields(kind, {name: self._decode(v) for name, v in stored.items()})

    def _encode(self, value: object) -> Json:
        kind = type(value)
        if value is None or kind in _AS_IS:
            return cast(Json, value)  # exactly a str, int, float or bool
        if kind is list:
            return [self._encode(item) for item in cast(list[object], value)]
        if kind is dict and all(
            type(key) is str and key[:1] != "$" for key in cast(dict[str, object], value)
        ):
            return {key: self._encode(item) for key, item in cast(dict[str, object], value).items()}
        for base, tag in _TAGS:
            if isinstance(value, base):
                return tag(self, value)
        if is_message_class(kind):
            return {"$message": self._name_of(kind), "fields": self._fields(value)}
        raise SerializationError(
            f"cannot store the {kind.__name__} value {value!r}: castle-bdd's serializer "
            "stores JSON values, Decimal, datetime, date, time, timedelta, UUID, Enum, "
            "tuples, sets, dicts and messages"
        )

    def _decode(self, stored: Json) -> object:
        if type(stored) is list:
            return [self._decode(item) for item in stored]
        if type(stored) is not dict:
            return stored
        for tag, read in _READERS.items():
            if tag in stored:
                return read(self, stored)
        return {key: self._decode(item) for key, item in stored.items()}

    def _items(self, values: Iterable[object]) -> list[Json]:
        return [self._encode(item) for item in values]

    def _decoded_items(self, stored: Json) -> list[object]:
        return cast(list[object], self._decode(stored))


_AS_IS = (str, int, float, bool)


def _datetime(serializer: JsonSerializer, value: datetime) -> Json:
    zone = value.tzinfo
    if not isinstance(zone, ZoneInfo):
        return {"$datetime": value.isoformat()}
    # the wall time, zone and fold: an offset alone would lose the zone's rules
    wall = value.replace(tzinfo=None).isoformat()
    return {"$datetime": wall, "zone": zone.key, "fold": value.fold}


def _read_datetime(serializer: JsonSerializer, stored: dict[str, Json]) -> datetime:
    instant = datetime.fromisoformat(_text(stored, "$datetime"))
    zone = stored.get("zone")
    if zone is None:
        return instant
    return instant.replace(tzinfo=ZoneInfo(cast(str, zone)), fold=cast(int, stored.get("fold", 0)))


def _enum(serializer: JsonSerializer, value: Enum) -> Json:
    return {"$enum": serializer._name_of(type(value)), "value": serializer._encode(value.value)}


def _read_enum(serializer: JsonSerializer, stored: dict[str, Json]) -> Enum:
    kind = cast(type[Enum], serializer.message_class(_text(stored, "$enum")))
    return kind(serializer._decode(stored["value"]))


def _read_message(serializer: JsonSerializer, stored: dict[str, Json]) -> object:
    fields = cast(dict[str, Json], stored["fields"])
    return serializer._message(serializer.message_class(_text(stored, "$message")), fields)


def _text(stored: dict[str, Json], tag: str) -> str:
    return cast(str, stored[tag])


def _pairs(stored: dict[str, Json]) -> list[list[Json]]:
    return cast(list[list[Json]], stored["$dict"])


# Each writer is given a value of the class it is listed with in `_TAGS`.
_Writer = Callable[[JsonSerializer, Any], Json]
_Reader = Callable[[JsonSerializer, dict[str, Json]], object]

#: How each kind of value JSON cannot hold is written, most specific class first: an
#: Enum before its mixed-in str or int, a datetime before the date it is a subclass of.
_TAGS: tuple[tuple[type, _Writer], ...] = (
    (Enum, _enum),
    # subclasses of the JSON types (not Enums) are written as the type itself
    (bool, lambda s, v: bool(v)),
    (int, lambda s, v: int(v)),
    (float, lambda s, v: float(v)),
    (str, lambda s, v: str(v)),
    (Decimal, lambda s, v: {"$decimal": str(v)}),
    (datetime, _datetime),
    (date, lambda s, v: {"$date": v.isoformat()}),
    (time, lambda s, v: {"$time": v.isoformat()}),
    (timedelta, lambda s, v: {"$timedelta": [v.days, v.seconds, v.microseconds]}),
    (UUID, lambda s, v: {"$uuid": str(v)}),
    (tuple, lambda s, v: {"$tuple": s._items(v)}),
    (frozenset, lambda s, v: {"$frozenset": s._items(v)}),
    (set, lambda s, v: {"$set": s._items(v)}),
    (dict, lambda s, v: {"$dict": [[s._encode(k), s._encode(i)] for k, i in v.items()]}),
    (list, lambda s, v: s._items(v)),
)

_READERS: dict[str, _Reader] = {
    "$message": _read_message,
    "$enum": _read_enum,
    "$decimal": lambda s, v: Decimal(_text(v, "$decimal")),
    "$datetime": _read_datetime,
    "$date": lambda s, v: date.fromisoformat(_text(v, "$date")),
    "$time": lambda s, v: time.fromisoformat(_text(v, "$time")),
    "$timedelta": lambda s, v: timedelta(*cast(list[int], v["$timedelta"])),
    "$uuid": lambda s, v: UUID(_text(v, "$uuid")),
    "$tuple": lambda s, v: tuple(s._decoded_items(v["$tuple"])),
    "$frozenset": lambda s, v: frozenset(s._decoded_items(v["$frozenset"])),
    "$set": lambda s, v: set(s._decoded_items(v["$set"])),
    "$dict": lambda s, v: {s._decode(k): s._decode(i) for k, i in _pairs(v)},
}


def message_from_fields(message_type: type, values: Mapping[str, object]) -> object:
    """``message_type(**values)``; `MissingFieldError` if a field without a default is missing.

    For serializers of one's own: the round-trip check then names the missing field.
    """
    for field in message_fields(message_type):
        if field.required and field.name not in values:
            raise MissingFieldError(message_type, field.name)
    return message_type(**values)


def _import_class(type_name: str) -> type:
    try:
        found = import_named(type_name)
    except (ImportError, AttributeError) as error:
        raise SerializationError(
            f"cannot read back a {type_name}: no class of that name can be imported ({error})"
        ) from error
    if not isinstance(found, type):
        raise SerializationError(f"cannot read back a {type_name}: it names {found!r}")
    return found
