"""Deadline interceptors: change a deadline as it is scheduled, or as it is handled.

After Axon's deadline dispatch and handler interceptors; the chains are
`castle_bdd.domain.interceptors`'. Both see a deadline as a `Message`: its payload, its
name and id in the metadata (``deadline_name``, ``deadline_id``) and its due time as the
timestamp.

- A dispatch interceptor, ``interceptor(message) -> message``, runs when a deadline is
  scheduled; the deadline keeps the payload (and ``deadline_name``) it returns.
- A handler interceptor, ``interceptor(message, proceed) -> result``, runs when the
  deadline comes due, around its handler: ``proceed()`` hands the message on, to the
  next interceptor and at last to the handler, and ``proceed(message)`` a changed one.
  One that does not call ``proceed`` keeps the deadline from its handler. The triggered deadlines
  record the message the handler received.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING

from castle_bdd.domain.interceptors import (
    DispatchInterceptor,
    HandlerInterceptor,
    dispatched_message,
    named,
)
from castle_bdd.domain.interceptors import through_interceptors as _through
from castle_bdd.domain.messages import Message, split_message
from castle_bdd.scheduling.errors import SchedulingError

if TYPE_CHECKING:
    from castle_bdd.scheduling.items import ScheduledItem

#: Changes a deadline as it is scheduled.
DeadlineDispatchInterceptor = DispatchInterceptor

#: Hands a deadline on to its handler (``proceed``), changed or not, or keeps it back.
DeadlineHandlerInterceptor = HandlerInterceptor


def deadline_message(item: ScheduledItem) -> Message:
    """A deadline as a `Message`: its payload, name and id (metadata) and due time."""
    metadata = {"deadline_name": item.deadline_name, "deadline_id": item.deadline_id}
    return Message(item.payload, metadata, item.due)


def deadline_as_message(item: ScheduledItem) -> Message:
    """The deadline as its handler's ``message`` parameter and expectations' matchers see it.

    Its payload; as metadata, what it was scheduled with (a `Message` keeps its own) with
    its name and id; its due time as the timestamp.
    """
    names = {"deadline_name": item.deadline_name, "deadline_id": item.deadline_id}
    payload, metadata = split_message(item.payload, names)
    return Message(payload, metadata, item.due)


class DeadlineInterceptors:
    """The dispatch and handler interceptors of a deadline manager, in registration order."""

    def __init__(self) -> None:
        """No interceptors yet."""
        self.dispatch: list[DeadlineDispatchInterceptor] = []
        self.handler: list[DeadlineHandlerInterceptor] = []

    def on_dispatch(self, name: str, payload: object, due: datetime) -> tuple[str, object]:
        """The name and payload a deadline is scheduled with, once intercepted."""
        message = Message(payload, {"deadline_name": name}, due)
        message = dispatched_message(self.dispatch, message, _checked)
        return _name_of(message, name), message.payload

    def on_handle(
        self, item: ScheduledItem, consume: Callable[[ScheduledItem], object]
    ) -> tuple[ScheduledItem | None, object]:
        """Run ``consume`` through the handler interceptors; the item it got, and its result.

        The item is None when an interceptor kept the deadline from its handler.
        """
        handled: list[ScheduledItem] = []

        def handle(message: Message) -> object:
            changed = _with_message(item, message)
            handled.append(changed)
            return consume(changed)

        result = through_interceptors(self.handler, deadline_message(item), handle)
        return (handled[0] if handled else None), result


def through_interceptors(
    interceptors: Sequence[HandlerInterceptor],
    message: Message,
    handle: Callable[[Message], object],
    what: str = "a deadline interceptor",
) -> object:
    """``handle(message)`` behind ``interceptors``, the first registered outermost.

    A ``proceed`` given something other than a `Message` raises `SchedulingError`, which
    says ``what`` kind of interceptor must give one.
    """
    return _through(interceptors, message, handle, partial(_checked, what=what))


def _with_message(item: ScheduledItem, message: Message) -> ScheduledItem:
    name = _name_of(message, item.deadline_name or "")
    if message.payload is item.payload and name == item.deadline_name:
        return item
    return dataclasses.replace(item, payload=message.payload, deadline_name=name)


def _name_of(message: Message, default: str) -> str:
    name = message.metadata.get("deadline_name", default)
    return name if isinstance(name, str) and name else default


def _checked(message: object, source: object, what: str = "a deadline interceptor") -> Message:
    if not isinstance(message, Message):
        raise SchedulingError(
            f"{what} must give a Message, but {named(source)} gave "
            f"{type(message).__name__} {message!r}"
        )
    return message
