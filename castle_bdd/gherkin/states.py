"""A state-stored aggregate's starting state, as a feature file writes it.

``Given the aggregate starts with the state:`` with a table of attribute names and values starts the
scenario from an aggregate made with no arguments and given those attributes. Each value
is read as the attribute's type hint on the aggregate class says, else as the type of the
attribute's value on a fresh instance.
"""

from __future__ import annotations

import typing
from collections.abc import Callable, Collection, Sequence
from typing import Any

from castle_bdd.domain import aggregate_state
from castle_bdd.gherkin.conversion import ValueConversionError, convert_json_value, converter_for
from castle_bdd.gherkin.errors import FieldValueError, GherkinError
from castle_bdd.gherkin.reading import heading_of_fields
from castle_bdd.gherkin.specs import RawValue
from castle_bdd.suggestions import did_you_mean

#: The written attributes of a starting state: names and the values as written.
WrittenState = Sequence[tuple[str, RawValue]]


def state_factory(aggregate_type: type, written: WrittenState) -> Callable[[], object]:
    """A function that makes the aggregate with the written attributes set."""

    def made() -> object:
        aggregate = aggregate_type()
        hints = _hints(aggregate_type)
        for name, raw in written:
            try:
                hint = hints.get(name)
                if hint is None:
                    if not hasattr(aggregate, name):
                        _no_such_state(aggregate, name)
                    current = getattr(aggregate, name, None)
                    hint = type(current) if current is not None else Any
                value = _value(aggregate_type, name, raw, hint)
            except GherkinError as error:
                heading_of_fields([*hints, *aggregate_state(aggregate)], written, error)
                raise
            setattr(aggregate, name, value)
        return aggregate

    if not written:
        raise GherkinError("the aggregate state needs at least one attribute and its value")
    return made


def _no_such_state(aggregate: object, written: str) -> None:
    """Refuse an attribute the aggregate does not have (a fresh one, or its class)."""
    raise no_such_state(type(aggregate).__name__, written, aggregate_state(aggregate))


def no_such_state(owner: str, written: str, state: Collection[str]) -> GherkinError:
    """The error for a state ``written`` that ``owner``, whose state is ``state``, lacks."""
    known = ", ".join(state) or "none"
    return GherkinError(
        f"{owner} has no state '{written}'{did_you_mean(written, state)} (its state: {known})"
    )


def _value(owner: type, name: str, raw: RawValue, hint: object) -> object:
    try:
        if raw.is_json:
            return convert_json_value(raw.json, hint)
        return converter_for(hint).from_text(raw.text, raw.quoted)
    except ValueConversionError as error:
        raise FieldValueError(owner.__name__, name, raw.text, error.expected) from None


def _hints(aggregate_type: type) -> dict[str, object]:
    try:
        return typing.get_type_hints(aggregate_type)
    except (NameError, TypeError):
        return {}
