"""A command handler whose two helpers call each other without end."""

from __future__ import annotations

from dataclasses import dataclass

from castle_bdd import Aggregate, command_handler, event_sourcing_handler


def _is_even(number: int) -> bool:
    return True if number == 0 else _is_odd(number - 1)


def _is_odd(number: int) -> bool:
    return False if number == 0 else _is_even(number + 1)  # bug


@dataclass(frozen=True)
class PairSocks:
    drawer_id: str
    socks: int


@dataclass(frozen=True)
class DrawerFilled:
    drawer_id: str


@dataclass(frozen=True)
class SocksPaired:
    drawer_id: str
    even: bool


class SockDrawer(Aggregate):
    @command_handler
    def pair(self, command: PairSocks) -> None:
        self.apply(SocksPaired(command.drawer_id, _is_even(command.socks)))

    @event_sourcing_handler
    def on_filled(self, event: DrawerFilled) -> None:
        self.id = event.drawer_id

    @event_sourcing_handler
    def on_paired(self, event: SocksPaired) -> None:
        pass
