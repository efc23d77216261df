"""Reading a feature file's values as the types of the fields they fill.

``convert_value("100", int)`` is ``100``. The target is a resolved type hint (as
``typing.get_type_hints`` gives it): ``str``, ``int``, ``float``, ``Decimal``, ``bool``
(``true``/``false``/``yes``/``no``), ``date``, ``datetime``, ``time``, ``timedelta``
(``30 days``), ``UUID``, ``Enum`` (by name or value), ``Literal``, ``NewType``,
``Optional``/unions, ``list``/``set``/``tuple`` (JSON array or comma-separated),
``dict`` (JSON object), nested dataclasses, pydantic models and attrs classes (JSON
objects), and ``Any`` (the value's look decides).

Decisions a feature file can rely on:

- Quoting a value (``"null"``, ``"42"``) makes it text where text is possible: a quoted
  value is never read as null, nor guessed as a number for an ``Any`` field.
- An unquoted empty cell, ``null`` or ``none`` is None for an optional field.
- A ``datetime`` with ``Z`` or an offset is aware; one without is naive, as written
  (use `castle_bdd.gherkin.durations.parse_instant` for "a moment, UTC unless said").
- ``*`` is not converted here: `is_wildcard` tells the caller to use `ANY_VALUE`.

One converter is built per type and kept, so a suite of thousands of scenarios pays
for the type inspection once.
"""

from __future__ import annotations

import collections.abc as abc
import enum
import types
import typing
from collections.abc import Callable, Iterable
from typing import Any

from castle_bdd.domain.messages import is_message_class
from castle_bdd.gherkin.composites import (
    MappingConverter,
    RecordConverter,
    SequenceConverter,
    TupleConverter,
    UnionConverter,
    unquote,
)
from castle_bdd.gherkin.converters import (
    SCALARS,
    AnyConverter,
    Converter,
    FallbackConverter,
    NoneConverter,
    SubclassConverter,
    ValueConversionError,
)
from castle_bdd.matching import ANY_VALUE
from castle_bdd.time_classes import standard_class

__all__ = [
    "ANY_VALUE",
    "ValueConversionError",
    "convert_json_value",
    "convert_value",
    "converter_for",
    "describe_type",
    "is_wildcard",
]


def is_wildcard(text: str) -> bool:
    """Whether ``text`` is the unquoted ``*`` that matches any value."""
    return text.strip() == "*"


def convert_value(text: str, target: object, *, quoted: bool = False) -> object:
    """``text`` read as ``target``; raises `ValueConversionError` when it cannot be.

    Surrounding ``"…"`` or ``'…'`` are removed (and mark the value as quoted); pass
    ``quoted=True`` when the caller has removed them already.
    """
    if not quoted:
        text, quoted = unquote(text)
    return converter_for(target).from_text(text, quoted)


def convert_json_value(value: object, target: object) -> object:
    """An already-parsed JSON ``value`` converted to ``target``, recursively."""
    return converter_for(target).from_json(value)


def describe_type(target: object) -> str:
    """What a value of ``target`` looks like, in words: ``"a whole number"``."""
    return converter_for(target).expected


_CONVERTERS: dict[object, Converter] = {}
_BY_IDENTITY: dict[int, tuple[object, Converter]] = {}
_IDENTITY_LIMIT = 4096
_SEQUENCES: dict[object, Callable[[Iterable[object]], object]] = {
    list: list,
    set: set,
    frozenset: frozenset,
    tuple: tuple,
    abc.Sequence: list,
    abc.MutableSequence: list,
    abc.Iterable: list,
    abc.Collection: list,
    abc.Set: frozenset,
    abc.MutableSet: set,
}
_WRAPPERS = (typing.Annotated, typing.Final, typing.ClassVar)


def converter_for(target: object) -> Converter:
    """The converter for ``target``, built once per type."""
    # looking up by identity first skips hashing typing objects such as Optional[int],
    # which costs more than the conversion; the entry keeps ``target`` alive so its id
    # cannot be reused by another object
    entry = _BY_IDENTITY.get(id(target))
    if entry is not None and entry[0] is target:
        return entry[1]
    converter = _converter_by_equality(target)
    if len(_BY_IDENTITY) >= _IDENTITY_LIMIT:
        _BY_IDENTITY.clear()
    _BY_IDENTITY[id(target)] = (target, converter)
    return converter


def _converter_by_equality(target: object) -> Converter:
    try:
        converter = _CONVERTERS.get(target)
    except TypeError:  # an unhashable hint such as Literal[[1]] cannot be cached
        return _build(target)
    if converter is None:
        converter = _CONVERTERS[target] = _build(target)
    return converter


def _build(target: object) -> Converter:
    target = _unwrap(target)
    if target is Any or target is object or isinstance(target, (str, typing.ForwardRef)):
        # an unresolved (string) hint names no type we can see: the value decides
        return AnyConverter()
    if target is None or target is type(None):
        return NoneConverter()
    origin = typing.get_origin(target)
    if origin is not None:
        return _build_generic(origin, typing.get_args(target))
    if isinstance(target, type):
        return _build_class(target)
    return AnyConverter()


def _unwrap(target: object) -> object:
    while True:
        if typing.get_origin(target) in _WRAPPERS:
            target = typing.get_args(target)[0]
        elif isinstance(target, typing.NewType):
            target = target.__supertype__
        elif isinstance(target, typing.TypeVar):
            target = target.__bound__ or Any
        else:
            return target


def _build_generic(origin: object, args: tuple[object, ...]) -> Converter:
    if origin is typing.Union or origin is types.UnionType:
        return _build_union(args)
    if origin is typing.Literal:
        from castle_bdd.gherkin.choices import LiteralConverter  # few domains have one

        return LiteralConverter(args)
    if origin is tuple:
        return _build_tuple(args)
    if origin in _SEQUENCES:
        return SequenceConverter(_SEQUENCES[origin], converter_for(args[0] if args else Any))
    if isinstance(origin, type) and issubclass(origin, abc.Mapping):
        key, value = args if len(args) == 2 else (str, Any)
        return MappingConverter(converter_for(key), converter_for(value))
    return _build_class(origin) if isinstance(origin, type) else AnyConverter()


def _build_union(args: tuple[object, ...]) -> Converter:
    members = [converter_for(arg) for arg in args if arg is not type(None)]
    if not members:
        return NoneConverter()
    return UnionConverter(members, allows_none=len(members) < len(args))


def _build_tuple(args: tuple[object, ...]) -> Converter:
    if not args:
        return SequenceConverter(tuple, AnyConverter())
    if len(args) == 2 and args[1] is Ellipsis:
        return SequenceConverter(tuple, converter_for(args[0]))
    if args == ((),):
        return TupleConverter([])
    return TupleConverter([converter_for(arg) for arg in args])


def _build_class(target: type) -> Converter:
    if issubclass(target, enum.Enum):
        from castle_bdd.gherkin.choices import EnumConverter  # loaded by the first enum field

        return EnumConverter(target)
    if target in SCALARS:
        return SCALARS[target]
    if target in _SEQUENCES:
        return SequenceConverter(_SEQUENCES[target], AnyConverter())
    if issubclass(target, abc.Mapping):
        return MappingConverter(converter_for(str), AnyConverter())
    if is_message_class(target):
        return RecordConverter(target, converter_for)
    for base in target.__mro__[1:]:
        if base in SCALARS:
            if standard_class(target) is base:
                return SCALARS[base]
            return SubclassConverter(target, SCALARS[base])
    return FallbackConverter(target)
