"""A command's __post_init__ calls a helper with a typo."""

from __future__ import annotations

from dataclasses import dataclass, field

from castle_bdd import Aggregate, command_handler, event_sourcing_handler


def _normalised(code: str) -> str:
    return code.strip().uper()  # type: ignore[attr-defined,no-any-return]  # bug


@dataclass(frozen=True)
class BookRoom:
    room_id: str
    code: str
    normal: str = field(init=False, default="")

    def __post_init__(self) -> None:
        object.__setattr__(self, "normal", _normalised(self.code))


@dataclass(frozen=True)
class RoomBooked:
    room_id: str


class Room(Aggregate):
    @command_handler
    def book(self, command: BookRoom) -> None:
        self.apply(RoomBooked(command.room_id))

    @event_sourcing_handler
    def on_booked(self, event: RoomBooked) -> None:
        self.id = event.room_id
