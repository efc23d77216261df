"""What castle_bdd._compat.behave relies on, against the installed behave."""

from __future__ import annotations

from pathlib import Path

from behave import matchers
from behave.configuration import Configuration
from behave.runner import Context, Runner

from castle_bdd._compat.behave import (
    registering_with,
    run_features,
    run_formatters,
    run_hooks,
    run_wide,
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
