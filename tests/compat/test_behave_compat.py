"""What castle_bdd._compat.behave relies on, against the installed behave."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from behave import given, matchers, parser
from behave import runner as behave_runner
from behave.configuration import Configuration
from behave.exception import ConstraintError
from behave.formatter._registry import make_formatters
from behave.formatter.base import StreamOpener
from behave.model_core import Status
from behave.parser import ParserError, parse_feature
from behave.runner import Context, Runner
from behave.runner_util import parse_features
from behave.step_registry import AmbiguousStep, StepRegistry

from castle_bdd._compat.behave import (
    FeatureFileUnreadable,
    HeldStepOutput,
    SameStepSentence,
    move_failure_to,
    on_feature_not_utf8,
    on_same_sentence,
    registering_with,
    run_features,
    run_formatters,
    run_hooks,
    run_wide,
    step_printers,
)


def _runner(tmp_path: Path) -> Runner:
    (tmp_path / "features").mkdir()
    return Runner(Configuration(command_args=[str(tmp_path / "features")], load_config=False))


def test_a_context_knows_its_runner_and_the_runners_tables(tmp_path: Path) -> None:
    runner = _runner(tmp_path)  # a context holds its runner weakly
    context = Context(runner)
    hooks = run_hooks(context)
    assert hooks is not None and hooks is context._runner.hooks
    assert run_formatters(context) == list(context._runner.formatters or [])
    assert run_features(context) == list(context._runner.features)


def test_outside_a_behave_run_there_is_no_runner() -> None:
    class NotAContext:
        pass

    assert run_hooks(NotAContext()) is None
    assert run_formatters(NotAContext()) is None
    assert run_features(NotAContext()) is None


def test_run_wide_state_outlives_a_scenarios_frame(tmp_path: Path) -> None:
    runner = _runner(tmp_path)
    context = Context(runner)
    context._push("scenario")
    run_wide(context)["castle_probe"] = 1
    context.scenario_name = "frame only"
    context._pop()
    assert run_wide(context)["castle_probe"] == 1
    assert context.castle_probe == 1
    assert not hasattr(context, "scenario_name")


def test_steps_registered_inside_the_block_use_the_chosen_matcher() -> None:
    class Chosen(matchers.ParseMatcher):  # type: ignore[misc]
        pass

    factory = matchers.get_step_matcher_factory()
    before = factory.current_matcher
    with registering_with(Chosen):
        assert factory.current_matcher is Chosen
        assert type(factory.make_step_matcher(lambda context: None, "a sentence")) is Chosen
    assert factory.current_matcher is before


@pytest.fixture
def behave_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    """behave's parser as it is now, put back after the test."""
    monkeypatch.setattr(parser, "parse_file", parser.parse_file)


@pytest.mark.usefixtures("behave_parser")
def test_a_feature_file_that_is_not_utf8_is_a_parser_error_in_the_given_words(
    tmp_path: Path,
) -> None:
    feature = tmp_path / "latin.feature"
    feature.write_bytes("Feature: Caf\u00e9s\n\n  Scenario: Caf\u00e9\n".encode("latin-1"))

    def explain(filename: str, line: int, error: UnicodeDecodeError) -> str:
        return f"{Path(filename).name}:{line}: byte {error.object[error.start]:#x}"

    on_feature_not_utf8(explain)
    on_feature_not_utf8(explain)  # installing again keeps one wrapper around behave's
    with pytest.raises(FeatureFileUnreadable) as raised:
        parse_features([str(feature)])  # what behave's runner calls for the feature files
    assert isinstance(raised.value, ParserError)  # behave's command line prints it in a line
    assert str(raised.value) == "latin.feature:1: byte 0xe9"
    assert raised.value.line == 1
    assert raised.value.__cause__ is None and raised.value.__suppress_context__


@pytest.mark.usefixtures("behave_parser")
def test_a_line_behave_stops_at_is_told_in_the_words_given(tmp_path: Path) -> None:
    feature = tmp_path / "and.feature"
    feature.write_text("Feature: F\n\n  Scenario: s\n    And x\n", encoding="utf-8")
    seen: list[tuple[int | None, str]] = []

    def unparsable(filename: str, line: int | None, text: str | None, behaves: str) -> str:
        seen.append((line, behaves))
        return f"{Path(filename).name}:{line}: starts with And"

    on_feature_not_utf8(lambda filename, line, error: "unused", unparsable)
    with pytest.raises(FeatureFileUnreadable) as raised:
        parse_features([str(feature)])
    assert str(raised.value) == "and.feature:4: starts with And"
    assert raised.value.line == 4 and seen[0][0] == 4 and "AND-STEP" in seen[0][1]


