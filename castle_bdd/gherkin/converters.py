"""Converters from feature-file text (and parsed JSON) to one Python type each.

A converter knows its target type, how to read text (``from_text``), how to take an
already-parsed JSON value (``from_json``), and how to describe what it expects in a
domain expert's words (``expected``). `castle_bdd.gherkin.conversion` picks and caches
one per type; this module holds the simple ones and the error they raise.
"""

from __future__ import annotations

import json
import re
import unicodedata
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
from castle_bdd.look_alikes import dash_name, look_alikes_hint
from castle_bdd.suggestions import closest

_INT = re.compile(r"[+-]?\d+(?:_\d+)*")
#: A thousands separator in a number as people write it: ``1,000``, ``1 000``, ``1'000``.
_THOUSANDS = re.compile(r"(?<=\d)[,' \u00a0\u202f](?=\d{3}(?!\d))")
_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?")
#: A decimal comma: ``5,00``, ``9,9`` (three decimals, ``1,000``, are read as thousands).
_DECIMAL_COMMA = re.compile(r"[+-]?\d+,\d{1,2}")
#: A currency written as its code before or after an amount: ``EUR 100``, ``100 EUR``.
_CURRENCY_CODE = re.compile(r"^[A-Z]{3}\s+|\s+[A-Z]{3}$")
_FLOAT = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_BOOLEANS = {"true": True, "false": False, "yes": True, "no": False}
_NULLS = frozenset({"", "null", "none"})


_EMPTY = "nothing is written there: write the value"
#: What people write in a cell for "no value".
_NO_VALUE_WORDS = frozenset({"n/a", "na", "-", "--", "tbd", "?", "nil", "empty"})


def _no_value_hint(value: str) -> str:
    if not value.strip():
        return _EMPTY
    if value.strip().casefold() in _NO_VALUE_WORDS:
        return (
            f'"{value.strip()}" stands for no value: write the value, or null if the field '
            "may have none (in a Then, * matches any value)"
        )
    return ""


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
        hint = hint or look_alikes_hint(value) or _no_value_hint(value)
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


def read_json(text: str) -> object:
    """``text`` parsed as JSON; a `ValueError` says why not in a domain expert's words."""
    try:
        value = json.loads(text, object_pairs_hook=_each_key_once)
    except RecursionError:
        raise ValueError(_TOO_DEEP) from None
    except ValueError as error:
        if "digits" in str(error):
            raise ValueError(f"a number in it has more than {_MAX_DIGITS} digits") from None
        raise ValueError(_single_quoted(text) or _dash_at(text, error) or str(error)) from None
    # Some Pythons parse any depth, others run out of stack: the same limit everywhere.
    if _deeper_than(value, MAX_JSON_NESTING):
        raise ValueError(_TOO_DEEP)
    return value


def _dash_at(text: str, error: ValueError) -> str:
    """``-1`` written with an en dash where the JSON parser stopped."""
    position = getattr(error, "pos", None)
    if not isinstance(position, int) or position >= len(text):
        return ""
    character = text[position]
    name = dash_name(character)
    if name is None:
        return ""
    return f'it has {name} "{character}" where JSON needs the keyboard\'s "-": write -'


def _single_quoted(text: str) -> str:
    """``['fragile', 'gift']``: JSON with text in single quotes, as Python writes it."""
    if "'" not in text or '"' in text:
        return ""
    double = text.replace("'", '"')
    try:
        json.loads(double)
    except ValueError:
        return ""
    return f"its text is in single quotes, and JSON takes double quotes: write {double}"


def _each_key_once(pairs: list[tuple[str, object]]) -> dict[str, object]:
    """A JSON object, refused when it writes a key twice (JSON keeps the last silently)."""
    found = dict(pairs)
    if len(found) != len(pairs):
        keys = [key for key, _ in pairs]
        twice = next(key for index, key in enumerate(keys) if key in keys[:index])
        raise ValueError(f'the key "{twice}" is written twice in one object: write it once')
    return found


#: How deep a JSON value may nest; a domain's values nest a few levels.
MAX_JSON_NESTING = 100
_TOO_DEEP = "it is nested too deep to read: write it with fewer levels"


def _deeper_than(value: object, limit: int) -> bool:
    """Whether ``value`` nests lists and objects more than ``limit`` levels deep."""
    level: list[object] = [value]
    for _ in range(limit + 1):
        inner: list[object] = []
        for item in level:
            if isinstance(item, list):
                inner.extend(item)
            elif isinstance(item, dict):
                inner.extend(item.values())
        if not inner:
            return False
        level = inner
    return True


#: The most digits Python reads in a whole number (its default guard against slow reads).
_MAX_DIGITS = 4300


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


def _number_hint(text: str, whole: bool) -> str:
    """How a number written as people write it in prose is written here, or ""."""
    return (
        _without_separators(text, whole)
        or _decimal_comma(text, whole)
        or _without_currency(text)
        or _without_percent(text)
        or _with_zeros(text)
    )


def _decimal_comma(text: str, whole: bool) -> str:
    """How ``5,00`` (a decimal comma, two decimals or one) is written with a point, or ""."""
    if whole or _DECIMAL_COMMA.fullmatch(text) is None:
        return ""
    return f"a number takes a decimal point, not a comma: write {text.replace(',', '.')}"


def _without_percent(text: str) -> str:
    """How ``10%`` is written without its sign, or ""."""
    bare = text.removesuffix("%").strip()
    if bare == text or not _NUMBER.fullmatch(bare):
        return ""
    fraction = Decimal(bare).scaleb(-2).normalize()
    return f'write the number without "%": {bare}, or {fraction:f} if the field holds a fraction'


def _without_separators(text: str, whole: bool) -> str:
    """How ``1,000`` (or ``1 000``, ``1_000.50``) is written without thousands separators,
    or "" when ``text`` is not such a number. A decimal's ``1,000`` may be a decimal comma:
    only ``1,000.50`` is read as separated thousands there."""
    bare = _THOUSANDS.sub("", text)
    if bare == text or not (whole or "." in bare):
        return ""
    return f"write it without separators: {bare}" if _NUMBER.fullmatch(bare) else ""


def _without_currency(text: str) -> str:
    """How ``€100``, ``100 €`` or ``100 EUR`` is written without its currency, or ""."""
    bare = _CURRENCY_CODE.sub("", text).strip("".join(c for c in text if _is_currency(c)))
    bare = bare.strip()
    if bare == text or not _NUMBER.fullmatch(bare):
        return ""
    return f"write the number without its currency: {bare}"


def _is_currency(character: str) -> bool:
    return unicodedata.category(character) == "Sc"


def _with_zeros(text: str) -> str:
    """How ``1O0``, written with the letter O for a zero, is written in digits, or ""."""
    digits = text.replace("O", "0").replace("o", "0")
    if digits == text or not any(c.isdigit() for c in text) or not _NUMBER.fullmatch(digits):
        return ""
    return f'the letter "O" in it is not a zero: write {digits}'


def _read_int(text: str) -> int:
    if not _INT.fullmatch(text):
        raise ValueConversionError(text, "a whole number", _number_hint(text, True))
    try:
        return int(text)
    except ValueError:  # past Python's limit of digits
        shown = text[:20] + "…"
        hint = f"it has {len(text)} digits, more than the {_MAX_DIGITS} a number can have"
        raise ValueConversionError(shown, "a whole number", hint) from None


def _read_float(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise ValueConversionError(text, "a number", _number_hint(text, False)) from None


def _read_decimal(text: str) -> Decimal:
    try:
        value = Decimal(text)
    except InvalidOperation:
        hint = _number_hint(text, False)
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
