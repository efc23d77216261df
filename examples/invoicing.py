"""Invoicing: a saga that marks an invoice overdue when it is not paid within 30 days."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from castle_bdd import Saga, end_saga, saga_event_handler, start_saga


@dataclass(frozen=True)
class InvoiceCreated:
    """An invoice was sent to a customer."""

    invoice_id: str
    amount: int


@dataclass(frozen=True)
class InvoicePaid:
    """The customer paid the invoice."""

    invoice_id: str


@dataclass(frozen=True)
class InvoiceOverdue:
    """The invoice was not paid in time (a scheduled event)."""

    invoice_id: str


@dataclass(frozen=True)
class MarkAsOverdue:
    """Mark an invoice as overdue."""

    invoice_id: str


class InvoicingSaga(Saga):
    """Waits 30 days for payment, then has the invoice marked overdue."""

    token: Any = None

    @start_saga
    @saga_event_handler(association="invoice_id")
    def on_created(self, event: InvoiceCreated) -> None:
        self.token = self.scheduler.schedule(timedelta(days=30), InvoiceOverdue(event.invoice_id))

    @end_saga
    @saga_event_handler(association="invoice_id")
    def on_paid(self, event: InvoicePaid) -> None:
        self.scheduler.cancel(self.token)

    @saga_event_handler(association="invoice_id")
    def on_overdue(self, event: InvoiceOverdue) -> None:
        self.commands.send(MarkAsOverdue(event.invoice_id))