@pytest.mark.usefixtures("behave_parser")
def test_a_feature_file_saved_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    feature = tmp_path / "bom.feature"
    feature.write_bytes(b"\xef\xbb\xbfFeature: F\n\n  Scenario: s\n    Given x\n")
    on_feature_not_utf8(lambda filename, line, error: "unused", lambda *words: "unused")
    (parsed,) = parse_features([str(feature)])
    assert parsed.name == "F" and parsed.scenarios[0].steps[0].name == "x"


@pytest.mark.usefixtures("behave_parser")
def test_a_line_without_words_keeps_behaves_error(tmp_path: Path) -> None:
    feature = tmp_path / "and.feature"
    feature.write_text("Feature: F\n\n  Scenario: s\n    And x\n", encoding="utf-8")
    on_feature_not_utf8(lambda filename, line, error: "unused", lambda *words: None)
    with pytest.raises(ParserError) as raised:
        parse_features([str(feature)])
    assert not isinstance(raised.value, FeatureFileUnreadable)
    assert "AND-STEP" in str(raised.value)


@pytest.mark.usefixtures("behave_parser")
def test_a_utf8_feature_file_is_parsed_as_behave_parses_it(tmp_path: Path) -> None:
    feature = tmp_path / "utf8.feature"
    feature.write_text("Feature: Caf\u00e9s\n\n  Scenario: s\n    Given x\n", encoding="utf-8")
    on_feature_not_utf8(lambda filename, line, error: "unused")
    (parsed,) = parse_features([str(feature)])
    assert parsed.name == "Caf\u00e9s" and parsed.scenarios[0].steps[0].name == "x"


def _explain_all(keyword: str, text: str, func: Any, where: str, existing: Any) -> str:
    return f"{keyword} {text} at {where}, and {existing.pattern} at {existing.location}"


def test_a_sentence_registered_twice_is_refused_in_the_given_words() -> None:
    registry = StepRegistry()
    on_same_sentence(_explain_all, registry)
    on_same_sentence(_explain_all, registry)  # installing again keeps one wrapper

    def first(context: object) -> None: ...

    def second(context: object) -> None: ...

    registry.make_decorator("given")("no prior activity")(first)
    with pytest.raises(SameStepSentence) as raised:
        registry.make_decorator("given")("no prior activity")(second)
    assert isinstance(raised.value, AmbiguousStep) and isinstance(raised.value, ConstraintError)
    assert str(raised.value).startswith("given no prior activity at tests/compat/")
    assert str(raised.value).endswith(
        f"and no prior activity at {registry.steps['given'][0].location}"
    )
    assert len(registry.steps["given"]) == 1


def test_without_words_behave_refuses_the_sentence_as_it_does() -> None:
    registry = StepRegistry()
    on_same_sentence(lambda keyword, text, func, where, existing: None, registry)
    registry.make_decorator("when")("time passes")(lambda context: None)
    with pytest.raises(AmbiguousStep) as raised:
        registry.make_decorator("when")("time passes")(lambda context: None)
    assert not isinstance(raised.value, SameStepSentence)


def test_behave_s_step_decorators_register_with_the_runner_s_registry() -> None:
    # the registry on_same_sentence watches unless told another
    before = {kind: list(steps) for kind, steps in behave_runner.the_step_registry.steps.items()}
    try:
        given("a sentence no step library has, registered by a test")(lambda context: None)
        added = behave_runner.the_step_registry.steps["given"][-1]
        assert added.pattern == "a sentence no step library has, registered by a test"
    finally:
        behave_runner.the_step_registry.steps.update(before)


