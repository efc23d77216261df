"""The round-trip check: a message written by a serializer and read back is the same message.

A store that keeps messages as text keeps only what its serializer can write and read:
a datetime may lose its zone, a Decimal become a float, an Enum its value, a set a list.
`round_trip_differences` writes one message, reads it back and lists what changed, one
line per field, naming the class, the field and both values::

    CardIssued.issued_at: 2026-01-01T09:00:00+00:00 came back as 2026-01-01T09:00:00
    (the zone was lost)

(on one line). "The same" is stricter than ``==``: the value must come back of the same
class too, as ``Decimal("0.5") == 0.5`` and a str-valued Enum member equals its string.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any
from uuid import UUID

from castle_bdd.domain.messages import field_values, is_message_class
from castle_bdd.eventstore.errors import MissingFieldError, SerializationError
from castle_bdd.eventstore.serialization import Serializer
from castle_bdd.wording import with_article


class RoundTripError(SerializationError):
    """Messages do not come back from the store's serializer as they went in."""

    def __init__(self, differences: list[str]) -> None:
        """One line per field that came back changed."""
        self.differences = differences
        super().__init__(
            "a message does not come back from the event store's serializer as it went in:\n"
            + "\n".join(f"  {line}" for line in differences)
        )

    def __reduce__(self) -> tuple[object, ...]:
        """Rebuild from the differences."""
        return (type(self), (self.differences,))


def round_trip_differences(message: object, serializer: Serializer) -> list[str]:
    """What changed in ``message`` when ``serializer`` wrote it and read it back."""
    name = type(message).__name__
    try:
        type_name, data = serializer.serialize(message)
    except Exception as error:
        return [f"{name}: cannot be stored: {_reason(error)}"]
    try:
        read_back = serializer.deserialize(type_name, data)
    except MissingFieldError as error:
        value = _show(getattr(message, error.field_name, None))
        return [f"{name}.{error.field_name}: {value} came back as nothing ({_missing(error)})"]
    except Exception as error:
        return [f"{name}: cannot be read back from what was stored: {_reason(error)}"]
    differences: list[str] = []
    _compare(name, message, read_back, differences)
    return differences


def check_round_trip(messages: Iterable[object], serializer: Serializer) -> None:
    """Raise `RoundTripError` if any of ``messages`` does not come back as it went in."""
    differences = [line for m in messages for line in round_trip_differences(m, serializer)]
    if differences:
        raise RoundTripError(differences)


def _compare(path: str, before: object, after: Any, differences: list[str]) -> None:
    kind = type(before)
    if kind in _PLAIN and kind is type(after) and before == after:
        return  # the usual case, settled without the checks below
    if _kind(before) is not _kind(after):
        differences.append(f"{path}: {_changed(before, after)} ({_why(before, after)})")
    elif is_message_class(type(before)):
        _compare_fields(path, before, after, differences)
    elif isinstance(before, (list, tuple)) and len(before) == len(after):
        for index, (item, item_after) in enumerate(zip(before, after, strict=True)):
            _compare(f"{path}[{index}]", item, item_after, differences)
    elif isinstance(before, dict) and before.keys() == after.keys():
        for key, item in before.items():
            _compare(f"{path}[{key!r}]", item, after[key], differences)
    elif not _same_value(before, after):
        differences.append(f"{path}: {_changed(before, after)}{_zone_note(before, after)}")


#: Classes whose equal values are the same value: nothing more to tell apart.
_PLAIN = frozenset({str, int, bool, type(None), bytes, UUID, date})


def _compare_fields(path: str, before: object, after: object, differences: list[str]) -> None:
    values_after = field_values(after)
    for name, value in field_values(before).items():
        _compare(f"{path}.{name}", value, values_after.get(name), differences)


def _kind(value: object) -> type:
    # freezegun's fake datetimes (made by handlers under a frozen clock) are datetimes
    if isinstance(value, datetime):
        return datetime
    if isinstance(value, date):
        return date
    return type(value)


def _same_value(before: object, after: Any) -> bool:
    if isinstance(before, (float, Decimal)) and _is_nan(before):
        return _is_nan(after) and str(before) == str(after)
    try:
        same = bool(before == after)
    except Exception:  # an __eq__ that raises is no proof of sameness
        return False
    if same and isinstance(before, datetime):
        return bool(before.utcoffset() == after.utcoffset())
    return same


def _is_nan(value: float | Decimal) -> bool:
    return value.is_nan() if isinstance(value, Decimal) else math.isnan(value)


def _why(before: object, after: object) -> str:
    if isinstance(before, Enum):
        return f"an Enum {type(before).__name__} came back as {with_article(type(after).__name__)}"
    return (
        f"{with_article(type(before).__name__)} came back as {with_article(type(after).__name__)}"
    )


def _zone_note(before: object, after: object) -> str:
    if not (isinstance(before, datetime) and isinstance(after, datetime)):
        return ""
    if before.tzinfo is not None and after.tzinfo is None:
        return " (the zone was lost)"
    if before.tzinfo is None and after.tzinfo is not None:
        return " (a zone was added)"
    if before == after:
        return " (the same instant in another zone)"
    return ""


def _changed(before: object, after: object) -> str:
    return f"{_show(before)} came back as {_show(after)}"


def _show(value: object) -> str:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Enum):
        return f"{type(value).__name__}.{value.name}"
    return repr(value)


def _reason(error: Exception) -> str:
    text = str(error)
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def _missing(error: MissingFieldError) -> str:
    return (
        f"the stored form has no {error.field_name}, and the field has no default: "
        "a field added without a default"
    )
