"""What castle_bdd._compat.junit relies on in behave's JUnit reporter."""

from __future__ import annotations

import inspect

from behave.reporter.junit import JUnitReporter


def test_the_reporter_processes_each_scenario_in_its_own_method() -> None:
    parameters = list(inspect.signature(JUnitReporter._process_scenario).parameters)
    assert parameters == ["self", "scenario", "report"]


def test_skipped_scenarios_are_shown_when_the_reporter_says_always() -> None:
    assert JUnitReporter.show_skipped_always is False
    assert "show_skipped_always" in inspect.getsource(JUnitReporter.show_skipped.fget)


def test_a_problem_is_described_by_its_own_method_as_an_element_with_one_text() -> None:
    parameters = list(inspect.signature(JUnitReporter._make_problem_description_for).parameters)
    assert parameters == ["self", "element_name", "scenario", "step"]
    source = inspect.getsource(JUnitReporter._make_problem_description_for)
    assert source.count("xml_element.append(CDATA(") == 1, "the traceback is its one text"


def test_a_hook_error_comes_to_the_description_without_a_step() -> None:
    # the scenario's error is described with the step that erred, None when a hook did
    source = inspect.getsource(JUnitReporter._process_scenario)
    assert "self._make_error_element_for(scenario, step)" in source
    assert "select_step_with_any_status(error_statuses, scenario.all_steps)" in source
