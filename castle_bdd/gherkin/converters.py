"""Converters from feature-file text (and parsed JSON) to one Python type each.

A converter knows its target type, how to read text (``from_text``), how to take an
already-parsed JSON value (``from_json``), and how to describe what it expects in a
domain expert's words (``expected``). `castle_bdd.gherkin.conversion` picks and caches
one per type; this module holds the simple ones and the error they raise. JSON text
is read by `castle_bdd.gherkin.json_text`, and the hints for numbers written as in prose
come from `castle_bdd.gherkin.value_hints`.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from typing import Protocol

from castle_bdd.errors import CastleBddError
from castle_bdd.fixtures.accidents import is_code_bug
from castle_bdd.fixtures.user_code import UserCodeError
from castle_bdd.gherkin.durations import (
    STANDARD_TIME_CLASSES,
    DurationError,
    TimeFormatError,
    parse_duration,
    parse_iso_datetime,
)
from castle_bdd.gherkin.json_text import MAX_DIGITS, read_json
from castle_bdd.gherkin.value_hints import no_value_hint, number_hint
from castle_bdd.look_alikes import look_alikes_hint
from castle_bdd.suggestions import closest

_INT = re.compile(r"[+-]?\d+(?:_\d+)*")
_FLOAT = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_BOOLEANS = {"true": True, "false": False, "yes": True, "no": False}
_NULLS = frozenset({"", "null", "none"})


class ValueConversionError(CastleBddError):
    """A value in a feature file that cannot be read as its field's type.

    ``value`` is the text as written, ``expected`` says what would have been readable
    ("a whole number", "one of: GOLD, SILVER"), and ``hint`` the nearest fix, if any.
    ``path`` says where in a nested value it is (``[0].quantity``), empty at the top.
    Without a ``hint``, a dash or letter drawn like the keyboard's is named (`look_alikes_hint`).
    """

    def __init__(self, value: str, expected: str, hint: str = "", path: str = "") -> None:
        self.value = value
        self.expected = expected
        hint = hint or look_alikes_hint(value) or no_value_hint(value)
        self.hint = hint
        self.path = path
        message = f'cannot read "{value}" as {expected}'
        super().__init__(f"{message} — {hint}" if hint else message)

    def inside(self, step: str) -> ValueConversionError:
        """The same error, one level further in: ``[0]`` or ``.quantity`` before its path."""
        return ValueConversionError(self.value, self.expected, self.hint, step + self.path)


class Converter(Protocol):
    """Reads text or parsed JSON as one type.

    ``from_text`` takes text already unquoted and stripped (`composites.unquote` does
    both; `conversion.convert_value` calls it for you).
    """

    expected: str

    def from_text(self, text: str, quoted: bool) -> object:
        """``text`` as the target type; ``quoted`` text is never read as null."""

    def from_json(self, value: object) -> object:
        """An already-parsed JSON ``value`` as the target type."""


def show_json(value: object) -> str:
    """``value`` as it would be written in JSON, for error messages."""
    return value if isinstance(value, str) else json.dumps(value, default=str)


def is_null(text: str, quoted: bool) -> bool:
    """Whether unquoted ``text`` stands for "no value": empty, ``null`` or ``none``."""
    return not quoted and text.casefold() in _NULLS


def load_json(text: str, expected: str) -> object:
    """``text`` parsed as JSON, or `ValueConversionError` naming what was expected."""
    try:
        return read_json(text)
    except ValueError as error:
        raise ValueConversionError(text, expected, f"it is not valid JSON: {error}") from None


class ScalarConverter:
    """A single value read by one function: numbers, dates, UUIDs, text …"""

    def __init__(self, target: type, read: Callable[[str], object], expected: str) -> None:
        self.target = target
        self.read = read
        self.expected = expected
        self.accepts_numbers = target in (int, float, Decimal, str)

    def from_text(self, text: str, quoted: bool) -> object:
        """``text`` through the reading function."""
        return self.read(text)

    def from_json(self, value: object) -> object:
        """JSON text is read like a quoted cell; a JSON number may fill a numeric field."""
        if isinstance(value, str):
            return self.read(value)
        if type(value) is self.target:
            return value
        if self.accepts_numbers and type(value) in (int, float):
            return self.read(str(value))
        raise ValueConversionError(show_json(value), self.expected)


class SubclassConverter:
    """A subclass of a scalar type (``class CardId(str)``): read as the base, then wrapped."""

    def __init__(self, target: type, base: Converter) -> None:
        self.target = target
        self.base = base
        self.expected = base.expected

    def from_text(self, text: str, quoted: bool) -> object:
        """The base value of ``text``, wrapped in the subclass."""
        return self._wrapped(self.base.from_text(text, quoted), text)

    def from_json(self, value: object) -> object:
        """The base value of ``value``, wrapped in the subclass."""
        if isinstance(value, self.target):
            return value
        return self._wrapped(self.base.from_json(value), show_json(value))

    def _wrapped(self, base_value: object, shown: str) -> object:
        try:
            return self.target(base_value)
        except Exception as error:  # the subclass's constructor is user code
            raise constructor_failure(self.target, shown, error, self.expected) from None


class AnyConverter:
    """A field typed ``Any`` or ``object``: the value's own look decides its type."""

    expected = "any value"

    def from_text(self, text: str, quoted: bool) -> object:
        """Quoted text stays text; bare ``true``, ``12``, ``1.5``, ``null`` or JSON are read."""
        if quoted:
            return text
        folded = text.casefold()
        if folded in ("true", "false"):
            return folded == "true"
        if folded in _NULLS:
            return None
        if _INT.fullmatch(text):
            return _read_int(text)
        if _FLOAT.fullmatch(text):
            return float(text)
        if text[:1] in ("[", "{"):
            return _json_or_text(text)
        return text

    def from_json(self, value: object) -> object:
        """Parsed JSON as it is."""
        return value


