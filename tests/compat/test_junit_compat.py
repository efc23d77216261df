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
