"""What sits on a timeline: scheduled events and deadlines, and the tokens that name them."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal, TypeAlias

#: The two things that can be scheduled.
ItemKind: TypeAlias = Literal["event", "deadline"]

#: Every kind, in a fixed order.
ITEM_KINDS: tuple[ItemKind, ...] = ("event", "deadline")

# Process-wide so that a token handed to the wrong scheduler never matches a stranger.
# Increasing, so the tokens of one timeline's items are in the order they were added.
_token_ids = itertools.count(1)

# Frozen dataclasses refuse ordinary attribute assignment; the fast builders below go
# around their generated ``__init__`` the way it does itself, with fewer calls.
_new = object.__new__
_set = object.__setattr__


@dataclass(frozen=True, slots=True)
class ScheduleToken:
    """The handle `schedule` returns, to cancel or reschedule what was scheduled."""

    id: int

    @classmethod
    def issue(cls) -> ScheduleToken:
        """A token no other scheduled item in this process has."""
        token = _new(cls)
        _set_token_id(token, next(_token_ids))
        return token

    def __repr__(self) -> str:
        """A short form for failure messages."""
        return f"ScheduleToken({self.id})"


# The slot's own setter: one call, without the attribute lookup `object.__setattr__` does.
_set_token_id = ScheduleToken.__dict__["id"].__set__


@dataclass(frozen=True)
class ScheduledItem:
    """An event or deadline waiting on a timeline, or one that has fired from it.

    `sequence` counts additions to the timeline; it orders items that fall due at the
    same instant in the order they were scheduled. Items hash without their payload and
    scope, which need not be hashable.
    """

    due: datetime
    payload: object = field(hash=False)
    token: ScheduleToken
    kind: ItemKind
    sequence: int
    scheduled_at: datetime
    deadline_name: str | None = None
    deadline_id: str | None = None
    scope: object | None = field(default=None, hash=False)

    @classmethod
    def create(
        cls,
        due: datetime,
        payload: object,
        token: ScheduleToken,
        kind: ItemKind,
        sequence: int,
        scheduled_at: datetime,
        deadline_name: str | None = None,
        deadline_id: str | None = None,
        scope: object | None = None,
    ) -> ScheduledItem:
        """The same item the constructor builds, in about a third of the time.

        A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``;
        handing the instance a ready dictionary in one call matters when a timeline
        holds tens of thousands of items. The keys follow the fields' order, as
        ``__init__`` would leave them.
        """
        item = _new(cls)
        _set(
            item,
            "__dict__",
            {
                "due": due,
                "payload": payload,
                "token": token,
                "kind": kind,
                "sequence": sequence,
                "scheduled_at": scheduled_at,
                "deadline_name": deadline_name,
                "deadline_id": deadline_id,
                "scope": scope,
            },
        )
        return item

    @property
    def order_key(self) -> tuple[datetime, int]:
        """The key items fire in: due time, then scheduling order."""
        return (self.due, self.sequence)

    @property
    def delay(self) -> timedelta:
        """How long after it was scheduled the item falls due (negative if in the past)."""
        return self.due - self.scheduled_at


#: What a timeline calls for each item it fires; its return value is ignored.
Dispatch: TypeAlias = Callable[[ScheduledItem], object]
