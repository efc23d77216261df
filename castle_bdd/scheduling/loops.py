"""A deadline or scheduled event that keeps scheduling itself: a loop, stopped and named.

A timeline fires at most so many items without time moving on, and so many in one
move of time. Past either bound the handlers are in a loop; the message names the item,
the other items that keep firing with it, the handlers of them that keep scheduling (as
``Class.method`` and the file and line of its ``def``) and how to raise the bound, which
``[tool.castle_bdd] max_firings`` sets for the fixtures.

Nothing is noted as items are scheduled or fired: the loop is worked out once it is
found, from the items that fired last and the classes that handle them.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator, Sequence
from datetime import datetime

from castle_bdd.domain.decorators import Role
from castle_bdd.domain.handlers import Handler, handlers_of, where_defined
from castle_bdd.domain.members import tables_with_members
from castle_bdd.domain.messages import payload_of
from castle_bdd.scheduling.errors import SchedulingError
from castle_bdd.scheduling.items import ScheduledItem

#: The setting under ``[tool.castle_bdd]`` that bounds the firings of a loop.
MAX_FIRINGS_SETTING = "max_firings"

# Past this many, the items and handlers of one loop are counted, not named.
_NAMED_AT_MOST = 4


class SchedulingLoopError(SchedulingError):
    """Items kept firing past the timeline's bound: a handler schedules in a loop."""

    def __init__(
        self,
        item: ScheduledItem,
        bound: int,
        now: datetime,
        in_place: bool,
        recent: Sequence[ScheduledItem] = (),
        handled_by: type | None = None,
    ) -> None:
        """``item`` fired as the ``bound``-th item, at ``now``.

        ``recent`` are items that fired before it in the loop, last one last: the loop
        is the kinds of item among them. A deadline's scope names the class whose
        handlers take it; ``handled_by`` is the class whose handlers take the rest
        (scheduled events, in a saga fixture; deadlines of a scope of the code's own).
        """
        self.item = item
        where = (
            f"at {now.isoformat()} without time moving on" if in_place else "in one move of time"
        )
        looping = _looping(item, recent)
        handlers = _handlers(looping, handled_by)
        raise_bound = (
            f"if the loop is meant to end, raise the bound: {MAX_FIRINGS_SETTING} = "
            f"{bound * 10} under [tool.castle_bdd]"
        )
        if len(looping) == 1:
            who = _handlers_phrase(handlers, "its")
            text = (
                f"{_what(item)} fired more than {bound} times {where}: {who} "
                f"{'schedules' if len(handlers) < 2 else 'schedule'} it again each time it "
                "fires, a loop. Schedule it later or stop scheduling it; "
            )
        else:
            others = _joined([_what(other) for other in looping[1:]])
            who = _handlers_phrase(handlers, "their")
            text = (
                f"{_what(item)} fired more than {bound} times {where}, with {others}: {who} "
                f"{'schedules' if len(handlers) == 1 else 'schedule'} them again each time "
                "they fire, a loop. Schedule them later or stop scheduling them; "
            )
        super().__init__(text + raise_bound)


def _looping(item: ScheduledItem, recent: Sequence[ScheduledItem]) -> list[ScheduledItem]:
    """One item of each kind that keeps firing: ``item`` first, then the latest first."""
    seen: dict[Hashable, ScheduledItem] = {_kind(item): item}
    for other in reversed(recent):
        seen.setdefault(_kind(other), other)
    return list(seen.values())


def _kind(item: ScheduledItem) -> Hashable:
    if item.kind == "deadline":
        return ("deadline", item.deadline_name, _owner(item))
    return ("event", type(payload_of(item.payload)))


def _what(item: ScheduledItem) -> str:
    if item.kind == "deadline":
        return f"the deadline {item.deadline_name or type(item.payload).__name__}"
    return f"the scheduled event {type(payload_of(item.payload)).__name__}"


def _owner(item: ScheduledItem) -> type | None:
    """The aggregate or saga class a deadline's scope names, if any."""
    owner = getattr(item.scope, "aggregate_type", None) or getattr(item.scope, "saga_type", None)
    return owner if isinstance(owner, type) else None


def _handlers(looping: list[ScheduledItem], handled_by: type | None) -> list[Handler]:
    """The handlers of the items of the loop, each once, in the loop's order."""
    found: dict[object, Handler] = {}
    for item in looping:
        for handler in _handlers_of(item, handled_by):
            found.setdefault(handler.function, handler)
    return list(found.values())


def _handlers_of(item: ScheduledItem, handled_by: type | None) -> Iterator[Handler]:
    payload = payload_of(item.payload)  # scheduled as a Message, it keeps its metadata
    owner = _owner(item) if item.kind == "deadline" else None
    owner = owner or handled_by
    if owner is None:
        return
    if item.kind != "deadline":
        handler = handlers_of(owner).find(Role.SAGA_EVENT, payload)
        if handler is not None:
            yield handler
        return
    # a deadline of an aggregate reaches its member entities too, as the fixture hands it
    for table in tables_with_members(owner):
        handler = table.find_deadline(item.deadline_name or "", payload)
        if handler is not None:
            yield handler


def _handlers_phrase(handlers: list[Handler], whose: str) -> str:
    """``its handler Saga.on_tick (saga.py:12 in on_tick)``; ``a handler`` if none is known."""
    if not handlers:
        return "a handler" if whose == "its" else "handlers"
    named = [f"{handler.name} ({where_defined(handler.function)})" for handler in handlers]
    return f"{whose} handler{'' if len(handlers) == 1 else 's'} {_joined(named)}"


def _joined(words: list[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``; past a few, how many more."""
    if len(words) > _NAMED_AT_MOST:
        words = [*words[:_NAMED_AT_MOST], f"{len(words) - _NAMED_AT_MOST} more"]
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"
