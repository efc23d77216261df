"""Sample messages, one with a bug in its ``__post_init__`` that only some values reach."""

from __future__ import annotations

from dataclasses import dataclass

from castle_bdd import Aggregate, command_handler, event_sourcing_handler


@dataclass(frozen=True)
class IssueRefund:
    refund_id: str
    amount: int


@dataclass(frozen=True)
class RefundIssued:
    refund_id: str
    amount: int

    def __post_init__(self) -> None:
        if self.amount < 0:
            raise ValueError(f"a refund of {self.amont} is no refund")  # type: ignore[attr-defined]


class Refund(Aggregate):
    @command_handler
    def issue(self, command: IssueRefund) -> None:
        self.apply(RefundIssued(command.refund_id, command.amount))

    @event_sourcing_handler
    def on_issued(self, event: RefundIssued) -> None:
        self.id = event.refund_id
