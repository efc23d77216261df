"""What a Then compares of a value written as JSON: the fields each nested record writes.

A Then compares the fields a step writes, and leaves out the others; a field named like
a stamp (``created_at``, ``event_id``) is compared when it is written. A nested record
written as a JSON object is read into an object of its class, whose fields the JSON
leaves out hold their defaults. So that the same rule holds at every depth, each such
record becomes an `ExpectedMessage` that names the fields the JSON wrote, with the
defaults beside them, compared as a whole object's fields are (`castle_bdd.matching`).
"""

from __future__ import annotations

import typing
from functools import cache

from castle_bdd.domain.equality import compared_values, has_own_equality, has_varying_fields
from castle_bdd.domain.messages import is_message_class
from castle_bdd.gherkin.json_text import read_json
from castle_bdd.matching import ExpectedMessage
from castle_bdd.suggestions import normalise_name


def holds_records(hint: object) -> bool:
    """Whether a value of the type ``hint`` may hold a record written as a JSON object."""
    try:
        return _holds_records(hint)
    except TypeError:  # an unhashable hint such as Literal[[1]]
        return False


@cache
def _holds_records(hint: object) -> bool:
    if isinstance(hint, type) and is_message_class(hint):
        return True
    origin = typing.get_origin(hint)
    if origin is not None and isinstance(origin, type) and is_message_class(origin):
        return True
    return any(_holds_records(arg) for arg in typing.get_args(hint) if arg is not Ellipsis)


def written_text(text: str, value: object) -> object:
    """``value``, read from ``text``, as a Then compares it (see `written_value`)."""
    if not text.lstrip().startswith(("{", "[")):
        return value
    try:
        return written_value(read_json(text), value)
    except ValueError:  # read as something else than JSON (a text of a union)
        return value


def written_value(json: object, value: object) -> object:
    """``value``, read from ``json``, with each record in it an `ExpectedMessage` naming
    the fields its JSON object wrote (``value`` itself when it holds no record)."""
    if isinstance(json, dict):
        if is_message_class(type(value)):
            return _record(json, value)
        if type(value) is dict and len(json) == len(value):
            read = {
                key: written_value(item, found)
                for (key, found), item in zip(value.items(), json.values(), strict=True)
            }
            return read if any(read[key] is not found for key, found in value.items()) else value
        return value
    if isinstance(json, list) and isinstance(value, (list, tuple)) and len(json) == len(value):
        items = [written_value(item, found) for item, found in zip(json, value, strict=True)]
        if type(value) in (list, tuple) and any(
            new is not old for new, old in zip(items, value, strict=True)
        ):
            return type(value)(items)
    return value


def _record(json: dict[str, object], value: object) -> ExpectedMessage:
    kind = type(value)
    values = compared_values(value)
    by_key = {normalise_name(name): name for name in values}
    written: dict[str, object] = {}
    for key, item in json.items():
        name = key if key in values else by_key.get(normalise_name(key))
        if name is not None:  # a field its class does not compare is not compared
            written[name] = written_value(item, values[name])
    return ExpectedMessage(
        kind,
        written,
        exact_class=True,
        whole=value if has_own_equality(kind) else None,
        others=_every_field if has_varying_fields(kind) else None,
        unwritten={name: item for name, item in values.items() if name not in written},
    )


def _every_field(kind: type, name: str) -> bool:
    """A field the actual object has beyond the expected one's counts (a model's extra)."""
    return True
