"""A ``freeze_time`` of the project's own that a scenario left running, failed and stopped.

A ``freeze_time(...).start()`` in a step of the project's own that nothing stops would
keep every later scenario on its time, and castle-bdd's scenario clocks would start from
it. castle-bdd's per-scenario cleanup (`castle_bdd.behave`) asks here, at the cost of a
look at the length of freezegun's stack, whether the scenario ended with more freezes
running than the scenario before it in its Feature or Rule ended with.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, cast

from castle_bdd._compat.behave import fail_scenario_as_it_ends, scenario_container
from castle_bdd.clock.scenario_clock import freezes_running, stop_freezes_from

if TYPE_CHECKING:
    from castle_bdd.gherkin.model import Scenario

__all__ = ["stop_time_left_frozen"]


#: The Feature or Rule of the last scenario that ended with castle-bdd's steps, and how
#: many freezes were running then.
_ENDED_WITH = "_castle_bdd_freezes_at_end"


def stop_time_left_frozen(context: object, state: dict[str, Any], scenario: object) -> None:
    """Fail a scenario that ends with more ``freeze_time``s running than the scenario
    before it in its Feature or Rule ended with, and stop them, so that the scenarios
    after it read the real time (and their clocks start from it).

    Run as the scenario's cleanup, after its ``after_scenario`` hooks: a ``freeze_time``
    started in ``before_all``, ``before_feature`` or ``before_rule`` is running at the
    end of every scenario of the feature, and one started in ``before_scenario`` and
    stopped in ``after_scenario`` at the end of none. A passing scenario pays a look at
    the length of freezegun's stack.
    """
    running = freezes_running()
    container = scenario_container(scenario)
    before = state.get(_ENDED_WITH)
    if before is not None and before[0] is container and running > before[1]:
        frozen = stop_freezes_from(before[1])
        running = freezes_running()
        if frozen is not None:
            message = _left_frozen_message(cast("Scenario", scenario), frozen)
            fail_scenario_as_it_ends(context, scenario, message)
    state[_ENDED_WITH] = (container, running)


def _left_frozen_message(scenario: Scenario, frozen: datetime) -> str:
    written = frozen.strftime("%Y-%m-%dT%H:%M:%SZ")
    return (
        f'{scenario.filename}:{scenario.line}: the scenario "{scenario.name}" left a '
        f"freeze_time running (the time frozen at {written}), started by a step or hook of "
        "your own and never stopped: the scenarios after it would read that time as the "
        "current time, and their clocks would start from it. castle-bdd stopped it. To set "
        f'the scenario\'s time, write "Given the current time is {written}"; to freeze '
        "time in a step of your own, stop it before the scenario ends (with freeze_time(…): "
        "around the code, or freezer.stop() in an after_scenario hook)"
    )
