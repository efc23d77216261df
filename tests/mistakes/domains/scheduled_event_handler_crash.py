"""A saga handler of an event it scheduled itself crashes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from castle_bdd import Saga, saga_event_handler, start_saga


@dataclass(frozen=True)
class LeaseSigned:
    lease_id: str
    rent: int


@dataclass(frozen=True)
class RentDue:
    lease_id: str


@dataclass(frozen=True)
class ChargeRent:
    lease_id: str
    amount: int


class LeaseSaga(Saga):
    @start_saga
    @saga_event_handler(association="lease_id")
    def on_signed(self, event: LeaseSigned) -> None:
        self.rent = event.rent
        self.scheduler.schedule(timedelta(days=30), RentDue(event.lease_id))

    @saga_event_handler(association="lease_id")
    def on_due(self, event: RentDue) -> None:
        self.commands.send(ChargeRent(event.lease_id, self.rent["amount"]))  # type: ignore[index]  # bug
