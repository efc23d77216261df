"""Mistakes in a feature file, reported in a domain expert's words.

Every error here is also an `AssertionError`, so behave reports the step as failed and
prints only the message: no Python traceback. The message starts with the feature file
and line of the step being run (``features/giftcard.feature:12: unknown event …``); the
step library tells this module how to find that step through `set_step_locator`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from castle_bdd.errors import CastleBddError
from castle_bdd.suggestions import did_you_mean

#: Finds "file:line" of the step being run, or None outside a step.
StepLocator = Callable[[], "str | None"]

_locator: list[StepLocator | None] = [None]


def set_step_locator(locator: StepLocator | None) -> None:
    """Tell errors how to find the step being run (None: report no location)."""
    _locator[0] = locator


def current_location() -> str | None:
    """``features/x.feature:12`` for the step being run, if it can be found."""
    locator = _locator[0]
    return locator() if locator is not None else None


class GherkinError(CastleBddError, AssertionError):
    """A feature file says something castle-bdd cannot act on.

    ``problem`` is the message without its location; ``location`` is the feature file and
    line of the step, found when the error is raised.
    """

    #: expected and actual messages of a failed comparison (`MessageTables.comparison`)
    comparison: dict[str, object] | None = None

    def __init__(self, problem: str, location: str | None = None) -> None:
        self.problem = problem
        self.location = location if location is not None else current_location()
        super().__init__(self._text())

    def _text(self) -> str:
        return f"{self.location}: {self.problem}" if self.location else self.problem

    def __str__(self) -> str:
        """The location and the problem."""
        return self._text()


#: How many names an unknown name's message lists when none of them is near it.
_LISTED = 8


class UnknownNameError(GherkinError):
    """A message, field, aggregate, saga, exception or deadline name that is not known."""

    def __init__(
        self, what: str, written: str, choices: Iterable[str], location: str | None = None
    ) -> None:
        self.what = what
        self.written = written
        names = list(choices)
        hint = did_you_mean(written, names)
        if not hint and 0 < len(names) <= _LISTED:
            hint = f" (the {what}s there are: {', '.join(sorted(names))})"
        super().__init__(f"unknown {what} '{written}'{hint}", location)


class MissingFieldsError(GherkinError):
    """A Given or When message without some of the fields it needs."""

    def __init__(self, message_name: str, missing: Iterable[str]) -> None:
        self.missing = tuple(missing)
        names = ", ".join(self.missing)
        noun = "field" if len(self.missing) == 1 else "fields"
        super().__init__(f"{message_name} needs the {noun} {names}, which the step does not give")


class FieldValueError(GherkinError):
    """A value that cannot be read as its field's type."""

    def __init__(self, message_name: str, field: str, value: str, expected: str) -> None:
        self.field = field
        self.value = value
        self.expected = expected
        super().__init__(
            f'{message_name}.{field}: cannot read "{value}" as {expected}'
            if message_name
            else f'{field}: cannot read "{value}" as {expected}'
        )


class UnmatchedStepError(GherkinError):
    """A step that no step definition reads (behave would call it undefined)."""


class StepOrderError(GherkinError):
    """Steps in an order that cannot work, such as a Then before any When."""


class FixtureChoiceError(GherkinError):
    """The aggregate or saga a scenario exercises cannot be determined."""


def as_gherkin_error(error: CastleBddError) -> GherkinError:
    """``error`` as a `GherkinError` with the location of the step being run."""
    if isinstance(error, GherkinError):
        return error
    return GherkinError(str(error))
