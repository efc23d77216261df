"""Converters built from other converters: optionals, unions, collections and records.

A collection in a cell is a JSON array (``[1, 2]``) or comma-separated items
(``GC-1, GC-2`` or ``"a, b", c``); a mapping or a nested message is a JSON object whose
values are converted by the field types, recursively.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from castle_bdd.domain.messages import FieldInfo, message_fields
from castle_bdd.gherkin.converters import (
    Converter,
    ValueConversionError,
    constructor_failure,
    is_null,
    load_json,
    show_json,
)
from castle_bdd.suggestions import closest, normalise_name
from castle_bdd.wording import with_article

# Compiled by `re` (and kept in its cache) when first used: most runs quote no cell,
# escape nothing and write no list.
_ITEM = r"""\s*("(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'|[^,]*?)\s*(?:,|$)"""
_ESCAPE = r"\\(.)"
_QUOTED = {'"': r'"(?:\\.|[^"\\])*"', "'": r"'(?:\\.|[^'\\])*'"}


def unquote(text: str) -> tuple[str, bool]:
    """``text`` without surrounding quotes and with ``\\"`` escapes undone, and whether it
    was quoted; bare text is stripped of surrounding spaces."""
    text = text.strip()
    # one quoted string from end to end, not two ("a", "b") that happen to bracket it
    if text[:1] in ("'", '"') and re.fullmatch(_QUOTED[text[0]], text, re.DOTALL):
        inner = text[1:-1]
        return (re.sub(_ESCAPE, r"\1", inner) if "\\" in inner else inner), True
    return text, False


def split_items(text: str) -> list[tuple[str, bool]]:
    """The comma-separated items of ``text``, unquoted; commas inside quotes stay."""
    items: list[tuple[str, bool]] = []
    position, item_pattern = 0, re.compile(_ITEM)
    while position <= len(text):
        item = item_pattern.match(text, position)
        if item is None or item.end() == position:
            break
        items.append(unquote(item.group(1)))
        position = item.end()
    return items


class UnionConverter:
    """``Optional[X]``, ``X | None`` and other unions: the first member that reads wins."""

    def __init__(self, members: list[Converter], allows_none: bool) -> None:
        # text fits a str member always, so a union tries its other members first
        self.members = sorted(members, key=lambda member: member.expected == "text")
        self.allows_none = allows_none
        described = " or ".join(member.expected for member in members)
        self.expected = f"{described} (or null)" if allows_none else described

    def from_text(self, text: str, quoted: bool) -> object:
        """None for an unquoted empty, ``null`` or ``none``; else the first member's reading."""
        if self.allows_none and is_null(text, quoted):
            return None
        if len(self.members) == 1:
            return self.members[0].from_text(text, quoted)
        return self._first(lambda member: member.from_text(text, quoted), text)

    def from_json(self, value: object) -> object:
        """None for null; else the first member's reading."""
        if value is None and self.allows_none:
            return None
        if isinstance(value, str) and any(m.expected == "text" for m in self.members):
            return value
        return self._first(lambda member: member.from_json(value), show_json(value))

    def _first(self, read: Callable[[Converter], object], shown: str) -> object:
        if len(self.members) == 1:
            return read(self.members[0])
        for member in self.members:
            try:
                return read(member)
            except ValueConversionError:
                continue
        raise ValueConversionError(shown, self.expected)


class SequenceConverter:
    """``list[X]``, ``set[X]``, ``tuple[X, ...]`` and the like, built by ``factory``."""

    def __init__(self, factory: Callable[[Iterable[object]], object], item: Converter) -> None:
        self.factory = factory
        self.item = item
        self.expected = f"a list of {_plural(item.expected)} (comma-separated or a JSON array)"

    def from_text(self, text: str, quoted: bool) -> object:
        """A JSON array, or comma-separated items; an empty cell is an empty collection."""
        if text.startswith("["):
            return self.from_json(load_json(text, self.expected))
        if not text.strip():
            return self.factory(())
        return self.factory(_each(lambda item: self.item.from_text(*item), split_items(text)))

    def from_json(self, value: object) -> object:
        """Each item of a JSON array converted."""
        if not isinstance(value, list):
            raise ValueConversionError(show_json(value), self.expected)
        return self.factory(_each(self.item.from_json, value))


class TupleConverter:
    """``tuple[X, Y]``: exactly one item per position."""

    def __init__(self, items: list[Converter]) -> None:
        self.items = items
        self.expected = f"{len(items)} values: " + ", ".join(item.expected for item in items)

    def from_text(self, text: str, quoted: bool) -> object:
        """A JSON array or comma-separated items, one per position."""
        if text.startswith("["):
            return self.from_json(load_json(text, self.expected))
        items = split_items(text)
        self._check_length(text, len(items))
        return tuple(c.from_text(*item) for c, item in zip(self.items, items, strict=True))

    def from_json(self, value: object) -> object:
        """A JSON array, one item per position."""
        if not isinstance(value, list):
            raise ValueConversionError(show_json(value), self.expected)
        self._check_length(show_json(value), len(value))
        return tuple(c.from_json(item) for c, item in zip(self.items, value, strict=True))

    def _check_length(self, shown: str, length: int) -> None:
        if length != len(self.items):
            raise ValueConversionError(shown, self.expected, f"it has {length}")


class MappingConverter:
    """``dict[K, V]`` and other mappings, written as a JSON object."""

    def __init__(self, key: Converter, value: Converter) -> None:
        self.key = key
        self.value = value
        self.expected = 'a JSON object like {"key": "value"}'

    def from_text(self, text: str, quoted: bool) -> object:
        """A JSON object, keys and values converted."""
        return self.from_json(load_json(text, self.expected))

    def from_json(self, value: object) -> object:
        """A parsed JSON object, keys and values converted."""
        if not isinstance(value, dict):
            raise ValueConversionError(show_json(value), self.expected)
        return {self.key.from_text(k, True): self.value.from_json(v) for k, v in value.items()}


class RecordConverter:
    """A nested dataclass, pydantic model or attrs class, written as a JSON object.

    Field converters are found on first use, so a record may contain itself.
    """

    def __init__(self, target: type, converter_for: Callable[[object], Converter]) -> None:
        self.target = target
        self.converter_for = converter_for
        self.fields: dict[str, tuple[FieldInfo, Converter]] | None = None
        self.expected = f"{with_article(target.__name__)} written as a JSON object"

    def from_text(self, text: str, quoted: bool) -> object:
        """A JSON object, each field converted to its type, passed to the class."""
        if not text.lstrip().startswith("{"):  # words, not JSON: show what JSON would be
            raise ValueConversionError(text, self.expected, self._example())
        return self.from_json(load_json(text, self.expected))

    def from_json(self, value: object) -> object:
        """A parsed JSON object, each field converted to its type, passed to the class."""
        if isinstance(value, self.target):
            return value
        if not isinstance(value, dict):
            raise ValueConversionError(show_json(value), self.expected, self._example())
        arguments = self._arguments(value)
        try:
            return self.target(**arguments)
        except Exception as error:  # the constructor is user code: a refusal, or a bug
            raise constructor_failure(self.target, show_json(value), error, self.expected) from None

    def _example(self) -> str:
        """How this record is written, e.g. ``write it as {"street": …, "city": …}``."""
        fields = self._fields()
        names = [name for name, (info, _) in fields.items() if info.required] or list(fields)
        shown = ", ".join(f'"{name}": …' for name in names)
        return f"write it as {{{shown}}}"

    def _arguments(self, value: dict[str, object]) -> dict[str, object]:
        fields = self._fields()
        arguments: dict[str, object] = {}
        for key, item in value.items():
            name = self._field_name(key, value)
            try:
                arguments[name] = fields[name][1].from_json(item)
            except ValueConversionError as error:
                raise error.inside(f".{name}") from None
        missing = [name for name, (info, _) in fields.items() if info.required]
        missing = [name for name in missing if name not in arguments]
        if missing:
            hint = "missing " + ", ".join(missing)
            raise ValueConversionError(show_json(value), self.expected, hint)
        return arguments

    def _field_name(self, key: str, value: dict[str, object]) -> str:
        fields = self._fields()
        if key in fields:
            return key
        by_key = {normalise_name(name): name for name in fields}
        name = by_key.get(normalise_name(key))
        if name is not None:
            return name
        suggestion = closest(key, fields)
        hint = f"there is no field {key}" + (f"; did you mean {suggestion}?" if suggestion else "")
        raise ValueConversionError(show_json(value), self.expected, hint)

    def _fields(self) -> dict[str, tuple[FieldInfo, Converter]]:
        if self.fields is None:
            infos = message_fields(self.target)
            self.fields = {info.name: (info, self.converter_for(info.type)) for info in infos}
        return self.fields


def _each(read: Callable[[Any], object], items: Iterable[object]) -> list[object]:
    """Each item read; an item that cannot be read names its place (``[1]``)."""
    values: list[object] = []
    for index, item in enumerate(items):
        try:
            values.append(read(item))
        except ValueConversionError as error:
            raise error.inside(f"[{index}]") from None
    return values


def _plural(expected: str) -> str:
    for article in ("a ", "an "):
        if expected.startswith(article):
            noun, written, how = expected[len(article) :].partition(" written as ")
            if written:  # a nested record: its name is no noun to put in the plural
                return f"{noun} values, each written as {how}"
            return noun.partition(" like ")[0] + "s"
    return f"values, each {expected}"
