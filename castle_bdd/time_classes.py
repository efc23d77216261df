"""The standard ``date`` and ``datetime`` behind freezegun's stand-ins.

While time is frozen, freezegun replaces ``date`` and ``datetime`` everywhere by
subclasses; type hints resolved then name those, and values made from them print as
``FakeDate(…)`` or ``FakeDatetime(…)``, a name a reader of a failure never wrote.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TypeVar, cast

_Class = TypeVar("_Class", bound=type)


def standard_class(cls: _Class) -> _Class:
    """``cls``, or the standard class behind it when it is one of freezegun's stand-ins."""
    if not cls.__module__.startswith("freezegun"):
        return cls
    standard = next((base for base in cls.__mro__ if base.__module__ == "datetime"), cls)
    return cast(_Class, standard)


def standard_value(value: object) -> object:
    """``value``, or the same date or datetime of the standard class when freezegun made it."""
    if not isinstance(value, date) or type(value).__module__ == "datetime":
        return value
    if isinstance(value, datetime):
        real: type[datetime] = standard_class(type(value))
        return real.combine(value.date(), value.timetz(), value.tzinfo)
    day: type[date] = standard_class(type(value))
    return day(value.year, value.month, value.day)
