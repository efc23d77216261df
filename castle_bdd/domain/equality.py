"""What field-by-field equality compares of a message or value, as Axon's fixtures do.

Axon asks a class's own ``equals`` first and otherwise compares every field the class
declares. In Python: the fields a dataclass's, attrs class's or pydantic model's ``==``
compares, every attribute of a plain object (in its ``__dict__`` or ``__slots__``),
and a hand-written ``__eq__`` asked first. The comparison (`castle_bdd.matching`), the
field filters and the illegal-state check all read it here.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import inspect
import sys
from collections.abc import Collection
from functools import cache

from castle_bdd.domain.messages import field_names, is_message_class
from castle_bdd.user_values import safe_repr


def compared_values(value: object) -> dict[str, object]:
    """What field-by-field equality compares of ``value``, keyed by field name.

    As Axon compares every field a class declares, and a class's own equality decides
    which: a dataclass's fields that its ``==`` compares (those made with
    ``init=False`` too, not those with ``compare=False``), an attrs class's likewise, a
    pydantic model's fields (and those it allows beyond them), and every attribute of a
    plain object (`is_plain_object`), not only those its ``__init__`` takes, less the
    values its ``cached_property``s keep (`is_cached_value`); an exception's ``args`` are
    among them.
    """
    kind: type = type(value)
    names = compared_field_names(kind)
    if names is not None:
        found = {name: getattr(value, name, None) for name in names}
        if _keeps_extra(kind):  # a pydantic model's fields it does not declare
            found.update(getattr(value, "__pydantic_extra__", None) or {})
        return found
    cached = _cached_names(kind)  # worked out from the attributes, not one of them
    attributes = getattr(value, "__dict__", {})
    found = {name: item for name, item in attributes.items() if name not in cached}
    for name in _slot_names(kind):  # a class with __slots__ keeps attributes in them
        slot_value = getattr(value, name, _UNSET)
        if slot_value is not _UNSET:  # a slot never set is no attribute
            found[name] = slot_value
    if isinstance(value, BaseException):
        found.pop("__notes__", None)  # told beside an exception (add_note), not its state
        found["args"] = value.args
    return found


def compared_field_names(message_type: type) -> tuple[str, ...] | None:
    """The names of the fields `compared_values` reads, or None for a plain class: its
    objects' attributes are compared, which its class does not list."""
    return _compared_names(message_type)


def has_varying_fields(message_type: type) -> bool:
    """Whether two objects of ``message_type`` may have different fields to compare: those
    of a plain class (its objects' attributes), or of a pydantic model configured with
    ``extra="allow"``, which keeps fields it does not declare."""
    return compared_field_names(message_type) is None or _allows_undeclared(message_type)


def _allows_undeclared(message_type: type) -> bool:
    config = getattr(message_type, "model_config", None)
    return (
        _keeps_extra(message_type) and isinstance(config, dict) and config.get("extra") == "allow"
    )


@cache
def _keeps_extra(message_type: type) -> bool:
    return isinstance(getattr(message_type, "model_fields", None), dict)


@cache
def _compared_names(message_type: type) -> tuple[str, ...] | None:
    if dataclasses.is_dataclass(message_type):
        return tuple(f.name for f in dataclasses.fields(message_type) if f.compare)
    attrs_fields = getattr(message_type, "__attrs_attrs__", None)
    if attrs_fields is not None:
        return tuple(a.name for a in attrs_fields if a.eq)
    if is_message_class(message_type):
        return field_names(message_type)
    return None


@cache
def _slot_names(kind: type) -> tuple[str, ...]:
    """The attribute names the ``__slots__`` of ``kind`` and its bases declare."""
    names: list[str] = []
    for owner in kind.__mro__:
        declared = vars(owner).get("__slots__", ())
        for name in (declared,) if isinstance(declared, str) else declared:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                name = f"_{owner.__name__.lstrip('_')}{name}"  # as Python mangles it
            names.append(name)
    return tuple(dict.fromkeys(names))


_UNSET = object()


def is_cached_value(kind: type, name: str) -> bool:
    """Whether ``name`` is a ``functools.cached_property`` of ``kind``: a value worked out
    from the state and kept once asked for (by a command, not by a replay), not state."""
    return name in _cached_names(kind)


