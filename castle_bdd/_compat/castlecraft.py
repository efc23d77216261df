"""castlecraft-engineer's protected names: hearing of an event handler's exception.

castlecraft's `EventBus.publish` runs each registered handler in a task, gathers what
they raise and only logs it: a command whose event handler crashed still succeeds, and
a test would pass over the crash. The bus here tells of each exception first, then lets
castlecraft log it and go on as it always does.

Relies on: ``EventBus._execute_handler(handler, event)``, the coroutine ``publish``
awaits (in a task) for each handler, which raises what the handler raised; and the
logger ``Projector.handle_event`` logs a handler's exception with (its traceback too)
before it raises it again: the logger of the projector's module.
"""

from __future__ import annotations

import logging

from castlecraft_engineer.abstractions.event import Event
from castlecraft_engineer.abstractions.event_bus import EventBus
from castlecraft_engineer.abstractions.event_handler import EventHandler
from castlecraft_engineer.abstractions.projector import Projector

__all__ = ["HandlerWatchingEventBus", "projector_logger"]


def projector_logger() -> logging.Logger:
    """The logger castlecraft's projectors log a crashed handler with."""
    return logging.getLogger(Projector.__module__)


class HandlerWatchingEventBus(EventBus):
    """castlecraft's `EventBus`, calling `handler_raised` for each handler's exception."""

    def handler_raised(self, handler: EventHandler[Event], error: Exception) -> None:
        """Told of ``error``, which ``handler`` raised; castlecraft logs it next."""

    async def _execute_handler(self, handler: EventHandler[Event], event: Event) -> None:
        try:
            await super()._execute_handler(handler, event)
        except Exception as error:
            self.handler_raised(handler, error)
            raise
