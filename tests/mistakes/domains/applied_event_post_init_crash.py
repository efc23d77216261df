"""An event's __post_init__ crashes when the handler makes it."""

from __future__ import annotations

from dataclasses import dataclass

from castle_bdd import Aggregate, command_handler, event_sourcing_handler


@dataclass(frozen=True)
class WeighLuggage:
    bag_id: str
    kilos: int


@dataclass(frozen=True)
class LuggageWeighed:
    bag_id: str
    kilos: int

    def __post_init__(self) -> None:
        if self.kilos > "23":  # type: ignore[operator]  # bug
            raise ValueError("too heavy")


class Bag(Aggregate):
    @command_handler
    def weigh(self, command: WeighLuggage) -> None:
        self.apply(LuggageWeighed(command.bag_id, command.kilos))

    @event_sourcing_handler
    def on_weighed(self, event: LuggageWeighed) -> None:
        self.id = event.bag_id