@cache
def _cached_names(kind: type) -> frozenset[str]:
    names = {name for klass in kind.__mro__ for name in vars(klass)}
    return frozenset(
        name
        for name in names
        if isinstance(inspect.getattr_static(kind, name, None), functools.cached_property)
    )


def compared_by_fields(value: object) -> bool:
    """Whether ``value`` is compared field by field (`compared_values`): an object of a
    message class, or a plain object (`is_plain_object`)."""
    return is_message_class(type(value)) or is_plain_object(value)


def is_plain_object(value: object) -> bool:
    """Whether ``value`` is an object whose state is its attributes, compared one by one.

    One that neither defines equality nor is of a message class would only ever equal
    itself; as Axon compares the fields of an object without ``equals``, its attributes
    (in its ``__dict__`` or its ``__slots__``) are compared instead. An object of an
    ordinary class with an ``__eq__`` of its own is one too, its attributes kept in a
    ``__dict__`` or in ``__slots__``: its ``==`` is asked first (`has_own_equality`), and
    its attributes are compared when it says no, as Axon's fixtures compare the fields
    that a field filter lets through. Values whose ``__eq__`` the standard library writes
    (``UUID``, ``Fraction``, ``PurePath``) are not: their slots are no fields of the
    domain's, and a difference is named by the whole value.
    """
    kind: type = type(value)
    if getattr(kind, "__eq__", None) is _OBJECT_EQ:
        has_state = hasattr(value, "__dict__") or hasattr(kind, "__slots__")
    else:
        has_state = _ordinary(kind) and (
            hasattr(value, "__dict__") or (hasattr(kind, "__slots__") and not _standard_eq(kind))
        )
    return (
        has_state
        and not is_message_class(kind)
        and not callable(value)
        and not isinstance(value, enum.Enum)  # a member is its own value
    )


_OBJECT_EQ: object = object.__eq__


@cache
def _ordinary(kind: type) -> bool:
    """Whether ``kind`` and its bases are classes written in Python, object aside: not
    a subclass of a built-in value (freezegun's datetime is one), whose state is no
    attribute."""
    return all(base.__flags__ & _HEAP_TYPE for base in kind.__mro__[:-1])


@cache
def _standard_eq(kind: type) -> bool:
    """Whether the ``__eq__`` of ``kind`` is written by the standard library (``UUID``'s)."""
    owner = next(base for base in kind.__mro__ if "__eq__" in vars(base))
    return owner.__module__.partition(".")[0] in sys.stdlib_module_names


#: The flag of a class made by a class statement (``Py_TPFLAGS_HEAPTYPE``).
_HEAP_TYPE = 1 << 9


def has_own_equality(kind: type) -> bool:
    """Whether the ``==`` of ``kind`` is its own (Axon's class that overrides ``equals``).

    Not object's identity, nor the ``__eq__`` dataclasses, attrs and pydantic make to
    compare the fields one by one, as castle-bdd does: a hand-written one, which may
    count values as equal that castle-bdd's comparison would not (``"ABC"`` and ``"abc"``).
    """
    return _has_own_equality(kind)


@cache
def _has_own_equality(kind: type) -> bool:
    owner = next(base for base in kind.__mro__ if "__eq__" in vars(base))
    method = vars(owner)["__eq__"]
    if owner is object or owner.__module__.partition(".")[0] in ("pydantic", "pydantic_core"):
        return False
    # dataclasses and attrs make their __eq__ from source text, which has no file
    made_in: str = getattr(getattr(method, "__code__", None), "co_filename", "")
    generated = made_in.startswith("<") and (
        dataclasses.is_dataclass(owner) or hasattr(owner, "__attrs_attrs__")
    )
    return not generated


def describe_message(payload: object, ignored_fields: Collection[str] = frozenset()) -> str:
    """A payload as Python writes it, less the fields that are ignored in comparisons: with
    the fields `compared_values` reads, so that two payloads that differ read apart."""
    message_type = type(payload)
    names = compared_field_names(message_type) if is_message_class(message_type) else None
    if names is None or not set(names) & set(ignored_fields):
        return safe_repr(payload)
    shown = ", ".join(
        f"{name}={safe_repr(value)}"
        for name, value in compared_values(payload).items()
        if name not in ignored_fields
    )
    return f"{message_type.__name__}({shown})"
