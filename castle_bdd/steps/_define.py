"""How the step library registers its steps with behave.

Each step function is registered once per pattern it accepts, through a guard that
turns castle-bdd's errors and failed expectations into a failed step whose message names
the feature file and line — never a Python traceback. A sentence that names a message
ends in ``{fields:WithFields}``: ``with card_id "GC-1" and amount 100``, a ``:`` before a
table or doc string, or nothing. One pattern covers the three forms, which keeps behave's
search for the matching step short.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any, TypeVar

from behave import given as _behave_given
from behave import matchers
from behave import then as _behave_then
from behave import when as _behave_when

from castle_bdd.behave import step_ended, step_running
from castle_bdd.errors import CastleBddError
from castle_bdd.gherkin.errors import GherkinError, as_gherkin_error
from castle_bdd.gherkin.inline import InlineField
from castle_bdd.gherkin.parse_types import (
    UnreadableArgument,
    check_step_arguments,
    parse_inline_argument,
)

F = TypeVar("F", bound=Callable[..., None])

_FIELDS = "{fields:WithFields}"
_WITH = re.compile(r"\s+with\s+")


def parse_with_fields(text: str) -> list[InlineField] | UnreadableArgument | None:
    """``{fields:WithFields}``: the fields after ``with``, or None for ``:`` or nothing."""
    if not text or text == ":":
        return None
    return parse_inline_argument(_WITH.split(text, maxsplit=1)[1])


# parse reads a type's pattern from these attributes (what parse.with_pattern sets)
parse_with_fields.pattern = r"(?:\s+with\s+\S.*|:)?"  # type: ignore[attr-defined]
parse_with_fields.regex_group_count = 0  # type: ignore[attr-defined]


def register_step_types() -> None:
    """Make ``{fields:WithFields}`` usable in step patterns, without changing the matcher."""
    parse_matcher: Any = matchers.ParseMatcher
    if getattr(parse_matcher, "TYPE_REGISTRY", None) is None:  # behave before 1.2.7
        matchers.register_type(WithFields=parse_with_fields)
    else:
        parse_matcher.register_type(WithFields=parse_with_fields)


def given(*patterns: str) -> Callable[[F], F]:
    """Register a Given step under each of ``patterns``, in order."""
    return _define(_behave_given, patterns)


def when(*patterns: str) -> Callable[[F], F]:
    """Register a When step under each of ``patterns``, in order."""
    return _define(_behave_when, patterns)


def then(*patterns: str) -> Callable[[F], F]:
    """Register a Then step under each of ``patterns``, in order."""
    return _define(_behave_then, patterns)


def with_fields(sentence: str) -> str:
    """``sentence`` followed by its fields: ``with …``, ``:`` and a table, or nothing."""
    return sentence + _FIELDS


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
        previous = step_running(context)  # the scenario is known before any argument is checked
        try:
            if args or kwargs:  # most steps take none
                check_step_arguments(*args, **kwargs)
            function(context, *args, **kwargs)
        except GherkinError:
            raise
        except CastleBddError as error:
            raise as_gherkin_error(error) from error
        except AssertionError as error:
            raise GherkinError(str(error)) from error
        finally:
            step_ended(previous)

    return step  # type: ignore[return-value]
