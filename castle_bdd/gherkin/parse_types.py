"""Custom ``parse`` types for step patterns: ``{duration:Duration}``, ``{time:Instant}`` …

The patterns match the *shape* of a value (a number then a word, four digits then a
dash …) rather than only valid values, so that ``When 31 dayz elapse`` still reaches the
step and the domain expert hears ``did you mean "days"?`` instead of "undefined step".
Because behave turns an exception raised while matching into a traceback, a value that
has the shape but cannot be read is handed to the step as an `UnreadableArgument`; the
step calls `require_readable` (or `check_step_arguments`) and the error is raised there,
where the step library reports it like any other mistake in a feature file.

`register_castle_types` registers every type with behave's parse matchers, once, without
changing which matcher is current.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any, NamedTuple, TypeVar

import parse

from castle_bdd.errors import CastleBddError
from castle_bdd.gherkin.composites import unquote
from castle_bdd.gherkin.durations import (
    DurationError,
    TimeFormatError,
    parse_duration,
    parse_instant,
)
from castle_bdd.gherkin.inline import InlineField, InlineFieldsError, parse_inline_fields

T = TypeVar("T")

_NUMBER_WORDS = "an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_DURATION_PART = rf"(?:\d+(?:\.\d+)?\s*|(?:{_NUMBER_WORDS})\s+)[A-Za-zµ]+"
#: The parts of a duration, apart by a comma, a space, "and", or nothing before a digit.
_DURATION_SEPARATOR = r"(?:\s*,\s*|\s+|(?=\d))(?:and\s+)?"
#: ISO 8601 (``P30D``, ``PT2H30M``), in either case.
_ISO_DURATION = r"[Pp](?=[\dTt])[\dYMWDTHSymwdths.,]*"
DURATION_PATTERN = (
    rf"(?:{_ISO_DURATION}|{_DURATION_PART}(?:{_DURATION_SEPARATOR}{_DURATION_PART})*)"
)
INSTANT_PATTERN = (
    r"\d{4}-\d{1,2}-\d{1,2}(?:[Tt ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)?"
    r"(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?"
)
MESSAGE_NAME_PATTERN = r"(?:[A-Za-z_]\w*\.)*[A-Za-z_]\w*(?: \w+)*?"
QUOTED_PATTERN = r'"(?:\\.|[^"\\])*"'
#: A quoted value, a JSON array or object (spaces and all), or a bare word.
VALUE_PATTERN = rf"{QUOTED_PATTERN}|'(?:\\.|[^'\\])*'|\[.*\]|\{{.*\}}|[^\s\"']\S*"
COUNT_PATTERN = rf"\d+|no|none|zero|{_NUMBER_WORDS}"
INLINE_FIELDS_PATTERN = r"\S.*"

_COUNT_WORDS = {"no": 0, "none": 0, "zero": 0, "a": 1, "an": 1}
_COUNT_WORDS.update(
    {word: number for number, word in enumerate(_NUMBER_WORDS.split("|")[1:], start=1)}
)


def _with_pattern(pattern: str) -> Callable[[Callable[[str], T]], Callable[[str], T]]:
    # the patterns group without capturing; parse has to be told there are no groups
    decorate: Callable[[Callable[[str], T]], Callable[[str], T]] = parse.with_pattern(
        pattern, regex_group_count=0
    )
    return decorate


class UnreadableArgument(NamedTuple):
    """A step argument with the right shape that still cannot be read.

    ``text`` is the argument as written and ``error`` the `CastleBddError` explaining
    why; `require_readable` raises it.
    """

    text: str
    error: CastleBddError


class StepValue(NamedTuple):
    """A value in a step line: its text without quotes, and whether it was quoted."""

    text: str
    quoted: bool


def require_readable(value: T | UnreadableArgument) -> T:
    """``value`` itself, or the error of an `UnreadableArgument` raised."""
    if isinstance(value, UnreadableArgument):
        raise value.error
    return value


def check_step_arguments(*args: object, **kwargs: object) -> None:
    """Raise the error of the first `UnreadableArgument` among a step's arguments."""
    for value in (*args, *kwargs.values()):
        require_readable(value)


def _read_or_defer(
    read: Callable[[str], T], text: str, errors: tuple[type[CastleBddError], ...]
) -> T | UnreadableArgument:
    try:
        return read(text)
    except errors as error:
        return UnreadableArgument(text, error)


@_with_pattern(DURATION_PATTERN)
def parse_duration_argument(text: str) -> timedelta | UnreadableArgument:
    """``{name:Duration}``: ``31 days``, ``1 day``, ``2 hours and 30 minutes``, ``PT2H``."""
    return _read_or_defer(parse_duration, text, (DurationError,))


@_with_pattern(INSTANT_PATTERN)
def parse_instant_argument(text: str) -> datetime | UnreadableArgument:
    """``{name:Instant}``: ``2026-01-01T09:00:00Z``, ``2026-01-01`` (UTC unless said)."""
    return _read_or_defer(parse_instant, text, (TimeFormatError,))


@_with_pattern(MESSAGE_NAME_PATTERN)
def parse_message_name(text: str) -> str:
    """``{name:MessageName}``: ``CardIssued`` or ``card issued``, as written."""
    return text.strip()


@_with_pattern(QUOTED_PATTERN)
def parse_quoted(text: str) -> str:
    """``{name:Quoted}``: a double-quoted string, without its quotes, escapes undone."""
    return unquote(text)[0]


@_with_pattern(VALUE_PATTERN)
def parse_value(text: str) -> StepValue:
    """``{name:QuotedOrBare}``: ``"balance is 100"``, ``'x'`` or a bare ``70``."""
    return StepValue(*unquote(text))


@_with_pattern(COUNT_PATTERN)
def parse_count(text: str) -> int:
    """``{name:Count}``: ``1``, ``no``, ``one``, ``two`` … as a number."""
    return int(text) if text.isdigit() else _COUNT_WORDS[text.casefold()]


@_with_pattern(INLINE_FIELDS_PATTERN)
def parse_inline_argument(text: str) -> list[InlineField] | UnreadableArgument:
    """``{name:InlineFields}``: ``card_id "GC-1" and amount 100`` as `InlineField`s."""
    return _read_or_defer(parse_inline_fields, text, (InlineFieldsError,))


#: The custom types, by the name used in step patterns.
TYPES: dict[str, Callable[[str], object]] = {
    "Duration": parse_duration_argument,
    "Instant": parse_instant_argument,
    "MessageName": parse_message_name,
    "FieldName": parse_message_name,
    "Quoted": parse_quoted,
    "QuotedOrBare": parse_value,
    "Count": parse_count,
    "InlineFields": parse_inline_argument,
}


def register_castle_types() -> None:
    """Make every type of `TYPES` usable in behave step patterns; safe to call again."""
    from behave import matchers

    parse_matcher: Any = matchers.ParseMatcher
    registry = getattr(parse_matcher, "TYPE_REGISTRY", None)
    if registry is None:  # behave before 1.2.7 keeps one shared dict of custom types
        matchers.register_type(**TYPES)
        return
    missing = {
        name: converter for name, converter in TYPES.items() if registry.get(name) is not converter
    }
    if missing:
        parse_matcher.register_type(**missing)
