"""How the step library registers its steps with behave.

Each step function is registered once per pattern it accepts, through a guard that
turns castle-bdd's errors and failed expectations into a failed step whose message names
the feature file and line — never a Python traceback. Message steps accept their fields
in three forms, registered most specific first because behave takes the first pattern
that matches: ``… with card_id "GC-1"``, ``…:`` followed by a table or doc string, and the
bare sentence.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from behave import given as _behave_given
from behave import then as _behave_then
from behave import when as _behave_when

from castle_bdd.behave import castle
from castle_bdd.errors import CastleBddError
from castle_bdd.gherkin.errors import GherkinError, as_gherkin_error
from castle_bdd.gherkin.parse_types import check_step_arguments

F = TypeVar("F", bound=Callable[..., None])

_FIELDS = " with {fields:InlineFields}"


def given(*patterns: str) -> Callable[[F], F]:
    """Register a Given step under each of ``patterns``, in order."""
    return _define(_behave_given, patterns)


def when(*patterns: str) -> Callable[[F], F]:
    """Register a When step under each of ``patterns``, in order."""
    return _define(_behave_when, patterns)


def then(*patterns: str) -> Callable[[F], F]:
    """Register a Then step under each of ``patterns``, in order."""
    return _define(_behave_then, patterns)


def with_fields(sentence: str) -> tuple[str, str, str]:
    """``sentence with {fields}``, ``sentence:`` and ``sentence``, in matching order."""
    return (sentence + _FIELDS, sentence + ":", sentence)


def _define(decorator: Callable[..., Any], patterns: tuple[str, ...]) -> Callable[[F], F]:
    def register(function: F) -> F:
        guarded = _guarded(function)
        for pattern in patterns:
            decorator(pattern)(guarded)
        return guarded

    return register


def _guarded(function: F) -> F:
    @functools.wraps(function)
    def step(context: Any, *args: Any, **kwargs: Any) -> None:
        castle(context)  # the scenario is known before any argument is checked
        try:
            check_step_arguments(*args, **kwargs)
            function(context, *args, **kwargs)
        except GherkinError:
            raise
        except CastleBddError as error:
            raise as_gherkin_error(error) from error
        except AssertionError as error:
            raise GherkinError(str(error)) from error

    return step  # type: ignore[return-value]
