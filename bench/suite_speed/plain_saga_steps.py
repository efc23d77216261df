"""Hand-written behave steps over a plain-Python invoicing saga: the saga suite's baseline.

The minimum a team would write by hand for the saga feature files: start the saga from
the created invoice, keep a clock and the overdue notice it schedules, fire the notice
when time passes it, and compare the dispatched commands with ``==``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from behave import given, then, when


@dataclass(frozen=True)
class MarkAsOverdue:
    invoice_id: str


class PlainInvoicingSaga:
    def __init__(self, invoice_id: str, now: datetime) -> None:
        self.invoice_id = invoice_id
        self.overdue_at: datetime | None = now + timedelta(days=30)
        self.dispatched: list[Any] = []

    def elapse(self, now: datetime) -> None:
        if self.overdue_at is not None and self.overdue_at <= now:
            self.overdue_at = None
            self.dispatched.append(MarkAsOverdue(self.invoice_id))


@given('the aggregate "{aggregate_id}" published InvoiceCreated with {fields}')
def step_created(context: Any, aggregate_id: str, fields: str) -> None:
    context.now = datetime.now(timezone.utc)
    context.saga = PlainInvoicingSaga(aggregate_id, context.now)


@given("{days:d} days have elapsed")
def step_elapsed(context: Any, days: int) -> None:
    context.now += timedelta(days=days)
    context.saga.elapse(context.now)
    context.saga.dispatched.clear()  # what the given phase did is not checked


@when("{days:d} days elapse")
def step_elapse(context: Any, days: int) -> None:
    context.now += timedelta(days=days)
    context.saga.elapse(context.now)


@then("the dispatched commands are:")
def step_dispatched(context: Any) -> None:
    expected = [MarkAsOverdue(row["invoice_id"]) for row in context.table]
    assert context.saga.dispatched == expected
