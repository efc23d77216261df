"""Durations and points in time as a domain expert writes them in a feature file.

``parse_duration`` reads ``31 days``, ``1 day``, ``2 hours and 30 minutes``,
``2 hours, 30 minutes``, ``1.5 hours``, ``an hour``, ``90s`` and ISO 8601 (``P30D``,
``PT2H30M``). Months and years are refused: their length depends on the calendar, so a
scenario that says "1 month" would mean 28 to 31 days depending on when it runs.

``parse_instant`` reads ISO 8601 timestamps. A timestamp with ``Z`` or an offset keeps
it; a date alone is midnight UTC; a timestamp without an offset is taken as UTC, because
a scenario's clock is always in UTC and a feature file should not depend on the machine.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from functools import cache, lru_cache
from typing import NamedTuple

from castle_bdd.errors import CastleBddError
from castle_bdd.look_alikes import look_alikes_hint
from castle_bdd.suggestions import closest
from castle_bdd.time_classes import standard_class


class _StandardTimeClasses(NamedTuple):
    date: type[date]
    datetime: type[datetime]


#: The standard ``date`` and ``datetime``, held in an object because freezegun swaps
#: module attributes that are those classes for its stand-ins.
STANDARD_TIME_CLASSES = _StandardTimeClasses(standard_class(date), standard_class(datetime))

DURATION_EXAMPLE = '"31 days" or "2 hours and 30 minutes"'
INSTANT_EXAMPLE = "2026-01-01T09:00:00Z or 2026-01-01"

_UNIT_NAMES: dict[str, tuple[str, ...]] = {
    "microseconds": ("microsecond", "microseconds", "us", "µs"),
    "milliseconds": ("millisecond", "milliseconds", "ms", "msec", "msecs"),
    "seconds": ("second", "seconds", "s", "sec", "secs"),
    "minutes": ("minute", "minutes", "m", "min", "mins"),
    "hours": ("hour", "hours", "h", "hr", "hrs"),
    "days": ("day", "days", "d"),
    "weeks": ("week", "weeks", "w", "wk", "wks"),
}
_UNITS: dict[str, str] = {
    spelling: unit for unit, spellings in _UNIT_NAMES.items() for spelling in spellings
}
_CALENDAR_UNITS: dict[str, int] = {
    **dict.fromkeys(("month", "months", "mo", "mon", "mos"), 30),
    **dict.fromkeys(("year", "years", "y", "yr", "yrs"), 365),
}
_NUMBER_NAMES = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
)
_NUMBER_WORDS: dict[str, float] = {word: float(number) for number, word in enumerate(_NUMBER_NAMES)}
_NUMBER_WORDS.update({"a": 1.0, "an": 1.0})

# Compiled when a feature first writes a duration (`_pattern`): many runs never do.
_PART = (
    r"\s*(?:,\s*)?(?:and\s+)?"
    r"(?:(?P<number>\d+(?:\.\d+)?|\.\d+)\s*|(?P<word>[a-z]+)\s+)"
    r"(?P<unit>[a-zµ]+)(?![a-z])\s*"
)
_ISO_NUMBER = r"(\d+(?:[.,]\d+)?)"
_ISO_DURATION = (
    rf"P(?!$)(?:{_ISO_NUMBER}Y)?(?:{_ISO_NUMBER}M)?(?:{_ISO_NUMBER}W)?(?:{_ISO_NUMBER}D)?"
    rf"(?:T(?=\d)(?:{_ISO_NUMBER}H)?(?:{_ISO_NUMBER}M)?(?:{_ISO_NUMBER}S)?)?"
)


@cache
def _pattern(source: str) -> re.Pattern[str]:
    """``source`` compiled, case-insensitive, once."""
    return re.compile(source, re.IGNORECASE)


class DurationError(CastleBddError):
    """A duration in a feature file that cannot be read.

    ``value`` is the text as written, ``expected`` what a duration looks like, and
    ``hint`` the nearest fix ("did you mean "days"?"), possibly empty.
    """

    def __init__(self, value: str, hint: str = "") -> None:
        self.value = value
        self.expected = f"a duration like {DURATION_EXAMPLE}"
        self.hint = hint
        message = f'cannot read "{value}" as a duration — expected e.g. {DURATION_EXAMPLE}'
        super().__init__(f"{message}; {hint}" if hint else message)


class TimeFormatError(CastleBddError):
    """A point in time in a feature file that cannot be read.

    ``value`` is the text as written, ``expected`` what a time looks like, and ``hint``
    what is wrong with it when that is known ("month must be in 1..12"), possibly empty.
    """

    def __init__(self, value: str, hint: str = "") -> None:
        self.value = value
        self.expected = f"a time like {INSTANT_EXAMPLE}"
        self.hint = hint
        message = f'cannot read "{value}" as a time — expected e.g. {INSTANT_EXAMPLE}'
        super().__init__(f"{message}; {hint}" if hint else message)


def parse_duration(text: str) -> timedelta:
    """The `timedelta` that ``text`` names, e.g. ``"2 hours and 30 minutes"`` or ``"P30D"``.

    Raises `DurationError` for anything else, with the nearest unit when one was mistyped.
    """
    return _parse_duration(text.strip())


@lru_cache(maxsize=1024)
def _parse_duration(text: str) -> timedelta:
    iso = _pattern(_ISO_DURATION).fullmatch(text)
    amounts = _iso_amounts(text, iso.groups()) if iso else _natural_amounts(text)
    try:
        duration = timedelta(**amounts)
    except OverflowError:
        duration = timedelta.max
    if duration > _LONGEST:
        raise DurationError(text, f"{text} {PAST_9999}")
    return duration


#: What a time past the last date Python knows is told.
PAST_9999 = (
    "from now goes past the year 9999, the last year a date can have: write a shorter duration"
)
#: The longest duration a scenario's clock can move from today.
_LONGEST = datetime(9999, 12, 31) - datetime(2026, 1, 1)


def _iso_amounts(text: str, groups: tuple[str | None, ...]) -> dict[str, float]:
    years, months, weeks, days, hours, minutes, seconds = (
        float(group.replace(",", ".")) if group else 0.0 for group in groups
    )
    if years or months:
        raise DurationError(text, _calendar_hint(years * 365 + months * 30))
    return {"weeks": weeks, "days": days, "hours": hours, "minutes": minutes, "seconds": seconds}


def _natural_amounts(text: str) -> dict[str, float]:
    if not text or text.startswith("-"):
        raise DurationError(text, "a duration cannot be negative" if text else "")
    amounts: dict[str, float] = {}
    position = 0
    while position < len(text):
        part = _pattern(_PART).match(text, position)
        if part is None:
            raise DurationError(text)
        unit, amount = _read_part(text, part)
        amounts[unit] = amounts.get(unit, 0.0) + amount
        position = part.end()
    return amounts


def _read_part(text: str, part: re.Match[str]) -> tuple[str, float]:
    number, word, unit = part.group("number", "word", "unit")
    amount = float(number) if number else _NUMBER_WORDS.get(word.casefold())
    if amount is None:
        raise DurationError(text)
    spelling = unit.casefold()
    if spelling in _UNITS:
        return _UNITS[spelling], amount
    if spelling in _CALENDAR_UNITS:
        raise DurationError(text, _calendar_hint(amount * _CALENDAR_UNITS[spelling]))
    raise DurationError(text, _unit_hint(spelling, amount))


def _calendar_hint(days: float) -> str:
    return f'months and years have no fixed length — write it in days instead, e.g. "{days:g} days"'


def _unit_hint(spelling: str, amount: float) -> str:
    names = [spellings[0 if amount == 1 else 1] for spellings in _UNIT_NAMES.values()]
    suggestion = closest(spelling, names)
    return f'did you mean "{suggestion}"?' if suggestion else f'"{spelling}" is not a unit'


def format_duration(duration: timedelta) -> str:
    """``duration`` in words for reports: ``"30 days"``, ``"2 hours and 30 minutes"``."""
    if duration < timedelta(0):
        return f"minus {format_duration(-duration)}"
    hours, rest = divmod(duration.seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    parts = [
        _count(duration.days, "day"),
        _count(hours, "hour"),
        _count(minutes, "minute"),
        _seconds(seconds, duration.microseconds),
    ]
    words = [part for part in parts if part]
    if not words:
        return "0 seconds"
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"


def _count(amount: int, unit: str) -> str:
    if not amount:
        return ""
    return f"{amount} {unit}" if amount == 1 else f"{amount} {unit}s"


def _seconds(seconds: int, microseconds: int) -> str:
    if not microseconds:
        return _count(seconds, "second")
    fraction = f"{microseconds:06d}".rstrip("0")
    return f"{seconds}.{fraction} seconds"


def parse_iso_datetime(text: str) -> datetime:
    """``text`` read as ISO 8601, keeping ``Z`` or an offset and leaving naive times naive.

    A trailing ``Z`` is read on every Python version (3.10's ``fromisoformat`` refuses it).
    Raises `TimeFormatError`.
    """
    return _parse_iso_datetime(text.strip())


@lru_cache(maxsize=1024)
def _parse_iso_datetime(text: str) -> datetime:
    iso = text[:-1] + "+00:00" if text[-1:] in ("Z", "z") else text
    try:
        return STANDARD_TIME_CLASSES.datetime.fromisoformat(iso)
    except ValueError as error:
        raise TimeFormatError(text, _iso_hint(error, text)) from None


def _iso_hint(error: ValueError, text: str) -> str:
    if len(text) > 1 and text[0] == text[-1] and text[0] in "\"'":
        return "write the time without quotes"
    if re.match(r"\d{5,}-", text):
        return "the last year a date can have is 9999"
    reason = str(error)
    if "offset must be a timedelta" in reason:
        return "an offset is between -23:59 and +23:59, e.g. +01:00"
    return look_alikes_hint(text) or ("" if reason.lower().startswith("invalid") else reason)


def parse_instant(text: str) -> datetime:
    """The aware `datetime` that ``text`` names: offsets kept, everything else in UTC.

    ``2026-01-01T09:00:00Z`` and ``2026-01-01T10:00:00+01:00`` keep their offset;
    ``2026-01-01`` is midnight UTC; ``2026-01-01T09:00:00`` is taken as UTC.
    Raises `TimeFormatError`.
    """
    moment = parse_iso_datetime(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
