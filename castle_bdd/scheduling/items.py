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
_token_ids = itertools.count(1)

# Frozen dataclasses refuse ordinary attribute assignment; the fast builders below fill
# the slots through the slots' own setters, which the generated ``__init__`` reaches
# through ``object.__setattr__``, one lookup per field.
_new = object.__new__


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


_set_token_id = ScheduleToken.__dict__["id"].__set__


class _FieldsAsDict:
    """Lets `vars()` read a slotted dataclass's fields, as it reads an ordinary one's."""

    __slots__ = ()

    @property
    def __dict__(self) -> dict[str, object]:  # type: ignore[override]
        """The fields and their values, in declaration order (a copy: items are frozen)."""
        return {name: getattr(self, name) for name in self.__match_args__}

    __match_args__: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ScheduledItem(_FieldsAsDict):
    """An event or deadline waiting on a timeline, or one that has fired from it.

    `sequence` counts additions to the timeline; it orders items that fall due at the
    same instant in the order they were scheduled. Items hash without their payload and
    scope, which need not be hashable. Fields live in slots; `vars(item)` lists them.
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
        """The same item the constructor builds, in under half the time.

        A frozen dataclass's ``__init__`` looks up ``object.__setattr__`` for each
        field; calling each slot's setter directly matters when a timeline holds tens
        of thousands of items.
        """
        item = _new(cls)
        _set_due(item, due)
        _set_payload(item, payload)
        _set_token(item, token)
        _set_kind(item, kind)
        _set_sequence(item, sequence)
        _set_scheduled_at(item, scheduled_at)
        _set_deadline_name(item, deadline_name)
        _set_deadline_id(item, deadline_id)
        _set_scope(item, scope)
        return item

    @property
    def order_key(self) -> tuple[datetime, int]:
        """The key items fire in: due time, then scheduling order."""
        return (self.due, self.sequence)

    @property
    def delay(self) -> timedelta:
        """How long after it was scheduled the item falls due (negative if in the past)."""
        return self.due - self.scheduled_at


(
    _set_due,
    _set_payload,
    _set_token,
    _set_kind,
    _set_sequence,
    _set_scheduled_at,
    _set_deadline_name,
    _set_deadline_id,
    _set_scope,
) = (vars(ScheduledItem)[name].__set__ for name in ScheduledItem.__match_args__)

#: What a timeline calls for each item it fires; its return value is ignored.
Dispatch: TypeAlias = Callable[[ScheduledItem], object]
