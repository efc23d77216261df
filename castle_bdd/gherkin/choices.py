"""Converters for fields that take one of a fixed set of values: ``Enum`` and ``Literal``.

A domain expert may write an enum member by name or by value, in any case, and with
spaces for underscores (``gold member`` for ``GOLD_MEMBER``); a near miss is answered
with the nearest choice.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum

from castle_bdd.gherkin.converters import ValueConversionError, show_json
from castle_bdd.suggestions import closest, normalise_name

_SHOWN_CHOICES = 8


def describe_choices(choices: list[str]) -> str:
    """``one of: GOLD, SILVER``, shortened when there are many."""
    if len(choices) <= _SHOWN_CHOICES:
        return "one of: " + ", ".join(choices)
    shown = ", ".join(choices[:_SHOWN_CHOICES])
    return f"one of: {shown} … ({len(choices)} in all)"


class _Lookup:
    """Finds a choice by its spellings: exact first, then ignoring case, then separators."""

    def __init__(self, spellings: Iterable[tuple[str, object]]) -> None:
        self.exact: dict[str, object] = {}
        self.folded: dict[str, object] = {}
        self.normalised: dict[str, object] = {}
        for spelling, choice in spellings:
            self.exact.setdefault(spelling, choice)
            self.folded.setdefault(spelling.casefold(), choice)
            self.normalised.setdefault(normalise_name(spelling), choice)

    def find(self, text: str, missing: object) -> object:
        """The choice spelled ``text``, or ``missing``."""
        found = self.exact.get(text, missing)
        if found is missing:
            found = self.folded.get(text.casefold(), missing)
        if found is missing:
            found = self.normalised.get(normalise_name(text), missing)
        return found

    def hint(self, text: str) -> str:
        """``did you mean X?`` for the nearest spelling, or ``""``."""
        suggestion = closest(text, self.exact)
        return f"did you mean {suggestion}?" if suggestion else ""


_MISSING = object()


class EnumConverter:
    """An ``Enum`` member, by name or by value."""

    def __init__(self, target: type[Enum]) -> None:
        self.target = target
        members = list(target.__members__.items())
        names = [(name, member) for name, member in members]
        values = [(str(member.value), member) for _, member in members]
        self.lookup = _Lookup(names + values)
        self.expected = describe_choices([name for name, _ in members])

    def from_text(self, text: str, quoted: bool) -> object:
        """The member named or valued ``text``."""
        member = self.lookup.find(text, _MISSING)
        if member is _MISSING:
            raise ValueConversionError(text, self.expected, self.lookup.hint(text))
        return member

    def from_json(self, value: object) -> object:
        """The member named or valued ``value``."""
        if isinstance(value, self.target):
            return value
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            return self.from_text(str(value), True)
        raise ValueConversionError(show_json(value), self.expected)


class LiteralConverter:
    """One of the values of a ``Literal[...]`` type."""

    def __init__(self, choices: tuple[object, ...]) -> None:
        self.choices = choices
        self.lookup = _Lookup((_spelling(choice), choice) for choice in choices)
        self.expected = describe_choices([_spelling(choice) for choice in choices])

    def from_text(self, text: str, quoted: bool) -> object:
        """The choice spelled ``text``."""
        choice = self.lookup.find(text, _MISSING)
        if choice is _MISSING:
            raise ValueConversionError(text, self.expected, self.lookup.hint(text))
        return choice

    def from_json(self, value: object) -> object:
        """``value`` if it is one of the choices, else the choice it spells."""
        for choice in self.choices:
            if type(choice) is type(value) and choice == value:
                return choice
        return self.from_text(show_json(value), True)


def _spelling(choice: object) -> str:
    if isinstance(choice, Enum):
        return choice.name
    if isinstance(choice, bool):
        return str(choice).lower()
    return str(choice)
