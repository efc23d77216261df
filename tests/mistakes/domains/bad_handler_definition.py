"""A command handler without a type hint on its message."""

from __future__ import annotations

from dataclasses import dataclass

from castle_bdd import Aggregate, command_handler


@dataclass(frozen=True)
class RingDoorbell:
    door_id: str


class Doorbell(Aggregate):
    @command_handler
    def ring(self, command) -> None:  # bug
        pass
