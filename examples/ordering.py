"""Orders: an aggregate whose messages carry nested values, lists, UUIDs and optionals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone
from decimal import Decimal
from uuid import UUID

from castle_bdd import Aggregate, command_handler, event_sourcing_handler


@dataclass(frozen=True)
class OrderLine:
    """One product on an order."""

    sku: str
    quantity: int
    unit_price: Decimal


@dataclass(frozen=True)
class Address:
    """Where an order goes."""

    street: str
    city: str
    postcode: str | None = None


@dataclass(frozen=True)
class PlaceOrder:
    """Place an order for some products."""

    order_id: UUID
    customer: str
    lines: list[OrderLine]
    ship_to: Address
    express: bool = False
    discount: float = 0.0
    note: str | None = None


@dataclass(frozen=True)
class LabelOrder:
    """Put labels on an order."""

    order_id: UUID
    labels: list[str]


@dataclass(frozen=True)
class ShipOrder:
    """Send an order on its way."""

    order_id: UUID


@dataclass(frozen=True)
class OrderPlaced:
    """An order was placed; the total is after the discount."""

    order_id: UUID
    customer: str
    lines: list[OrderLine]
    ship_to: Address
    express: bool
    total: Decimal
    note: str | None
    placed_at: datetime


@dataclass(frozen=True)
class OrderLabelled:
    """Labels were put on an order."""

    order_id: UUID
    labels: list[str]


@dataclass(frozen=True)
class OrderShipped:
    """An order left the warehouse."""

    order_id: UUID
    shipped_on: date


class EmptyOrder(Exception):
    """An order without lines."""


class OrderAlreadyShipped(Exception):
    """An order that has left takes no more changes."""


class Order(Aggregate):
    """An order: placed once, labelled any number of times, shipped once."""

    def __init__(self) -> None:
        self.total = Decimal(0)
        self.labels: list[str] = []
        self.shipped = False

    @command_handler
    def place(self, command: PlaceOrder) -> Decimal:
        """Place the order; returns its total."""
        if not command.lines:
            raise EmptyOrder("an order needs at least one line")
        gross = sum((line.unit_price * line.quantity for line in command.lines), Decimal(0))
        total = (gross * (1 - Decimal(str(command.discount)))).quantize(Decimal("0.01"))
        placed = OrderPlaced(
            command.order_id,
            command.customer,
            command.lines,
            command.ship_to,
            command.express,
            total,
            command.note,
            datetime.now(timezone.utc),
        )
        self.apply(placed)
        return total

    @command_handler
    def label(self, command: LabelOrder) -> None:
        """Add labels to the order."""
        if self.shipped:
            raise OrderAlreadyShipped(f"order {self.id} has shipped")
        self.apply(OrderLabelled(command.order_id, command.labels))

    @command_handler
    def ship(self, command: ShipOrder) -> None:
        """Ship the order."""
        if self.shipped:
            raise OrderAlreadyShipped(f"order {self.id} has shipped")
        self.apply(OrderShipped(command.order_id, date.today()))

    @event_sourcing_handler
    def on_placed(self, event: OrderPlaced) -> None:
        self.id = event.order_id
        self.total = event.total

    @event_sourcing_handler
    def on_labelled(self, event: OrderLabelled) -> None:
        self.labels = [*self.labels, *event.labels]

    @event_sourcing_handler
    def on_shipped(self, event: OrderShipped) -> None:
        self.shipped = True
