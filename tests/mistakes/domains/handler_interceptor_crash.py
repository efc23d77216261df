"""An aggregate's command handler interceptor with a bug."""

from __future__ import annotations

from dataclasses import dataclass

from castle_bdd import (
    Aggregate,
    command_handler,
    command_handler_interceptor,
    event_sourcing_handler,
)


@dataclass(frozen=True)
class KilnLit:
    kiln_id: str


@dataclass(frozen=True)
class FirePots:
    kiln_id: str
    pots: int


@dataclass(frozen=True)
class PotsFired:
    kiln_id: str
    pots: int


class Kiln(Aggregate):
    @command_handler_interceptor
    def check(self, command: FirePots, proceed):  # type: ignore[no-untyped-def,unused-ignore]
        if command.pots > self.capacity:  # type: ignore[attr-defined]  # bug
            return None
        return proceed()

    @command_handler
    def fire(self, command: FirePots) -> None:
        self.apply(PotsFired(command.kiln_id, command.pots))

    @event_sourcing_handler
    def on_lit(self, event: KilnLit) -> None:
        self.id = event.kiln_id

    @event_sourcing_handler
    def on_fired(self, event: PotsFired) -> None:
        pass
