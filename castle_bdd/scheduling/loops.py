"""A deadline or scheduled event that keeps scheduling itself: a loop, stopped and named.

A timeline fires at most so many items without time moving on, and so many in one
move of time. Past either bound the handler is in a loop; the message names the item,
the handler that keeps scheduling it (when its class is known) and how to raise the
bound, which ``[tool.castle_bdd] max_firings`` sets for the fixtures.
"""

from __future__ import annotations

from datetime import datetime

from castle_bdd.domain import handlers_of
from castle_bdd.domain.handlers import where_defined
from castle_bdd.scheduling.errors import SchedulingError
from castle_bdd.scheduling.items import ScheduledItem

#: The setting under ``[tool.castle_bdd]`` that bounds the firings of a loop.
MAX_FIRINGS_SETTING = "max_firings"


class SchedulingLoopError(SchedulingError):
    """Items kept firing past the timeline's bound: a handler schedules in a loop."""

    def __init__(self, item: ScheduledItem, bound: int, now: datetime, in_place: bool) -> None:
        """``item`` fired as the ``bound``-th item, at ``now``."""
        self.item = item
        where = (
            f"at {now.isoformat()} without time moving on" if in_place else "in one move of time"
        )
        super().__init__(
            f"{_what(item)} fired more than {bound} times {where}: {_handler(item)} schedules "
            "it again each time it fires, a loop. Schedule it later or stop scheduling it; "
            f"if the loop is meant to end, raise the bound: {MAX_FIRINGS_SETTING} = "
            f"{bound * 10} under [tool.castle_bdd]"
        )


def _what(item: ScheduledItem) -> str:
    if item.kind == "deadline":
        return f"the deadline {item.deadline_name or type(item.payload).__name__}"
    return f"the scheduled event {type(item.payload).__name__}"


def _handler(item: ScheduledItem) -> str:
    owner = getattr(item.scope, "aggregate_type", None) or getattr(item.scope, "saga_type", None)
    if isinstance(owner, type) and item.kind == "deadline":
        handler = handlers_of(owner).find_deadline(item.deadline_name or "", item.payload)
        if handler is not None:
            return f"its handler {owner.__name__}.{handler.function.__name__} " + (
                f"({where_defined(handler.function)})"
            )
    return "a handler"
