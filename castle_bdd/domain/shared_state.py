"""Mutable class attributes of an aggregate or saga: state that every instance shares.

``items: list[str] = []`` in the class body makes one list for the class; every instance
that appends to it changes the others'. An aggregate or saga that keeps such state is
refused when a fixture is made for it, with the attribute, its file and line and how
to fix it. Names in capitals (``ALLOWED_PLANS``) are constants, and names annotated
``ClassVar`` are shared on purpose: both are left alone.
"""

from __future__ import annotations

import inspect
import re
from functools import lru_cache

from castle_bdd.errors import HandlerDefinitionError
from castle_bdd.paths import readable_path

_MUTABLE = (list, dict, set, bytearray)


def check_class_state(owner: type) -> None:
    """Raise `HandlerDefinitionError` for a mutable attribute held by ``owner``'s class."""
    _check(owner)


@lru_cache(maxsize=256)
def _check(owner: type) -> None:
    for cls in owner.__mro__:
        if cls.__module__.startswith("castle_bdd") or cls is object:
            continue
        meant = _class_variables(cls)
        for name, value in vars(cls).items():
            if not isinstance(value, _MUTABLE) or name in meant:
                continue
            if not name.startswith("__") and not name.isupper():
                raise HandlerDefinitionError(_shared(owner, cls, name, value))


def _class_variables(cls: type) -> set[str]:
    """The names annotated ``ClassVar``: shared by every instance on purpose."""
    annotations = vars(cls).get("__annotations__", {})
    return {name for name, hint in annotations.items() if "ClassVar" in str(hint)}


def _shared(owner: type, cls: type, name: str, value: object) -> str:
    kind = type(value).__name__
    return (
        f"{cls.__name__}.{name} is a {kind} held by the class ({_where(cls, name)}), so "
        f"every {owner.__name__} shares one {kind}: set it in __init__ instead "
        f"(self.{name} = {_empty(value)}), or annotate it ClassVar if sharing it is meant"
    )


def _where(cls: type, name: str) -> str:
    try:
        lines, start = inspect.getsourcelines(cls)
        filename = inspect.getsourcefile(cls) or ""
    except (OSError, TypeError):
        return cls.__module__
    assignment = re.compile(rf"^\s+{re.escape(name)}\s*(:[^=]*)?=")
    for offset, line in enumerate(lines):
        if assignment.match(line):
            return f"{readable_path(filename)}:{start + offset}"
    return readable_path(filename)


_EMPTY: dict[type, str] = {list: "[]", dict: "{}", set: "set()"}


def _empty(value: object) -> str:
    kind = type(value)
    return _EMPTY.get(kind, f"{kind.__name__}()")
