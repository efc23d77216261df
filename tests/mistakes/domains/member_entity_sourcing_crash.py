"""An entity's event-sourcing handler crashes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated

from castle_bdd import Aggregate, AggregateMember, command_handler, event_sourcing_handler


@dataclass(frozen=True)
class TrainFormed:
    train_id: str


@dataclass(frozen=True)
class CoupleWagon:
    train_id: str
    load: int


@dataclass(frozen=True)
class WagonCoupled:
    train_id: str
    load: int


@dataclass
class Engine:
    loads: list[int] = field(default_factory=list)

    @event_sourcing_handler
    def on_coupled(self, event: WagonCoupled) -> None:
        self.loads.append(event.load)
        self.average = sum(self.loads) / len(self.loads[1:])  # bug


class Train(Aggregate):
    engine: Annotated[Engine, AggregateMember()]

    @command_handler
    def couple(self, command: CoupleWagon) -> None:
        self.apply(WagonCoupled(command.train_id, command.load))

    @event_sourcing_handler
    def on_formed(self, event: TrainFormed) -> None:
        self.id = event.train_id
        self.engine = Engine()