def test_behave_prints_a_parser_or_constraint_error_in_one_line(tmp_path: Path) -> None:
    steps = tmp_path / "features" / "steps"
    steps.mkdir(parents=True)
    (tmp_path / "features" / "a.feature").write_text("Feature: a\n")
    raising = "from behave.exception import ConstraintError\nraise ConstraintError('in a line')\n"
    (steps / "refused.py").write_text(raising)
    result = subprocess.run(
        [sys.executable, "-m", "behave", "-f", "plain"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 1
    assert "ConstraintError: in a line" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_a_failure_moves_to_the_step_that_caused_it() -> None:
    text = "Feature: f\n  Scenario: s\n    Given a\n    When b\n    Then c\n"
    (scenario,) = parse_feature(text, filename="f.feature").scenarios
    given, when, then = scenario.steps
    given.status, when.status, then.status = Status.passed, Status.failed, Status.skipped
    when.error_message, when.exception = "f.feature:3: it broke", AssertionError("it broke")
    move_failure_to(scenario, "f.feature:3")
    assert [given.status, when.status, then.status] == [
        Status.failed,
        Status.skipped,
        Status.skipped,
    ]
    assert given.error_message == "f.feature:3: it broke" and when.error_message is None
    assert isinstance(given.exception, AssertionError) and when.exception is None
    assert scenario.status == Status.failed
    move_failure_to(scenario, "f.feature:3")  # once moved, nothing more to move
    assert given.status == Status.failed and when.status == Status.skipped


def test_only_the_steps_that_never_ran_between_the_cause_and_the_failure_are_skipped() -> None:
    text = "Feature: f\n  Scenario: s\n    Given a\n    And b\n    And c\n    When d\n"
    (scenario,) = parse_feature(text, filename="f.feature").scenarios
    cause, ran, never_ran, when = scenario.steps
    for step in (cause, ran, never_ran):
        step.status = Status.passed
    when.status = Status.failed
    when.error_message = "f.feature:3: it broke"
    assert move_failure_to(scenario, "f.feature:3", {"f.feature:5"}) is cause
    assert [cause.status, ran.status, never_ran.status, when.status] == [
        Status.failed,
        Status.passed,
        Status.skipped,
        Status.skipped,
    ]
    assert move_failure_to(scenario, "f.feature:3") is None


class _Printer:
    """A formatter that notes what behave tells it."""

    def __init__(self) -> None:
        self.told: list[str] = []

    def match(self, match: object) -> None:
        self.told.append(f"match {match}")

    def result(self, step: object) -> None:
        self.told.append(f"result {step}")


def test_step_output_is_held_while_asked_then_told_in_order() -> None:
    printer = _Printer()
    holding = [False]
    HeldStepOutput(printer, lambda step: holding[0])
    printer.match("a")
    holding[0] = True
    printer.result("a")
    printer.match("b")
    assert printer.told == ["match a"]
    printer.result("b")
    holding[0] = False
    printer.match("c")
    printer.result("c")
    assert printer.told == ["match a", "result a", "match b", "result b", "match c", "result c"]
    printer.match("d")
    printer.result("d")
    assert printer.told[-2:] == ["match d", "result d"]


def test_holding_is_asked_about_the_step_that_ended() -> None:
    printer = _Printer()
    HeldStepOutput(printer, lambda step: step != "b")
    for step in ("a", "b", "c"):
        printer.match(step)
        printer.result(step)
    assert printer.told == ["match a", "result a", "match b", "result b", "match c"]


@dataclass
class _Step:
    name: str
    status: Status

    def __str__(self) -> str:
        return self.name


def test_released_output_ends_with_the_last_step_not_shown_skipped() -> None:
    printer = _Printer()
    held = HeldStepOutput(printer, lambda step: True)
    statuses = [Status.failed, Status.skipped, Status.passed, Status.skipped, Status.skipped]
    for name, status in zip("abcde", statuses, strict=True):
        printer.match(name)
        printer.result(_Step(name, status))
    held.release_shown()
    told = ["match a", "result a", "match b", "result b", "match c", "result c"]
    assert printer.told == told
    held.release()
    assert printer.told == told


def test_released_output_is_all_told_when_asked() -> None:
    printer = _Printer()
    held = HeldStepOutput(printer, lambda step: True)
    printer.match("a")
    printer.result(_Step("a", Status.skipped))
    held.release()
    assert printer.told == ["match a", "result a"]


def test_the_printers_of_a_run_are_the_formatters_that_print_each_step(tmp_path: Path) -> None:
    (tmp_path / "features").mkdir()
    arguments = ["-f", "plain", "-f", "null", "-f", "json", "-o", str(tmp_path / "r.json")]
    configuration = Configuration(
        command_args=[*arguments, str(tmp_path / "features")], load_config=False
    )
    runner = Runner(configuration)
    runner.formatters = make_formatters(configuration, [StreamOpener(stream=sys.stdout)] * 3)
    context = Context(runner)
    assert [type(f).__name__ for f in step_printers(context)] == ["PlainFormatter", "JSONFormatter"]


@pytest.mark.usefixtures("behave_parser")
@pytest.mark.parametrize("first_line", ["Feature: Cafés", "# language: en\nFeature: Cafés"])
def test_a_feature_file_saved_with_a_byte_order_mark_is_parsed(
    tmp_path: Path, first_line: str
) -> None:
    feature = tmp_path / "bom.feature"
    text = f"{first_line}\n\n  Scenario: s\n    Given x\n"
    feature.write_text(text, encoding="utf-8-sig")
    on_feature_not_utf8(lambda filename, line, error: "unused", lambda *words: "refused")
    (parsed,) = parse_features([str(feature)])
    assert parsed.name == "Cafés" and parsed.scenarios[0].steps[0].name == "x"
    assert parsed.scenarios[0].steps[0].line == text.count("\n")


@pytest.mark.usefixtures("behave_parser")
def test_a_byte_order_mark_keeps_the_line_of_a_mistake_after_it(tmp_path: Path) -> None:
    feature = tmp_path / "bom.feature"
    feature.write_text("Feature: F\n\n  Scenario: s\n    And x\n", encoding="utf-8-sig")
    on_feature_not_utf8(lambda filename, line, error: "unused", lambda *words: f"{words[1]}")
    with pytest.raises(FeatureFileUnreadable) as raised:
        parse_features([str(feature)])
    assert str(raised.value) == "4"
