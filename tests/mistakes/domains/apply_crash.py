"""An event-sourcing handler that crashes when the command applies its event."""

from __future__ import annotations

from dataclasses import dataclass

from castle_bdd import Aggregate, command_handler, event_sourcing_handler


@dataclass(frozen=True)
class StartCounter:
    counter_id: str


@dataclass(frozen=True)
class CounterStarted:
    counter_id: str


class Counter(Aggregate):
    @command_handler
    def start(self, command: StartCounter) -> None:
        self.apply(CounterStarted(command.counter_id))

    @event_sourcing_handler
    def on_started(self, event: CounterStarted) -> None:
        self.id = event.counter_id
        self.count = self.steps[0]  # type: ignore[attr-defined]  # bug
