"""A saga's end handler with a typo."""

from __future__ import annotations

from dataclasses import dataclass

from castle_bdd import Saga, end_saga, saga_event_handler, start_saga


@dataclass(frozen=True)
class LoanGranted:
    loan_id: str


@dataclass(frozen=True)
class LoanRepaid:
    loan_id: str


@dataclass(frozen=True)
class CloseLoanFile:
    loan_id: str


class LoanSaga(Saga):
    @start_saga
    @saga_event_handler(association="loan_id")
    def on_granted(self, event: LoanGranted) -> None:
        self.loan_id = event.loan_id

    @end_saga
    @saga_event_handler(association="loan_id")
    def on_repaid(self, event: LoanRepaid) -> None:
        self.commands.send(CloseLoanFile(self.loan_ident))  # type: ignore[attr-defined]  # bug
