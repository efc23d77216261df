"""What a scenario says when the domain's handler code crashes, in the When or a Given."""

from __future__ import annotations

import inspect
import os

from castle_bdd.domain import Role
from castle_bdd.domain.members import tables_with_members
from castle_bdd.fixtures.accidents import HandlerCrash, crash_report, handler_crash_report
from castle_bdd.fixtures.user_code import (
    UserCodeError,
    describe_user_exception,
    raised_by_user_code,
)
from castle_bdd.gherkin.errors import GherkinError
from castle_bdd.gherkin.plan import Target, When, WhenKind
from castle_bdd.user_values import user_frames
from castle_bdd.wording import capitalized


class AccidentalCrash(GherkinError):
    """Handler code crashed, and no Then step of the scenario names the exception."""


def accidental_crash(
    target: Target | None, when: When | None, exception: BaseException, handler: str | None = None
) -> AccidentalCrash:
    """The failure of a scenario whose handler raised ``exception`` by accident.

    ``handler`` names the saga handler that raised (``the saga handler TripSaga.on_booked``).
    """
    how = 'add the step "Then the command fails with {kind}"'
    subject = handler if target and target.kind == "saga" and handler else None
    subject = subject or _crash_subject(target, when, exception)
    return AccidentalCrash(crash_report(capitalized(subject), exception, how))


def handler_crash(crash: HandlerCrash) -> AccidentalCrash:
    """The failure of a scenario in which a handler crashed without failing the When."""
    return AccidentalCrash(handler_crash_report(crash))


def given_failure(target: Target, error: BaseException, step: str = "a Given step") -> str:
    """What a Given step's failure says when a handler of the domain raised as it replayed;
    with ``step="the When step"``, what the When's says when the code around its handler
    (an association value's property…) raised."""
    return (
        f"{step} failed on the {target.kind} {target.name}: its code raised "
        f"{describe_user_exception(error)}\nThis is a bug in the code, not a mistake in "
        "the feature file."
    )


def step_crash(error: BaseException) -> GherkinError | None:
    """A step's failure when the domain's code it called (a property, ``__eq__``,
    ``__repr__``) raised ``error``, shown in that code's frames; None when it did not."""
    if not user_frames(error):
        return None
    return GherkinError(str(UserCodeError("the domain's code this step called", error)))


def assertion_crash(error: AssertionError) -> GherkinError | None:
    """A step's failure when an ``assert`` of the domain's code it called (a property,
    ``__eq__``) failed, shown in that code's frames; None when the assertion is a failed
    expectation (castle-bdd's own, or a library's it called)."""
    return step_crash(error) if raised_by_user_code(error) else None


def _crash_subject(target: Target | None, when: When | None, exception: BaseException) -> str:
    if when is not None and when.kind is WhenKind.COMMAND:
        return f"the command {type(when.payload).__name__}"
    if target is None:
        return "a handler"
    if target.kind == "aggregate" and when is not None and when.kind in _TIME_PASSING:
        # time passing runs an aggregate's deadline handlers alone
        handler = _deadline_handler_in(target.type, exception)
        return (
            f"the deadline handler {handler}"
            if handler
            else (f"a deadline handler of the aggregate {target.name}")
        )
    return f"a handler of the {target.kind} {target.name}"


_TIME_PASSING = frozenset({WhenKind.ELAPSE, WhenKind.ADVANCE})


def _deadline_handler_in(owner: type, exception: BaseException) -> str | None:
    """``Class.method`` of the deadline handler of ``owner`` (or of one of its member
    entities) whose frame ``exception`` passed through; None when it passed through none
    (it was raised in an interceptor before the handler ran, say)."""
    handlers = [
        handler for table in tables_with_members(owner) for handler in table.handlers(Role.DEADLINE)
    ]
    by_place = {
        (os.path.abspath(code.co_filename), code.co_name): handler.name
        for handler in handlers
        if (code := getattr(inspect.unwrap(handler.function), "__code__", None)) is not None
    }
    for frame in user_frames(exception):
        found = by_place.get((os.path.abspath(frame.filename), frame.name))
        if found is not None:
            return found
    return None
