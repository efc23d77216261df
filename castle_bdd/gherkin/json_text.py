"""JSON as a domain expert writes it in a cell or a doc string, read with messages in their words.

A key written twice, text in single quotes, an en dash for a minus, a number past Python's
limit of digits or a value nested too deep: each is refused with what to write instead.
"""

from __future__ import annotations

import json

from castle_bdd.look_alikes import dash_name

__all__ = ["MAX_DIGITS", "MAX_JSON_NESTING", "read_json"]


def read_json(text: str) -> object:
    """``text`` parsed as JSON; a `ValueError` says why not in a domain expert's words."""
    try:
        value = json.loads(text, object_pairs_hook=_each_key_once)
    except RecursionError:
        raise ValueError(_TOO_DEEP) from None
    except ValueError as error:
        if "digits" in str(error):
            raise ValueError(f"a number in it has more than {MAX_DIGITS} digits") from None
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
MAX_DIGITS = 4300
