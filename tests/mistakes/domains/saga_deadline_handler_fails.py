"""A saga deadline handler that fails on an empty list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from castle_bdd import Saga, deadline_handler, saga_event_handler, start_saga


@dataclass(frozen=True)
class AuctionOpened:
    auction_id: str


@dataclass(frozen=True)
class CloseAuction:
    auction_id: str


class AuctionSaga(Saga):
    @start_saga
    @saga_event_handler(association="auction_id")
    def on_opened(self, event: AuctionOpened) -> None:
        self.auction_id = event.auction_id
        self.bids: list[int] = []
        self.deadlines.schedule(timedelta(days=7), "AuctionEnds")

    @deadline_handler("AuctionEnds")
    def close(self) -> None:
        max(self.bids)  # bug
        self.commands.send(CloseAuction(self.auction_id))
