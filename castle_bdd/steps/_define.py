"""How the step library registers its steps with behave.

Each step function is registered once per pattern it accepts, through a guard that
turns castle-bdd's errors and failed expectations into a failed step whose message names
the feature file and line — never a Python traceback. A sentence that names a message
ends in ``{fields:WithFields}``: ``with card_id "GC-1" and amount 100``, a ``:`` before a
table or doc string, or nothing. One pattern covers the three forms, which keeps behave's
search for the matching step short.

The steps are registered with `StepLibraryMatcher`, behave's parse matcher with four
shortcuts (see there); the matcher a project's own step modules use is left as it was.
"""

from __future__ import annotations

import functools
import os
import re
import traceback
from collections.abc import Callable
from typing import Any, TypeVar

import parse
from behave import given as _behave_given
from behave import matchers
from behave import then as _behave_then
from behave import when as _behave_when

from castle_bdd._compat.behave import registering_with
from castle_bdd.behave import castle, step_ended, step_running
from castle_bdd.domain.messages import IMMUTABLE_VALUES
from castle_bdd.errors import CastleBddError
from castle_bdd.gherkin.crashes import assertion_crash, step_crash
from castle_bdd.gherkin.errors import GherkinError, UnknownNameError, as_gherkin_error
from castle_bdd.gherkin.inline import TABLE_FOLLOWS, InlineField
from castle_bdd.gherkin.parse_types import (
    UnreadableArgument,
    check_step_arguments,
    parse_inline_argument,
)

F = TypeVar("F", bound=Callable[..., None])

_FIELDS = "{fields:WithFields}"
#: A pattern's words outside its fields: the first, those between fields, the last.
_Words = tuple[str, tuple[str, ...], str]
_WITH = re.compile(r"\s+with\s+")
#: A field of a pattern that names a message, an exception or a deadline.
_MESSAGE_FIELD = re.compile(r"\{(\w+):MessageName\}")
_TEXTS_KEPT = 1024


def parse_with_fields(text: str) -> list[InlineField] | UnreadableArgument | None:
    """``{fields:WithFields}``: the fields after ``with``, `TABLE_FOLLOWS` for ``:``, or None."""
    if text == ":":
        return TABLE_FOLLOWS
    if not text:
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
    return _define(_behave_when, patterns, starts_when=True)


def then(*patterns: str) -> Callable[[F], F]:
    """Register a Then step under each of ``patterns``, in order."""
    return _define(_behave_then, patterns)


def with_fields(sentence: str) -> str:
    """``sentence`` followed by its fields: ``with …``, ``:`` and a table, or nothing."""
    return sentence + _FIELDS


class StepLibraryMatcher(matchers.ParseMatcher):  # type: ignore[misc]
    """behave's parse matcher for the step library's sentences, with four shortcuts.

    Every time a step matches, behave works out again the file and line of its step
    function (``Match.make_location``: the working directory and a relative path), which
    is about half of what matching a step costs; here they are worked out once per working
    directory. A sentence without fields (``the events:``) is compared as a string rather
    than by a regular expression. And a text is first checked for the words of a pattern
    with fields (it must start with ``the command ``, contain `` is sent``…): a text
    without them cannot match, so the regular expression need not run, nor be compiled.
    behave compiles every pattern as it is registered; the library's are compiled when a
    text first gets past their words. A text read before whose values are all immutable
    (``10 days have elapsed``, written in scenario after scenario) gives the arguments
    it gave then. What behave reports is the same: the same arguments, the same
    location, the same errors from type converters.
    """

    def __init__(
        self, func: object, pattern: str, step_type: str | None = None, custom_types: object = None
    ) -> None:
        """A matcher of ``pattern`` for ``func``, as `matchers.ParseMatcher` makes it."""
        super().__init__(func, pattern, step_type, custom_types)
        has_fields = "{" in pattern or "}" in pattern
        self._literal: str | None = None if has_fields else pattern
        self._words = _words_between_fields(pattern, self.parser) if has_fields else None
        #: What every text this pattern reads starts with: most texts are told apart by it.
        self._start = pattern if not has_fields else self._words[0] if self._words else ""
        self._located: tuple[str, object] | None = None
        self._message_fields = frozenset(_MESSAGE_FIELD.findall(pattern))
        #: The arguments of texts read before, when every value is of an immutable class.
        self._read: dict[str, list[Any]] = {}

    def compile(self) -> StepLibraryMatcher:
        """Nothing to do yet: the regular expression is compiled when first needed."""
        # behave calls this as a step is registered, to find bad patterns at once; the
        # library's patterns are tested to compile (tests/steps/test_step_matcher.py)
        return self

    def check_match(self, step_text: str) -> list[object] | None:
        """The arguments of ``step_text``, or None when it is not this step's sentence."""
        if self._literal is not None:
            return [] if step_text == self._literal else None
        known = self._read.get(step_text)
        if known is not None:  # a sentence such as "10 days have elapsed", read again
            return list(known)
        if self._words is not None and not _has_words(step_text, self._words):
            return None
        arguments: list[Any] | None = super().check_match(step_text)
        # only immutable values are handed out again; an unreadable value is not among them
        # (its error names the step that wrote it)
        if arguments is not None and all(type(a.value) in IMMUTABLE_VALUES for a in arguments):
            if len(self._read) >= _TEXTS_KEPT:
                self._read.clear()
            self._read[step_text] = arguments
        return arguments

    def match(self, step_text: str) -> Any:
        """A `matchers.Match` of ``step_text``, as behave's `matchers.Matcher.match` makes it."""
        # behave asks every step definition of a keyword in turn: most answer here
        if not step_text.startswith(self._start):
            return None
        try:
            arguments = self.check_match(step_text)
        except NotImplementedError:
            raise
        except Exception as error:  # a type converter failed: behave reports it on the step
            return matchers.MatchWithError(self.func, error)
        if arguments is None:
            return None
        found = matchers.Match(None, arguments)  # without a function: no location sought
        found.func = self.func
        found.location = self._location_here()
        return found

    def message_names(self, step_text: str) -> list[str]:
        """The message, exception and deadline names ``step_text`` writes in this sentence."""
        if not self._message_fields:
            return []
        arguments = getattr(self.match(step_text), "arguments", None) or []
        return [str(a.value) for a in arguments if a.name in self._message_fields]

    def _location_here(self) -> object:
        # behave's location is relative to the working directory at the time of the match
        directory = os.getcwd()
        located = self._located
        if located is None or located[0] != directory:
            located = self._located = (directory, matchers.Match.make_location(self.func))
        return located[1]


