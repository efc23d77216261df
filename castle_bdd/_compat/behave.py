"""behave's private names: the runner behind a context, run-wide state, the step matcher.

Relies on: ``StepRegistry.steps`` (one list of step matchers per keyword, tried in
order); ``StepRegistry.add_step_definition``, which every step decorator calls and which
raises ``AmbiguousStep`` for a sentence another step reads; ``parser.parse_file``, which
behave's runner looks up on the module for each feature file and which lets a
``UnicodeDecodeError`` out, and ``parser.parse_feature``, which it calls with the text;
behave's command line printing a ``ParserError`` or a ``ConstraintError`` as one line
and failing the run; ``Context._runner`` (the runner, with its ``hooks``,
``formatters``, ``features`` and ``config.capture_stdout``); a `behave.runner.Context`
being a plain object whose own ``__dict__`` holds what must outlive behave's
per-scenario attribute frames; and, from behave 1.2.7 on, the step-matcher factory's
``_current_matcher``, which chooses the matcher that step decorators register with; a
`behave.model.Step`'s ``status``, ``error_message``, ``exception`` and ``exc_traceback``
being plain attributes that the summary, the JUnit report and the formatters that read
the model when a feature ends (not those that print as steps end) take as the step's
result; and behave telling each formatter of the run about each step it runs by calling
the formatter's ``match`` (with the step's `Match`) as the step starts and its
``result`` (with the step) when it ends, nothing when a failure skips a step, and
nothing but the formatter's ``scenario`` or ``eof`` after a scenario's last step; the
formatters being told in the order of the runner's ``formatters`` list, after the
step's ``error_message`` is set (behave sets it after the ``after_step`` hook). A
scenario's ``hook_failed``, ``error_message`` and ``set_status``, and the runner's
``hook_failures`` (any makes the run fail), which a failing hook sets; a generated row of
a Scenario Outline having the outline as its ``parent``. A ``before_all`` hook that
raises making the runner count a hook failure and abort the run before its first feature
(``Runner.feature`` still None), its message only printed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Collection, Iterator, MutableMapping
from contextlib import contextmanager
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from behave import matchers, parser
from behave import runner as _runner_module
from behave.exception import ConstraintError
from behave.formatter.base import Formatter
from behave.model import ScenarioOutline
from behave.model_core import FileLocation, Status
from behave.parser import ParserError
from behave.step_registry import AmbiguousStep
from behave.step_registry import registry as _global_registry

if TYPE_CHECKING:
    from castle_bdd.gherkin.model import Feature

__all__ = [
    "NO_FEATURE",
    "FeatureFileUnreadable",
    "HeldStepOutput",
    "SameStepSentence",
    "before_formatters_see_error",
    "captures_stdout",
    "fail_scenario_as_it_ends",
    "move_failure_to",
    "on_feature_not_utf8",
    "on_same_sentence",
    "put_last",
    "registering_with",
    "run_features",
    "run_formatters",
    "run_hooks",
    "run_wide",
    "scenario_container",
    "step_definition_finder",
    "step_definitions",
    "step_matcher_of",
    "step_printers",
    "step_registry_of",
    "stopped_by_before_all",
]


def _runner(context: object) -> Any:
    return getattr(context, "_runner", None)


def run_hooks(context: object) -> MutableMapping[str, Any] | None:
    """The hook table of the run behind ``context``; None outside a behave run."""
    runner = _runner(context)
    if runner is None:
        return None
    hooks: MutableMapping[str, object] = runner.hooks
    return hooks


def run_formatters(context: object) -> list[object] | None:
    """The formatters of the run behind ``context``; None when they cannot be seen."""
    formatters = getattr(_runner(context), "formatters", None)
    return None if formatters is None else list(formatters)


def run_features(context: object) -> list[Feature] | None:
    """The parsed features of the run behind ``context`` (known before ``before_all``)."""
    features = getattr(_runner(context), "features", None)
    return None if features is None else list(features)


def run_wide(context: object) -> dict[str, Any]:
    """Attributes of ``context`` that no scenario frame masks or drops: the run's own.

    behave keeps what a hook or step sets on the context in per-scenario frames and warns
    when a name is masked; state that castle-bdd keeps for the whole run lives beside them.
    """
    state: dict[str, object] = context.__dict__
    return state


@contextmanager
def registering_with(matcher: type[object]) -> Iterator[None]:
    """Steps registered in the block use ``matcher``; then behave's own is restored.

    Before behave 1.2.7 there is no such choice, and steps get behave's parse matcher.
    """
    factory_of = getattr(matchers, "get_step_matcher_factory", None)
    factory: Any = factory_of() if factory_of is not None else None
    if not hasattr(factory, "_current_matcher"):
        yield
        return
    previous = factory.current_matcher
    factory._current_matcher = matcher
    try:
        yield
    finally:
        factory._current_matcher = previous


def step_registry_of(context: object) -> object:
    """The step registry of the run behind ``context`` (behave's global one by default)."""
    return getattr(_runner(context), "step_registry", None) or _global_registry


def step_matcher_of(context: object) -> Callable[[object], object] | None:
    """The registry's ``find_match`` (a step to its `Match`, or None), in a behave run."""
    return getattr(getattr(_runner(context), "step_registry", None), "find_match", None)


def step_definition_finder(context: object) -> Callable[[object], object] | None:
    """The registry's ``find_step_definition`` (a step to the matcher that reads it, or None)."""
    registry = getattr(_runner(context), "step_registry", None)
    return getattr(registry, "find_step_definition", None)


def step_definitions(registry: Any) -> dict[str, list[Any]]:
    """The step matchers of ``registry`` by keyword (``given``, ``when``, ``then``, ``step``)."""
    definitions: dict[str, list[object]] = registry.steps
    return definitions


def put_last(registry: object, matcher: object) -> None:
    """Make ``matcher`` the last step definition tried for every keyword (once)."""
    generic = step_definitions(registry)["step"]
    for existing in [m for m in generic if type(m) is type(matcher)]:
        generic.remove(existing)
    generic.append(matcher)


class FeatureFileUnreadable(ParserError):  # type: ignore[misc]
    """A feature file behave cannot read: behave prints ``ParserError:`` and this message."""

    def __init__(self, message: str, filename: str, line: int | None) -> None:
        super().__init__(message, line, filename, use_annotated_message=False)

    def __str__(self) -> str:
        """The message alone: it names the file and line itself."""
        return str(self.args[0])


class SameStepSentence(AmbiguousStep, ConstraintError):  # type: ignore[misc]
    """Two step definitions for one sentence, refused with a message behave prints as is.

    Still an ``AmbiguousStep`` to whoever catches that; behave's command line prints a
    ``ConstraintError`` as one line and fails the run, where an ``AmbiguousStep`` ends in a
    traceback.
    """


#: Where a function put in place of one of behave's keeps behave's own.
_BEHAVES = "_castle_bdd_wraps"
#: Words for a feature file that is not UTF-8: its path, the line and the decoding error.
NotUtf8Explainer = Callable[[str, int, UnicodeDecodeError], str]
#: What an `UnparsableExplainer` is told of a feature file with no Feature in it (empty, or
#: comments only), which behave skips.
NO_FEATURE = "NO-FEATURE: the file has no Feature"
#: What an `UnparsableExplainer` is told, followed by the name, of a ``# language:`` line
#: naming a language behave does not know (behave ends the run with a ``KeyError``).
UNKNOWN_LANGUAGE = "UNKNOWN-LANGUAGE: "
#: Words for a feature file behave cannot parse: its path, the line, the line's text and
#: behave's message; None to keep behave's own.
UnparsableExplainer = Callable[[str, "int | None", "str | None", str], "str | None"]
#: Words for a sentence defined twice (the new step's keyword, text, function and location,
#: and the step matcher that has it), or None to leave behave's own error.
SameSentenceExplainer = Callable[[str, str, Callable[..., Any], str, Any], "str | None"]


def on_feature_not_utf8(
    explain: NotUtf8Explainer, unparsable: UnparsableExplainer | None = None
) -> None:
    """Make behave report a feature file that is not UTF-8 in ``explain``'s words.

    behave's ``parser.parse_file`` decodes every feature file as UTF-8 and lets a
    ``UnicodeDecodeError`` end the run in a traceback, before any hook runs; a
    ``ParserError`` it prints as one line. With ``unparsable``, behave's own parse errors
    are told in its words too (when it has some). A file that starts with a UTF-8 byte
    order mark (Windows editors write one) is read without it. Installing again replaces
    both.
    """
    parse_file = getattr(parser.parse_file, _BEHAVES, parser.parse_file)

    def parse_utf8_file(filename: str, language: str | None = None) -> Any:
        try:
            parsed = _parse_with_bom(parse_file, filename, language)
            if parsed is None and unparsable is not None:  # behave skips it without a word
                words = unparsable(filename, 1, None, NO_FEATURE)
                if words is not None:
                    raise FeatureFileUnreadable(words, filename, 1)
            return parsed
        except UnicodeDecodeError as error:
            line = bytes(error.object[: error.start]).count(b"\n") + 1
            raise FeatureFileUnreadable(explain(filename, line, error), filename, line) from None
        except FeatureFileUnreadable:
            raise
        except KeyError as error:
            written = _unknown_language(filename, error)
            if written is None or unparsable is None:
                raise
            line, language_line = written
            told = unparsable(filename, line, language_line, UNKNOWN_LANGUAGE + str(error.args[0]))
            if told is None:
                raise
            raise FeatureFileUnreadable(told, filename, line) from None
        except ParserError as error:  # a byte order mark was read past in _parse_with_bom
            stopped_at: int | None = getattr(error, "line", None)
            words = None
            if unparsable is not None:
                behaves = str(error.args[0]) if error.args else ""
                text = getattr(error, "line_text", None)
                words = unparsable(filename, stopped_at, text, behaves)
            if words is None:
                raise
            raise FeatureFileUnreadable(words, filename, stopped_at) from None

    setattr(parse_utf8_file, _BEHAVES, parse_file)
    parser.parse_file = parse_utf8_file


def _parse_with_bom(parse_file: Callable[..., Any], filename: str, language: str | None) -> Any:
    # behave reads the byte order mark as part of the first line, so that "Feature:" or
    # "# language:" is not seen: only a file behave refuses is looked at again
    try:
        parsed = parse_file(filename, language=language)
    except ParserError:
        if not _starts_with_bom(filename):
            raise
        parsed = None
    if parsed is None and _starts_with_bom(filename):
        with open(filename, encoding="utf-8-sig") as file:
            return parser.parse_feature(file.read(), language, filename)
    return parsed


def _unknown_language(filename: str, error: KeyError) -> tuple[int, str] | None:
    """The line and text of the ``# language:`` line whose name behave's ``KeyError`` is."""
    from behave.i18n import languages  # only for a file behave could not read

    name = str(error.args[0]) if error.args else ""
    if not name or name in languages:
        return None
    with open(filename, encoding="utf-8-sig") as file:
        for number, text in enumerate(file, 1):
            words = text.strip().lstrip("#").strip()
            if words.lower().startswith("language:") and words[9:].strip() == name:
                return number, text.strip()
    return None


def _starts_with_bom(filename: str) -> bool:
    with open(filename, "rb") as file:
        return file.read(3) == b"\xef\xbb\xbf"


def runner_reads(step_type: str, text: str) -> bool:
    """Whether a step definition of the run (the project's or the library's) reads a step
    of this type and text, not counting the library's step for steps no sentence reads."""
    registry = _runner_module.the_step_registry
    step = SimpleNamespace(step_type=step_type, name=text, keyword="")
    found = registry.find_match(step)
    module = str(getattr(getattr(found, "func", None), "__module__", ""))
    return found is not None and not module.endswith("_unmatched")


def on_same_sentence(explain: SameSentenceExplainer, registry: Any = None) -> None:
    """Make ``registry`` refuse a sentence that another step reads, in ``explain``'s words.

    behave's ``StepRegistry.add_step_definition`` raises ``AmbiguousStep`` while the step
    modules load, which ends the run in a traceback; ``explain`` turns it into a
    `SameStepSentence` when it has words for it. Installing again replaces ``explain``.
    The registry is by default the runner's, which ``behave.given`` and the step modules'
    decorators register with (``step_registry.registry`` is replaced by a new, unused one
    when behave's command line starts).
    """
    registry = _runner_module.the_step_registry if registry is None else registry
    add_step_definition = getattr(
        registry.add_step_definition, _BEHAVES, registry.add_step_definition
    )

    def add_or_explain(keyword: str, step_text: str, func: Callable[..., Any]) -> None:
        try:
            add_step_definition(keyword, step_text, func)
        except AmbiguousStep:
            existing = _defining(registry, keyword, step_text)
            where = str(FileLocation.for_function(func))
            words = explain(keyword, step_text, func, where, existing) if existing else None
            if words is None:
                raise
            raise SameStepSentence(words) from None

    setattr(add_or_explain, _BEHAVES, add_step_definition)
    registry.add_step_definition = add_or_explain


def _defining(registry: Any, keyword: str, step_text: str) -> Any:
    """The step matcher of ``keyword`` that already reads ``step_text``, as behave finds it."""
    for existing in step_definitions(registry)[keyword.lower()]:
        if existing.matches(step_text):
            return existing
    return None


def stopped_by_before_all(context: object) -> bool:
    """Whether the run behind ``context`` was stopped by its ``before_all`` hook raising:
    aborted, after a hook failed, before its first feature."""
    runner = _runner(context)
    if runner is None:
        return False
    failed = getattr(runner, "hook_failures", 0)
    return bool(getattr(runner, "aborted", False) and failed and runner.feature is None)


def scenario_container(scenario: Any) -> object:
    """The Feature or Rule whose scenarios ``scenario`` is run among (an outline's rows
    are its container's)."""
    parent = getattr(scenario, "parent", None)
    if isinstance(parent, ScenarioOutline):
        parent = parent.parent
    return parent


def fail_scenario_as_it_ends(context: object, scenario: Any, message: str) -> None:
    """Fail ``scenario``, whose steps and hooks have run, as a failing hook would: its
    status and error message say so, and the run fails. ``message`` is printed to the
    console, past behave's capture of the scenario's cleanups (which shows nothing of a
    cleanup that did not raise)."""
    print(message, file=sys.__stdout__ or sys.stdout, flush=True)
    scenario.hook_failed = True
    scenario.error_message = (
        f"{scenario.error_message}\n{message}" if scenario.error_message else message
    )
    scenario.set_status(Status.hook_error)
    runner = _runner(context)
    if runner is not None:
        runner.hook_failures += 1


def move_failure_to(scenario: Any, location: str, not_run: Collection[str] = ()) -> Any:
    """Show the failure of ``scenario``'s failed step on its passed step at ``location``.

    The failed step is shown skipped, and so are the steps at ``not_run`` after the cause
    (they were run but did nothing: what they stood for never happened); the steps that
    really ran keep their results. Called when the scenario has ended: the summary, the
    JUnit report and the living document read these. Returns the step now shown failed
    (None when nothing moved).
    """
    steps = list(getattr(scenario, "all_steps", ()))
    failed = next((step for step in steps if step.status.has_failed()), None)
    cause = next((step for step in steps if str(step.location) == location), None)
    if failed is None or cause is None or cause.status is not Status.passed:
        return None
    for between in steps[steps.index(cause) + 1 : steps.index(failed)]:
        if str(between.location) in not_run:
            between.status = Status.skipped
    cause.status, failed.status = failed.status, Status.skipped
    cause.error_message, failed.error_message = failed.error_message, None
    cause.exception, failed.exception = failed.exception, None
    cause.exc_traceback, failed.exc_traceback = failed.exc_traceback, None
    return cause


def before_formatters_see_error(context: object, see: Callable[[Any], None]) -> bool:
    """Call ``see(step)`` when a step ends in an error (an exception that is not an
    assertion), before any formatter of the run is told its result: ``see`` may change
    the step's ``error_message``, which the formatters print and the reports keep.

    Installed on the run's first formatter, in place of its ``result``; a step that did
    not err costs one call and one comparison. False when the run has no formatter
    (behave-pool's workers): nothing is installed.
    """
    formatters: list[Any] = run_formatters(context) or []
    first: Any = formatters[0] if formatters else None
    told: Callable[[object], object] | None = getattr(first, "result", None)
    if told is None:
        return False
    error = Status.error

    def result(step: Any) -> None:
        if step.status is error:
            see(step)
        told(step)

    first.result = result
    return True


def captures_stdout(context: object) -> bool:
    """Whether the run behind ``context`` captures what steps print (not ``--no-capture``)."""
    config = getattr(_runner(context), "config", None)
    return bool(getattr(config, "capture_stdout", False))


def step_printers(context: object) -> list[Any]:
    """The formatters of the run that print each step as it ends (``-f plain``, ``pretty``,
    ``json``…): those with a ``match`` or ``result`` of their own."""
    formatters: list[Any] = run_formatters(context) or []
    return [
        formatter
        for formatter in formatters
        if getattr(type(formatter), "match", Formatter.match) is not Formatter.match
        or getattr(type(formatter), "result", Formatter.result) is not Formatter.result
    ]


class HeldStepOutput:
    """What behave tells one formatter about the steps, held back while ``holding`` says so.

    Installed on the formatter, in place of its ``match`` and ``result``. A step's result
    is held while ``holding(step)`` is true when it ends, and so is everything after it
    until a step ends with ``holding`` false or `release` is called: the formatter is told
    it all in behave's order, with the steps' results as they stand then.
    """

    def __init__(self, formatter: Any, holding: Callable[[Any], bool]) -> None:
        """Hold back what behave tells ``formatter`` about each step while ``holding``."""
        self._match: Callable[[object], object] = formatter.match
        self._result: Callable[[object], object] = formatter.result
        self._holding = holding
        self._held: list[tuple[Callable[[object], object], object]] = []
        formatter.match = self.match
        formatter.result = self.result

    def match(self, match: object) -> None:
        """A step starts: the formatter is told now, unless an earlier step is held."""
        if self._held:
            self._held.append((self._match, match))
        else:
            self._match(match)

    def result(self, step: object) -> None:
        """A step ended: the formatter is told now, unless this or an earlier step is held."""
        holding = self._holding(step)
        if not self._held and not holding:
            self._result(step)
            return
        self._held.append((self._result, step))
        if not holding:
            self.release()

    def release(self) -> None:
        """Tell the formatter all that was held."""
        held, self._held = self._held, []
        for tell, about in held:
            tell(about)

    def release_shown(self) -> None:
        """Tell the formatter what was held up to the result of the last step not shown
        skipped; nothing of the skipped steps after it (behave tells formatters nothing of
        the steps a failure skips, and prints them skipped when the scenario ends)."""
        held, self._held = self._held, []
        shown = [
            n
            for n, (tell, about) in enumerate(held)
            if tell is self._result and getattr(about, "status", None) is not Status.skipped
        ]
        for tell, about in held[: shown[-1] + 1 if shown else 0]:
            tell(about)
