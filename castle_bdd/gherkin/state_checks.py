"""Then steps about what a command left: its result and the aggregate's state, read as
the class declares them and compared as event fields are."""

from __future__ import annotations

import typing
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any, TypeVar

from castle_bdd.domain import Role, aggregate_state, handlers_of
from castle_bdd.fixtures.cards import card_comparison, cell_text
from castle_bdd.fixtures.expectations import ExpectationFailed
from castle_bdd.fixtures.reports import render_exception
from castle_bdd.gherkin.checks import check_value, failure_of, ignored_fields, told_apart
from castle_bdd.gherkin.conversion import (
    ValueConversionError,
    converter_for,
    is_wildcard,
)
from castle_bdd.gherkin.errors import FieldValueError, GherkinError
from castle_bdd.gherkin.plan import Target
from castle_bdd.gherkin.reading import heading_of_fields
from castle_bdd.gherkin.specs import RawValue
from castle_bdd.gherkin.states import no_such_state
from castle_bdd.gherkin.tables import render_table
from castle_bdd.gherkin.written import holds_records, written_text
from castle_bdd.matching import messages_alike, plainly_equal
from castle_bdd.suggestions import normalise_name

if TYPE_CHECKING:
    from castle_bdd.gherkin.seam import AggregateResult, Result, Verdict

T = TypeVar("T")


def check_result(
    validator: Result,
    target: Target | None,
    command: object,
    text: str,
    quoted: bool,
    declared: object = Any,
) -> None:
    """The command handler returned the value ``text`` names, read as its return type: the
    one the aggregate's handler declares, else ``declared`` (a handler class's)."""
    if command is None:  # the When let time pass: no handler was asked for a value
        raise GherkinError(
            "the When step sent no command (it let time pass), so no handler returned a "
            "value to check: send the command in the When step, or check what followed, "
            "e.g. Then the event … is published"
        )
    hint: object = Any
    if target is not None and command is not None:
        command_type: type = type(command)
        hint = return_type(target.type, command_type)
    if hint is Any:
        hint = declared
    try:
        expected = converter_for(hint).from_text(text, quoted)
    except ValueConversionError as error:
        if hint is None or hint is type(None):
            name = type(command).__name__
            raise GherkinError(
                f"the handler of {name} returns nothing (its return type is None), so there "
                'is no value to check: remove this step, or check "Then the command succeeds" '
                "or the events it publishes"
            ) from None
        raise GherkinError(
            f'the command returns {error.expected}, and "{text}" is not one'
        ) from None
    exception = validator.exception
    if exception is not None:  # a refused command returned nothing, not even None
        found = render_exception(exception, with_origin=False)
        raise GherkinError(
            f"the command was expected to return {text}, but it failed with {found} — a "
            f"refused command returns nothing: {_refusal_hint(exception)}"
        )
    if holds_records(hint):  # the fields a record written as JSON writes are compared
        expected = written_text(text, expected)
    returned = validator.return_value
    check_value("the command returned", expected, text, returned, ignored=ignored_fields(validator))


def check_committed(validator: Verdict, what: str) -> None:
    """A Then about what the When committed (the aggregate's state, its deletion) checks
    nothing after a failure: the failed command committed nothing."""
    exception = validator.exception
    if exception is not None:
        raise GherkinError(
            f"cannot check {what}: {failure_of(validator)}, so it committed nothing — "
            f"{_refusal_hint(exception)}"
        )


def worked_on(validator: AggregateResult, what: str, check: Callable[[], T]) -> T:
    """``check()`` of the aggregate the When worked on; when only time passed and no
    deadline came due, there is none, and the failure says so and what to write."""
    try:
        return check()
    except ExpectationFailed:
        idle = validator.nothing_came_due
        if idle is None:
            raise
    hint = "to say that nothing happened, write Then no events are published"
    if validator.scheduled_deadlines:
        hint = f"to check the state after that deadline, let the time reach it; {hint}"
    raise GherkinError(
        f"cannot check {what}: {idle}, so no aggregate was worked on and there is no state "
        f"to check — {hint}"
    )