def _json_or_text(text: str) -> object:
    try:
        return read_json(text)
    except ValueError:
        return text


class NoneConverter:
    """A field typed ``None``: only an empty cell, ``null`` or ``none``."""

    expected = "null"

    def from_text(self, text: str, quoted: bool) -> object:
        """None, if ``text`` says so."""
        if is_null(text, quoted):
            return None
        raise ValueConversionError(text, self.expected)

    def from_json(self, value: object) -> object:
        """None, if ``value`` is."""
        if value is None:
            return None
        raise ValueConversionError(show_json(value), self.expected)


def constructor_failure(
    target: type, shown: str, error: Exception, expected: str
) -> CastleBddError:
    """What to raise when ``target``'s constructor failed on a value written ``shown``.

    A refusal (``ValueError("not a ticket code")``) is a value that cannot be read; an
    accident in the constructor's own code is a bug, shown in the frames of that code.
    """
    if is_code_bug(error):
        return UserCodeError(f'{target.__name__}("{shown}")', error)
    return ValueConversionError(shown, expected, str(error))


class FallbackConverter:
    """Any other class: its constructor is given the text (``Path``, value objects …)."""

    def __init__(self, target: type) -> None:
        self.target = target
        self.expected = f"a {target.__name__}"

    def from_text(self, text: str, quoted: bool) -> object:
        """``target(text)``; whatever it raises becomes a `ValueConversionError`."""
        try:
            return self.target(text)
        except Exception as error:  # the constructor is user code: a refusal, or a bug
            raise constructor_failure(self.target, text, error, self.expected) from None

    def from_json(self, value: object) -> object:
        """The value itself if it already is one, else built from it."""
        if isinstance(value, self.target):
            return value
        if isinstance(value, str):
            return self.from_text(value, True)
        try:
            return self.target(**value) if isinstance(value, dict) else self.target(value)
        except Exception as error:  # the constructor is user code: a refusal, or a bug
            raise constructor_failure(self.target, show_json(value), error, self.expected) from None


def _read_str(text: str) -> str:
    return text


def _read_int(text: str) -> int:
    if not _INT.fullmatch(text):
        raise ValueConversionError(text, "a whole number", number_hint(text, True))
    try:
        return int(text)
    except ValueError:  # past Python's limit of digits
        shown = text[:20] + "…"
        hint = f"it has {len(text)} digits, more than the {MAX_DIGITS} a number can have"
        raise ValueConversionError(shown, "a whole number", hint) from None


def _read_float(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise ValueConversionError(text, "a number", number_hint(text, False)) from None


def _read_decimal(text: str) -> Decimal:
    try:
        value = Decimal(text)
    except InvalidOperation:
        hint = number_hint(text, False)
        raise ValueConversionError(text, "a decimal number like 12.50", hint) from None
    if not value.is_finite():  # NaN, sNaN and Infinity compare and add as no amount does
        hint = "NaN and Infinity are not amounts"
        raise ValueConversionError(text, "a decimal number like 12.50", hint)
    return value


def _read_bool(text: str) -> bool:
    answer = _BOOLEANS.get(text.casefold())
    if answer is not None:
        return answer
    suggestion = closest(text, _BOOLEANS)
    hint = f"did you mean {suggestion}?" if suggestion else ""
    raise ValueConversionError(text, "true or false", hint)


def _read_date(text: str) -> date:
    try:
        return STANDARD_TIME_CLASSES.date.fromisoformat(text)
    except ValueError as error:
        raise ValueConversionError(text, "a date like 2026-01-01", _reason(error)) from None


def _read_datetime(text: str) -> datetime:
    try:
        return parse_iso_datetime(text)
    except TimeFormatError as error:
        expected = "a date and time like 2026-01-01T09:00:00Z"
        raise ValueConversionError(text, expected, error.hint) from None


def _read_time(text: str) -> time:
    iso = text[:-1] + "+00:00" if text[-1:] in ("Z", "z") else text
    try:
        return time.fromisoformat(iso)
    except ValueError as error:
        raise ValueConversionError(text, "a time of day like 09:30:00", _reason(error)) from None


def _read_timedelta(text: str) -> timedelta:
    try:
        return parse_duration(text)
    except DurationError as error:
        raise ValueConversionError(text, error.expected, error.hint) from None


def _read_uuid(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError:
        expected = "a UUID like 123e4567-e89b-12d3-a456-426614174000"
        raise ValueConversionError(text, expected) from None


def _read_bytes(text: str) -> bytes:
    return text.encode()


def _reason(error: ValueError) -> str:
    reason = str(error)
    return "" if reason.lower().startswith("invalid") else reason


#: Every scalar type read from a single cell, with the wording of what it expects.
SCALARS: dict[type, ScalarConverter] = {
    target: ScalarConverter(target, read, expected)
    for target, read, expected in (
        (str, _read_str, "text"),
        (bool, _read_bool, "true or false"),
        (int, _read_int, "a whole number"),
        (float, _read_float, "a number"),
        (Decimal, _read_decimal, "a decimal number like 12.50"),
        (
            STANDARD_TIME_CLASSES.datetime,
            _read_datetime,
            "a date and time like 2026-01-01T09:00:00Z",
        ),
        (STANDARD_TIME_CLASSES.date, _read_date, "a date like 2026-01-01"),
        (time, _read_time, "a time of day like 09:30:00"),
        (timedelta, _read_timedelta, 'a duration like "31 days" or "2 hours and 30 minutes"'),
        (uuid.UUID, _read_uuid, "a UUID like 123e4567-e89b-12d3-a456-426614174000"),
        (bytes, _read_bytes, "text"),
    )
}
