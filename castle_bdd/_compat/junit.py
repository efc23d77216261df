"""behave's JUnit reporter, with a ``@known-issue`` expected failure told apart.

behave writes a bare ``<skipped/>`` for every skipped scenario, and none at all when
``show_skipped`` is off. An expected failure is a result: it is always reported, as
``<skipped type="expected failure" message="...">`` with the failure that was expected
(as pytest reports an ``xfail``), while a scenario the tags left out (``@wip``) keeps
behave's own treatment. The reporter's ``_process_scenario`` is behave's private method.
"""

from __future__ import annotations

from typing import Any

from behave.reporter.junit import JUnitReporter

from castle_bdd.gherkin.model import Feature, Scenario
from castle_bdd.marks import EXPECTED_FAILURE, KNOWN_ISSUE_ATTRIBUTE

#: The ``type`` of the ``<skipped>`` element of an expected failure.
EXPECTED_FAILURE_TYPE = "expected failure"


class KnownIssueJUnitReporter(JUnitReporter):  # type: ignore[misc]
    """behave's JUnit reporter; expected failures carry their reason."""

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
