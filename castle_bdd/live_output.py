"""When behave's live formatters are told the steps' results: a failing Given on its line.

Given steps run when the When step runs them. The formatters that print each step as it
ends (``-f plain``, ``pretty``, ``json``, the default one) would print every Given passed
and the When failed when a Given's code fails. So, from the first Given step recorded,
what behave tells those formatters about the steps is held back until:

- the When has run the Given steps and passed or failed on its own: the held output is
  told at once;
- the When failed with a Given's failure: when the scenario ends, before its
  ``after_scenario`` hooks, the failure is moved onto that Given (`move_failure_to`) and
  the held output is told, so the Given prints failed with the message under it. The
  steps shown skipped at the end (the Given steps after it, which did nothing, and the
  When) are left out, as behave leaves out the steps a failure skips; steps that really
  ran (the project's own steps, the Then steps of a scenario that continues after a
  failed step) keep their output and their results;
- a step that is not the When fails, is skipped, or is the scenario's last: no When will
  run the Given steps, and the output is told before the scenario ends.

Nothing is held when the run does not capture what steps print (``--no-capture``): a
print would come out above the Given steps it follows. A Given's failure is then shown
on the When as it runs, and on the Given in the summary and the reports.

A step of the project's own that raises (a bug in it, or in the code it calls) is told
in the frames of the project's code (`show_step_frames`), as the living document tells
it: behave would print its whole traceback, its own frames first. Its exception's
traceback keeps those frames alone, for the reports that format it themselves
(behavex's, behave-pool's).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from castle_bdd._compat.behave import (
    HeldStepOutput,
    before_formatters_see_error,
    captures_stdout,
    move_failure_to,
    run_formatters,
    run_hooks,
    run_wide,
    step_printers,
)
from castle_bdd.fixtures.user_code import UserCodeError, code_failure, user_traceback
from castle_bdd.hooks import chain_hook, run_first_once

if TYPE_CHECKING:
    from castle_bdd.gherkin.scenario import CastleScenario

__all__ = [
    "hold_given_output",
    "own_step_failure",
    "release_held_output",
    "show_on_the_given",
    "show_step_frames",
]

_HELD_OUTPUT = "_castle_bdd_held_output"
_SHOWN_AT_END = "_castle_bdd_shows_step_frames"
#: The behave scenario that runs now and its `CastleScenario`, or None between scenarios.
Running = Callable[[], "tuple[Any, CastleScenario] | None"]


def hold_given_output(context: object, running: Running) -> None:
    """Hold back the Given steps' output for the formatters that print each step as it ends.

    Called once a run; ``running`` tells which scenario runs when a step ends.
    """
    if not captures_stdout(context):
        return
    holding = partial(_givens_unsettled, running)
    holders = [HeldStepOutput(formatter, holding) for formatter in step_printers(context)]
    if holders:
        run_wide(context)[_HELD_OUTPUT] = holders


def show_step_frames(context: object) -> None:
    """Tell a step of the project's own that raised in the frames of the project's code,
    on the console and in the reports. Called once a run.

    A run without formatters (behave-pool's workers) is told when each scenario that
    failed ends, before its reports are written; a scenario that passed costs one look
    at its status.
    """
    if before_formatters_see_error(context, _own_frames_shown):
        return
    hooks = run_hooks(context)
    if hooks is not None and run_formatters(context) == []:
        chain_hook(hooks, "after_scenario", _own_frames_shown_in, _SHOWN_AT_END, always=True)


def own_step_failure(step: Any) -> str | None:
    """What a step that ended in an error says in the frames of the project's code
    (``the step "Given …" raised KeyError: 'x'``, then file:line, function and source
    line of each); None when the exception did not come from the project's code, or is
    castle-bdd's own message."""
    shown = _own_step_error(step)
    return None if shown is None else str(shown)


def _own_step_error(step: Any) -> UserCodeError | None:
    exception = getattr(step, "exception", None)
    if getattr(step.status, "name", None) != "error" or not isinstance(exception, Exception):
        return None
    return code_failure(f'the step "{step.keyword} {step.name}"', exception)


def _own_frames_shown(step: Any) -> None:
    """The step's message, and the traceback that reports which format the exception
    themselves show (behavex's, behave-pool's), in the frames of the project's code."""
    shown = _own_step_error(step)
    if shown is not None:
        step.error_message = str(shown)
        step.exc_traceback = user_traceback(shown.exception)
        step.exception.__traceback__ = step.exc_traceback


def _own_frames_shown_in(context: object, scenario: Any) -> None:
    if getattr(scenario.status, "name", "passed") == "passed":
        return
    for step in scenario.all_steps:
        if getattr(step.status, "name", None) == "error":
            _own_frames_shown(step)


def release_held_output(context: object) -> None:
    """Tell the formatters all that is still held (the scenario has ended)."""
    for held in run_wide(context).get(_HELD_OUTPUT, ()):
        held.release()


def show_on_the_given(
    context: object, castle_scenario: CastleScenario, location: str | None
) -> None:
    """The When failed with a Given's failure: when the scenario ends, show it on the Given.

    Before the project's ``after_scenario`` hook and the run records read the scenario,
    and before the formatters are told the steps' results held back for it.
    """
    hooks = run_hooks(context)
    if hooks is not None and location is not None:
        not_run = _givens_not_run(castle_scenario, location)
        run_first_once(hooks, "after_scenario", partial(_given_failed_at, location, not_run))


def _given_failed_at(location: str, not_run: set[str], context: object, ended: object) -> None:
    move_failure_to(ended, location, not_run)
    for held in run_wide(context).get(_HELD_OUTPUT, ()):
        held.release_shown()


def _givens_not_run(castle_scenario: CastleScenario, failed: str) -> set[str]:
    """The feature file and line of the Given steps recorded after the one that failed."""
    places = [given.location for given in castle_scenario.givens]
    later = places[places.index(failed) :] if failed in places else []
    return {place for place in later if place is not None and place != failed}


def _givens_unsettled(running: Running, step: Any) -> bool:
    """Whether ``step``, just ended, leaves the scenario's Given steps waiting for the When,
    or the When failed with a Given's failure that is not moved yet."""
    kept = running()
    if kept is None:
        return False
    scenario, castle_scenario = kept
    if castle_scenario.failed_given is not None:
        return True
    if not castle_scenario.givens_pending or step.status.name != "passed":
        return False
    steps = getattr(scenario, "steps", None) or getattr(scenario, "background_steps", None)
    return not steps or step is not steps[-1]
