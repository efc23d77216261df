"""A value object whose __eq__ crashes when a Then step compares it."""

from __future__ import annotations

from dataclasses import dataclass

from castle_bdd import Aggregate, command_handler, event_sourcing_handler


class Colour:
    def __init__(self, text: str) -> None:
        self.text = text

    def __eq__(self, other: object) -> bool:
        return self.text.lower() == other.txt.lower()  # type: ignore[attr-defined,no-any-return]  # bug

    def __hash__(self) -> int:
        return hash(self.text)

    def __repr__(self) -> str:
        return f"Colour({self.text!r})"


@dataclass(frozen=True)
class PaintFence:
    fence_id: str
    colour: Colour


@dataclass(frozen=True)
class FencePainted:
    fence_id: str
    colour: Colour


class Fence(Aggregate):
    @command_handler
    def paint(self, command: PaintFence) -> None:
        self.apply(FencePainted(command.fence_id, command.colour))

    @event_sourcing_handler
    def on_painted(self, event: FencePainted) -> None:
        self.id = event.fence_id
