"""A domain exception whose ``__str__`` has a bug: the refusal must still be reported."""

from __future__ import annotations

from dataclasses import dataclass

from castle_bdd import Aggregate, command_handler, event_sourcing_handler


class LampBroken(Exception):
    def __str__(self) -> str:
        return f"lamp {self.args[1]} is broken"  # bug


@dataclass(frozen=True)
class LightLamp:
    lamp_id: str


@dataclass(frozen=True)
class LampLit:
    lamp_id: str


class Lamp(Aggregate):
    @command_handler
    def light(self, command: LightLamp) -> None:
        if command.lamp_id.startswith("X"):
            raise LampBroken(command.lamp_id)
        self.apply(LampLit(command.lamp_id))

    @event_sourcing_handler
    def on_lit(self, event: LampLit) -> None:
        self.id = event.lamp_id
