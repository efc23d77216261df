"""behave's JUnit reporter, with a ``@known-issue`` expected failure told apart, and
castle-bdd's own failures from a hook told in words.

behave writes a bare ``<skipped/>`` for every skipped scenario, and none at all when
``show_skipped`` is off. An expected failure is a result: it is always reported, as
``<skipped type="expected failure" message="...">`` with the failure that was expected
(as pytest reports an ``xfail``), while a scenario the tags left out (``@wip``) keeps
behave's own treatment.

A scenario that fails in a hook, before any step, gets behave's traceback of the hook's
exception as the text of its ``<error>``. When that exception is castle-bdd's (a feature
file's mistake refused before the steps, a bug in a project's hook told in the frames of
its code), the text is its message instead: the traceback would show castle-bdd's and
behave's frames, which are neither the feature file's line nor the project's code.

The reporter's ``_process_scenario`` and ``_make_problem_description_for`` are behave's
private methods, and ``CDATA`` its private helper.
"""

from __future__ import annotations

from typing import Any

from behave.reporter.junit import CDATA, JUnitReporter

from castle_bdd.errors import CastleBddError
from castle_bdd.gherkin.model import Feature, Scenario
from castle_bdd.marks import EXPECTED_FAILURE, KNOWN_ISSUE_ATTRIBUTE

#: The ``type`` of the ``<skipped>`` element of an expected failure.
EXPECTED_FAILURE_TYPE = "expected failure"


class KnownIssueJUnitReporter(JUnitReporter):  # type: ignore[misc]
    """behave's JUnit reporter; expected failures carry their reason, and castle-bdd's
    failures from a hook their message."""

    def __init__(self, config: object) -> None:
        super().__init__(config)
        self._configured_always = bool(getattr(self, "show_skipped_always", False))

    def feature(self, feature: Feature) -> None:
        """Report a feature; one with an expected failure is reported even when skipped."""
        expected = any(_expected(s) for s in feature.walk_scenarios())
        self.show_skipped_always = self._configured_always or expected
        try:
            super().feature(feature)
        finally:
            self.show_skipped_always = self._configured_always

    def _process_scenario(self, scenario: Scenario, report: Any) -> None:
        expected = _expected(scenario)
        before = self.show_skipped_always
        self.show_skipped_always = self._configured_always or expected
        try:
            super()._process_scenario(scenario, report)
        finally:
            self.show_skipped_always = before
        if expected:
            skipped = report.testcases[-1].find("skipped")
            skipped.set("type", EXPECTED_FAILURE_TYPE)
            skipped.set("message", expected_failure_reason(scenario))

    def _make_problem_description_for(
        self, element_name: str, scenario: Scenario, step: object
    ) -> Any:
        element = super()._make_problem_description_for(element_name, scenario, step)
        exception = getattr(scenario, "exception", None)
        if step is None and isinstance(exception, CastleBddError):
            for text in list(element):
                element.remove(text)
            element.append(CDATA(str(exception)))
        return element


def expected_failure_reason(scenario: Scenario) -> str:
    """The failure a ``@known-issue`` scenario was expected to have, as its step recorded it."""
    messages = (str(s.error_message) for s in scenario.all_steps if s.error_message)
    return next(messages, "@known-issue: expected failure")


def report_expected_failures(config: Any) -> None:
    """Swap behave's JUnit reporter of ``config`` (if ``--junit`` is on) for this one."""
    if config is None:
        return
    config.reporters = [
        KnownIssueJUnitReporter(config) if type(r) is JUnitReporter else r
        for r in getattr(config, "reporters", [])
    ]


def _expected(scenario: object) -> bool:
    return bool(getattr(scenario, KNOWN_ISSUE_ATTRIBUTE, None) == EXPECTED_FAILURE)
