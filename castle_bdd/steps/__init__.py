"""castle-bdd's behave steps: import them all from a module in your ``steps/`` folder.

.. code-block:: python

    # steps/castle_steps.py
    from castle_bdd.steps import *  # noqa: F401,F403

Importing this package registers castle-bdd's parse types (``{name:MessageName}``,
``{duration:Duration}`` …) once, then the steps of each topic module. It leaves behave's
current step matcher as it was.
"""

from __future__ import annotations

import importlib

from castle_bdd.behave import RUN_SETUP
from castle_bdd.gherkin.parse_types import register_castle_types
from castle_bdd.steps._define import register_step_types
from castle_bdd.steps._loading import install_loading_checks
from castle_bdd.steps._unmatched import read_unmatched_steps

install_loading_checks()
register_castle_types()
register_step_types()
if read_unmatched_steps not in RUN_SETUP:
    RUN_SETUP.append(read_unmatched_steps)

# behave tries the steps of a keyword in the order they were registered: most used first
_TOPICS = (
    "given_steps",
    "when_steps",
    "then_steps",
    "time_steps",
    "saga_steps",
    "castlecraft_steps",
)
for _topic in _TOPICS:
    importlib.import_module(f"castle_bdd.steps.{_topic}")

from castle_bdd.steps.castlecraft_steps import (  # noqa: E402
    step_commands_are_sent_by,
    step_projection_shows,
    step_user_may,
)
from castle_bdd.steps.given_steps import (  # noqa: E402
    step_aggregate_published,
    step_aggregate_published_events,
    step_aggregate_state_is,
    step_command_was_sent,
    step_event,
    step_event_was_published,
    step_events,
    step_no_prior_activity,
)
from castle_bdd.steps.saga_steps import (  # noqa: E402
    step_command_is_dispatched,
    step_dispatched_commands_are,
    step_no_commands_are_dispatched,
    step_no_saga_is_associated,
    step_published_events_are,
    step_saga_is_associated,
    step_sagas_are_active,
)
from castle_bdd.steps.then_steps import (  # noqa: E402
    step_aggregate_is_marked_deleted,
    step_aggregate_state_has,
    step_command_fails_with,
    step_command_fails_with_message,
    step_command_returns,
    step_command_succeeds,
    step_event_is_published,
    step_events_are,
    step_events_include_in_order,
    step_no_events_are_published,
    step_no_such_event_is_published,
)
from castle_bdd.steps.time_steps import (  # noqa: E402
    step_current_time_is,
    step_deadline_is_scheduled,
    step_deadline_is_triggered,
    step_event_is_scheduled,
    step_no_deadline_is_scheduled_between,
    step_no_deadline_is_scheduled_within,
    step_no_deadlines_are_scheduled,
    step_no_events_are_scheduled,
    step_no_such_event_is_scheduled_between,
    step_no_such_event_is_scheduled_within,
    step_time_advances_to,
    step_time_elapses,
    step_time_has_elapsed,
)
from castle_bdd.steps.when_steps import (  # noqa: E402
    step_aggregate_publishes,
    step_command_is_sent,
    step_when_event_is_published,
)

__all__ = [
    "step_aggregate_is_marked_deleted",
    "step_aggregate_published",
    "step_aggregate_published_events",
    "step_aggregate_publishes",
    "step_aggregate_state_has",
    "step_aggregate_state_is",
    "step_command_fails_with",
    "step_command_fails_with_message",
    "step_command_is_dispatched",
    "step_command_is_sent",
    "step_command_returns",
    "step_command_succeeds",
    "step_command_was_sent",
    "step_commands_are_sent_by",
    "step_current_time_is",
    "step_deadline_is_scheduled",
    "step_deadline_is_triggered",
    "step_dispatched_commands_are",
    "step_event",
    "step_event_is_published",
    "step_event_is_scheduled",
    "step_event_was_published",
    "step_events",
    "step_events_are",
    "step_events_include_in_order",
    "step_no_commands_are_dispatched",
    "step_no_deadline_is_scheduled_between",
    "step_no_deadline_is_scheduled_within",
    "step_no_deadlines_are_scheduled",
    "step_no_events_are_published",
    "step_no_events_are_scheduled",
    "step_no_prior_activity",
    "step_no_saga_is_associated",
    "step_no_such_event_is_published",
    "step_no_such_event_is_scheduled_between",
    "step_no_such_event_is_scheduled_within",
    "step_projection_shows",
    "step_published_events_are",
    "step_saga_is_associated",
    "step_sagas_are_active",
    "step_time_advances_to",
    "step_time_elapses",
    "step_time_has_elapsed",
    "step_user_may",
    "step_when_event_is_published",
]