def _words_between_fields(pattern: str, parser: object) -> _Words | None:
    """The text of ``pattern`` before, between and after its fields.

    None when the words cannot tell a text that does not match: a case-insensitive
    parser, or braces doubled or left alone, which parse reads in its own ways.
    """
    fields = getattr(parse, "PARSE_RE", None)  # how parse finds the fields of a pattern
    if fields is None or getattr(parser, "_re_flags", re.IGNORECASE) & re.IGNORECASE:
        return None
    parts = fields.split(pattern)
    words = parts[0::2]  # split by a pattern with one group: fields at the odd places
    if any(part in ("{{", "}}") for part in parts[1::2]) or any(
        "{" in word or "}" in word for word in words
    ):
        return None
    return words[0], tuple(word for word in words[1:-1] if word), words[-1]


def _has_words(text: str, words: _Words) -> bool:
    """Whether ``text`` starts and ends with the words of a pattern, and has the others.

    Without them it cannot match; with them it still may not: the fields decide.
    """
    first, between, last = words
    if not (text.startswith(first) and text.endswith(last)):
        return False
    return all(word in text for word in between)


def _define(
    decorator: Callable[..., Any], patterns: tuple[str, ...], starts_when: bool = False
) -> Callable[[F], F]:
    def register(function: F) -> F:
        guarded = _guarded(function, starts_when)
        with registering_with(StepLibraryMatcher):
            for pattern in patterns:
                decorator(pattern)(guarded)
        return guarded

    return register


def _guarded(function: F, starts_when: bool = False) -> F:
    @functools.wraps(function)
    def step(context: object, *args: object, **kwargs: object) -> None:
        previous = step_running(context)  # the scenario is known before any argument is checked
        if starts_when:  # a Then after it, should it fail before it runs, says so
            castle(context).when_started = True
        try:
            if args or kwargs:  # most steps take none
                check_step_arguments(*args, **kwargs)
            function(context, *args, **kwargs)
        except UnknownNameError as error:
            _another_keyword(context, error)
            raise
        except GherkinError:
            raise
        except CastleBddError as error:
            raise as_gherkin_error(error) from error
        except AssertionError as error:
            crash = assertion_crash(error)  # an assert of the domain's code the step ran
            raise crash or GherkinError(str(error)) from error
        except OverflowError as error:
            if not _raised_in_castle_bdd(error):
                raise
            raise GherkinError(
                "the scenario's time would go past the year 9999, the last year a date can "
                "have: write a shorter duration or an earlier time"
            ) from None
        except KeyboardInterrupt:
            raise
        except BaseException as error:  # the domain's code raised as the step ran it: a bug
            # (SystemExit or GeneratorExit too: raised by domain code, it would end the run)
            crash = step_crash(error)
            if crash is None:
                raise
            raise crash from error
        finally:
            step_ended(previous)

    return step  # type: ignore[return-value]


def _raised_in_castle_bdd(error: BaseException) -> bool:
    frames = traceback.extract_tb(error.__traceback__)
    return bool(frames) and f"{os.sep}castle_bdd{os.sep}" in frames[-1].filename


def _another_keyword(context: object, error: UnknownNameError) -> None:
    """Raise "… is a When step" when an unknown name is a step of another keyword."""
    if error.what not in ("event", "command", "message") or " " not in error.written.strip():
        return
    from castle_bdd.gherkin.unmatched import not_a_name
    from castle_bdd.steps._unmatched import as_nearest_sentences, as_other_keyword

    problem = as_other_keyword(context)
    if not problem and not_a_name(error.written):
        read_as = f'"{error.written}" is no {error.what} name, so no sentence reads'
        problem = as_nearest_sentences(context, read_as)
    if problem:
        raise GherkinError(problem, location=error.location) from None
