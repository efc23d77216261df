"""The tags castle-bdd gives meaning to, and how a ``@known-issue`` scenario is judged.

``@wip`` and ``@slow`` are plain behave tags: a project's ``[tool.behave]`` excludes
``@wip`` with ``default_tags`` and CI selects with tag expressions. ``@known-issue``
marks a scenario that is expected to fail until a bug is fixed:

- when one of its steps fails (an assertion or an error), that step and the rest of the
  scenario are reported *skipped*, like pytest's xfail in JUnit XML, so the run passes;
  the scenario is recorded as ``"expected failure"`` and the failure text stays on the
  step for the living document;
- when it passes, the known issue is *fixed*: a loud notice goes to stderr and the
  scenario is recorded as ``"fixed"``. By default that does not fail the run (the fix is
  good news); ``[tool.castle_bdd] known_issue_pass = "fail"`` fails the scenario (behave
  reports it as an error of the ``after_scenario`` hook) so that CI makes someone remove
  the tag.

An undefined step or a hook error is never an expected failure: they are mistakes in the
suite, not the known bug. The outcome is left on the behave scenario as
``scenario.castle_known_issue``.

behave calls the hooks from its own runner; `install_known_issue_hooks` wraps a runner's
``after_step`` and ``after_scenario`` hooks, keeping the project's own. Nothing here keeps
state between scenarios, so it works unchanged in the worker processes of behavex and
behave-pool.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, MutableMapping
from typing import TYPE_CHECKING, Any, Final, TextIO, cast

from behave.model_type import Status

from castle_bdd._compat.behave import run_hooks
from castle_bdd.config import SETTINGS, KnownIssuePolicy, project_settings
from castle_bdd.errors import CastleBddError
from castle_bdd.gherkin.errors import UnknownNameError, UnmatchedStepError
from castle_bdd.hooks import chain_hook
from castle_bdd.marks import EXPECTED_FAILURE, FIXED, KNOWN_ISSUE_ATTRIBUTE

if TYPE_CHECKING:
    from castle_bdd.gherkin.model import Feature, Scenario, Step

WIP: Final = "wip"
SLOW: Final = "slow"
KNOWN_ISSUE: Final = "known-issue"
#: Where the outcome of a ``@known-issue`` scenario is left on the behave scenario.
#: The ``[tool.castle_bdd]`` key that says what a passing known issue does.
KNOWN_ISSUE_PASS_SETTING: Final = "known_issue_pass"

_EXPECTED_STATUSES: Final = (Status.failed, Status.error)
_MARKER = "castle_known_issue_hook"


class KnownIssueSettingError(CastleBddError):
    """``known_issue_pass`` in ``[tool.castle_bdd]`` has a value castle-bdd does not know."""


class KnownIssueFixedError(CastleBddError):
    """A ``@known-issue`` scenario passed while ``known_issue_pass = "fail"``."""


def has_tag(element: Any, tag: str) -> bool:
    """Whether a behave feature, rule or scenario carries ``tag`` (with or without ``@``)."""
    wanted = tag.removeprefix("@")
    return any(str(own) == wanted for own in element.effective_tags)


def tagged_anywhere_in(feature: Feature, tag: str) -> bool:
    """Whether ``tag`` is on ``feature`` or on any rule, outline, examples or scenario in it.

    The answer `has_tag` would give for at least one of its scenarios, from the tags
    each element carries itself: a scenario's effective tags are a new set, made from
    its parents' at every call, which a check of every scenario of a run should not pay.
    """
    wanted = tag.removeprefix("@")
    elements = feature.walk_scenarios(with_outlines=True, with_rules=True)
    return any(str(own) == wanted for element in (feature, *elements) for own in element.tags)


def is_known_issue(scenario: object) -> bool:
    """Whether a scenario is tagged ``@known-issue`` (on itself, its rule or its feature)."""
    return has_tag(scenario, KNOWN_ISSUE)


def known_issue_policy(settings: Mapping[str, Any] | None = None) -> KnownIssuePolicy:
    """What a passing known issue does: ``"warn"`` (the default) or ``"fail"``."""
    chosen = (project_settings() if settings is None else settings).get(
        KNOWN_ISSUE_PASS_SETTING, "warn"
    )
    # a value read from pyproject.toml was checked as it was read; one given here is not
    takes, is_one = SETTINGS[KNOWN_ISSUE_PASS_SETTING]
    if not is_one(chosen):
        raise KnownIssueSettingError(
            f'[tool.castle_bdd] {KNOWN_ISSUE_PASS_SETTING} = "{chosen}" is not known: use {takes}'
        )
    return cast(KnownIssuePolicy, chosen)


def known_issue_outcome(scenario: object) -> str | None:
    """``"expected failure"``, ``"fixed"``, or None for a scenario not judged as a known issue."""
    outcome = getattr(scenario, KNOWN_ISSUE_ATTRIBUTE, None)
    return str(outcome) if outcome is not None else None


def known_issue_step_finished(scenario: Scenario, step: Step) -> None:
    """Turn a failed step of a ``@known-issue`` scenario into an expected failure.

    Call it from behave's ``after_step``: behave judges the step from its status only after
    that hook, so this is the last moment at which a failure can still pass the run.
    """
    if not is_known_issue(scenario) or known_issue_outcome(scenario) is not None:
        return
    if step.status in _EXPECTED_STATUSES and not _is_unmatched(step):
        _expect_failure(scenario, step)


def known_issue_scenario_finished(
    scenario: Scenario, policy: KnownIssuePolicy = "warn", stream: TextIO | None = None
) -> str | None:
    """Judge a finished ``@known-issue`` scenario; call it from behave's ``after_scenario``.

    A pass means the issue is fixed: it is announced on ``stream`` (default: the real
    stderr, which behave's output capture does not swallow) and, under the ``"fail"``
    policy, raises `KnownIssueFixedError`, which behave reports as a failed scenario.
    Returns the outcome, None for a scenario that is not a known issue.
    """
    if not is_known_issue(scenario):
        return None
    if known_issue_outcome(scenario) is None and scenario.status == Status.passed:
        setattr(scenario, KNOWN_ISSUE_ATTRIBUTE, FIXED)
        _announce_fixed(scenario, stream)
        if policy == "fail":
            raise KnownIssueFixedError(_fixed_message(scenario))
    return known_issue_outcome(scenario)


def install_known_issue_hooks(run: object, policy: KnownIssuePolicy | None = None) -> None:
    """Wrap a behave run's ``after_step``/``after_scenario`` hooks with known-issue handling.

    ``run`` is behave's context (call this from ``before_all``) or a runner's hook table.
    The project's own hooks still run first. Installing twice is harmless.
    """
    hooks = run if isinstance(run, MutableMapping) else run_hooks(run)
    if hooks is None:
        raise CastleBddError("install_known_issue_hooks needs behave's context in before_all")
    chosen = known_issue_policy() if policy is None else policy
    chain_hook(hooks, "after_step", _after_step, _MARKER)
    chain_hook(
        hooks,
        "after_scenario",
        lambda context, scenario: known_issue_scenario_finished(scenario, chosen),
        _MARKER,
    )


def install_known_issue_junit(config: object) -> None:
    """Make behave's JUnit XML (``--junit``) give each expected failure its reason.

    An expected failure becomes ``<skipped type="expected failure" message="...">``,
    reported even when ``show_skipped`` is off; a ``@wip`` scenario stays behave's bare
    ``<skipped/>``. A failure of castle-bdd's from a hook (a scenario refused before its
    steps) has its message as its text, not a traceback of castle-bdd's frames. Call it
    from ``before_all`` with ``context.config``. A run without ``--junit`` loads nothing.
    """
    if not getattr(config, "junit", False):
        return
    from castle_bdd._compat.junit import report_expected_failures

    report_expected_failures(config)


def _after_step(context: Any, step: Step) -> None:
    known_issue_step_finished(context.scenario, step)


def _expect_failure(scenario: Scenario, step: Step) -> None:
    # behave decides whether a step failed after after_step returns, from its status:
    # `skipped` lets the run pass, and skip() stops the rest of the scenario.
    text = _failure_text(step)
    step.status = Status.skipped
    step.error_message = f"Expected failure (@{KNOWN_ISSUE}): {text}"
    setattr(scenario, KNOWN_ISSUE_ATTRIBUTE, EXPECTED_FAILURE)
    scenario.skip()
    scenario.skip_reason = f"@{KNOWN_ISSUE}: expected failure"


def _is_unmatched(step: object) -> bool:
    # a step no step definition reads, or a name the domain does not have (a typo), is a
    # mistake in the suite, not the known bug: taken for it, it would fail for ever
    return isinstance(getattr(step, "exception", None), (UnmatchedStepError, UnknownNameError))


def _failure_text(step: object) -> str:
    exception = getattr(step, "exception", None)
    if exception is None:
        return str(getattr(step, "error_message", "") or "the step failed")
    detail = str(exception).strip()
    if isinstance(exception, CastleBddError) and detail:  # its message says it all
        return detail
    return f"{type(exception).__name__}: {detail}" if detail else type(exception).__name__


def _fixed_message(scenario: Scenario) -> str:
    return (
        f"FIXED: known issue {_where(scenario)} passed. Remove its @{KNOWN_ISSUE} tag so "
        f"that a regression fails the run."
    )


def _announce_fixed(scenario: Scenario, stream: TextIO | None) -> None:
    target = stream or sys.__stderr__ or sys.stderr
    target.write(f"\n*** {_fixed_message(scenario)}\n")
    target.flush()


def _where(scenario: Scenario) -> str:
    return f'"{scenario.name}" ({scenario.filename}:{scenario.line})'
