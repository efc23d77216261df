"""Values as people write them, for the living document's cards.

A recorded value becomes text (``2026-03-16``, ``12.00``, ``PREMIUM``, ``2026-01-11 09:00
UTC``), a list of such values, or a mapping of field names to them (a nested value object,
drawn as a small table). Never a Python repr such as ``Decimal('12.00')`` or
``datetime.date(2026, 3, 16)``.

A project registers how a type of its own is shown with `show_as`:

    from castle_bdd.docs import show_as
    show_as(Money, lambda money: f"{money.amount} {money.currency}")
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from enum import Enum
from typing import Any
from uuid import UUID

from castle_bdd.domain.messages import field_values, is_message_class
from castle_bdd.user_values import value_text

#: A value as the document shows it: text, a list, or named fields (JSON-ready).
Shown = str | list[object] | dict[str, object]

#: What the document writes for a value that is not there.
NOTHING = "—"
_DEEPEST = 4
_registered: dict[type, Callable[[object], object]] = {}


def show_as(value_type: type, show: Callable[[Any], object]) -> None:
    """Show values of ``value_type`` (and its subclasses) as ``str(show(value))``."""
    _registered[value_type] = show


def shown(value: object, depth: int = 0) -> Shown:
    """``value`` as the document shows it."""
    custom = _custom(type(value))
    if custom is not None:
        return value_text(value, custom, "its show_as function")
    if isinstance(value, str):
        return value
    plain = _plain(value)
    if plain is not None:
        return plain
    if depth >= _DEEPEST:  # deeper still: on one line, as far as it is sensible to go
        return text(_composite(value, depth + 1)) if depth < 2 * _DEEPEST else "…"
    return _composite(value, depth + 1)


def text(value: object) -> str:
    """``value`` on one line: nested fields as ``name: value``, lists joined by commas."""
    presented = value if isinstance(value, (str, list, dict)) else shown(value)
    if isinstance(presented, str):
        return presented
    if isinstance(presented, list):
        return ", ".join(text(item) for item in presented) or "none"
    return ", ".join(f"{name}: {text(item)}" for name, item in presented.items()) or "none"


def _custom(value_type: type) -> Callable[[object], object] | None:
    if not _registered:
        return None
    for klass in value_type.__mro__:
        if klass in _registered:
            return _registered[klass]
    return None


def _plain(value: object) -> str | None:
    if value is None:
        return NOTHING
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Enum):
        return str(value.name)
    if isinstance(value, (int, float, UUID)):
        return str(value)
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime):
        return instant(value)
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, timedelta):
        return duration(value)
    return None


def _composite(value: object, depth: int) -> Shown:
    if isinstance(value, Mapping):
        return {str(name): shown(item, depth) for name, item in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value, key=value_text) if isinstance(value, (set, frozenset)) else value
        return [shown(item, depth) for item in items]
    if is_message_class(type(value)) or _has_fields(value):
        return {name: shown(item, depth) for name, item in field_values(value).items()}
    return value_text(value)


def _has_fields(value: object) -> bool:
    own_str = getattr(type(value), "__str__", None) is not getattr(object, "__str__", None)
    return not own_str and bool(getattr(value, "__dict__", None))


def instant(moment: datetime) -> str:
    """An instant in the scenario's zone (UTC, as its clock keeps it): ``2026-01-11 09:00 UTC``.

    Seconds are written only when there are any; an instant without a zone is written
    as it is, without one.
    """
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc)
    written = moment.strftime("%Y-%m-%d %H:%M:%S" if moment.second else "%Y-%m-%d %H:%M")
    return f"{written} UTC" if moment.tzinfo is not None else written


def duration(delta: timedelta) -> str:
    """``30 days``, ``2 hours 30 minutes``, ``0 seconds``."""
    from castle_bdd.fixtures.due_times import describe_delay

    return describe_delay(delta)