def _refusal_hint(exception: BaseException) -> str:
    return f"to expect the refusal, write Then the command fails with {type(exception).__name__}"


def check_state(
    aggregate: object,
    written: Sequence[tuple[str, RawValue]],
    subject: str = "the aggregate state",
    is_view: bool = False,
) -> None:
    """The aggregate's state holds the written values (other attributes are not compared).

    ``subject`` names what is checked in the report (a projection is checked the same way,
    ``is_view``: the document draws its cards as a view's).
    """
    if not written:  # an empty JSON object, or a table of its heading alone
        raise GherkinError(
            f"this step names no value, so it checks nothing: write what {subject} must "
            "hold, e.g. | remaining | 70 |"
        )
    if aggregate is None:
        raise GherkinError("there is no aggregate: the command did not create or load one")
    state = aggregate_state(aggregate)
    state.update(_properties_named(aggregate, state, [name for name, _ in written]))
    rows: list[list[str]] = []
    marked: set[tuple[int, int]] = set()
    for name, raw in written:
        try:
            key = _state_key(aggregate, state, name)
            expected = _state_value(aggregate, key, state[key], raw)
        except GherkinError as unreadable:
            heading_of_fields(state, written, unreadable)
            raise
        found = state[key]
        # compared as event fields are: `true` is no 1, nor "5" a 5
        if plainly_equal(expected, found) or messages_alike(expected, found):
            rows.append([key, raw.text, cell_text(found)])
        else:
            marked.add((len(rows), 2))
            rows.append([key, *told_apart(raw.text, expected, found)])
    if marked:
        table = render_table(["field", "expected", "actual"], rows, marked, indent="  ")
        error = GherkinError(f"{subject} is not as expected:\n{table}")
        heading_of_fields(state, written, error)
        fields = [
            (field, wanted, found, (number, 2) in marked)
            for number, (field, wanted, found) in enumerate(rows)
        ]
        owner, kind = type(aggregate).__name__, "view" if is_view else "state"
        error.comparison = card_comparison("state", kind, (owner, owner), fields)  # drawn
        raise error


def _properties_named(
    aggregate: object, state: dict[str, object], names: Sequence[str]
) -> dict[str, object]:
    """The written names that are no attribute but a property of the class (a castlecraft
    aggregate's ``version``, or a ``balance`` over ``_balance``), with their values."""
    kind = type(aggregate)
    return {
        name: getattr(aggregate, name)
        for name in names
        if name not in state and isinstance(getattr(kind, name, None), property)
    }


def _state_key(aggregate: object, state: dict[str, object], written: str) -> str:
    if written in state:
        return written
    key = normalise_name(written)
    for name in state:
        if normalise_name(name) == key:
            return name
    raise no_such_state(type(aggregate).__name__, written, state)


def _state_value(aggregate: object, key: str, actual: object, raw: RawValue) -> object:
    if not raw.quoted and is_wildcard(raw.text):
        return actual
    aggregate_type: type = type(aggregate)
    hint = _class_hints(aggregate_type).get(key)
    if hint is None:
        hint = type(actual) if actual is not None else Any
    try:
        return converter_for(hint).from_text(raw.text, raw.quoted)
    except ValueConversionError as error:
        owner = type(aggregate).__name__
        raise FieldValueError(owner, key, raw.text, error.expected) from None


@lru_cache(maxsize=256)
def return_type(owner: type, command_type: type) -> object:
    """The return type hint of ``owner``'s handler for ``command_type`` (Any if none)."""
    for handler in handlers_of(owner).handlers(Role.COMMAND):
        if handler.message_type is not None and issubclass(command_type, handler.message_type):
            return _function_hints(handler.function).get("return", Any)
    return Any


@lru_cache(maxsize=256)
def _class_hints(owner: type) -> dict[str, object]:
    try:
        return typing.get_type_hints(owner)
    except Exception:  # unresolvable hints: fall back to the values' own types
        return {}


def _function_hints(function: object) -> dict[str, object]:
    try:
        return typing.get_type_hints(function)
    except Exception:  # unresolvable hints: the value's look decides
        return {}
