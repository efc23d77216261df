"""Sample events with each kind of field a careless serializer loses, and such a serializer.

`TableSerializer` writes what a table of plain columns keeps: datetimes without their
zone, numbers as floats, Enum members as their values, collections as lists, and only the
columns of each event's first version (so a field added since reads back as missing).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from castle_bdd import (
    Aggregate,
    Saga,
    command_handler,
    event_sourcing_handler,
    saga_event_handler,
    start_saga,
)
from castle_bdd.eventstore import JsonSerializer, SqliteEventStore
from castle_bdd.eventstore.serialization import message_from_fields


class CardKind(Enum):
    """What a card is for."""

    GIFT = "gift"
    REFUND = "refund"


@dataclass(frozen=True)
class CardIssued:
    """A card issued at a moment with a zone."""

    card_id: str
    issued_at: datetime


@dataclass(frozen=True)
class CardCharged:
    """A card charged an exact amount."""

    card_id: str
    amount: Decimal


@dataclass(frozen=True)
class CardClassified:
    """A card given a kind."""

    card_id: str
    kind: CardKind


@dataclass(frozen=True)
class CardTagged:
    """A card given tags."""

    card_id: str
    tags: set[str]


@dataclass(frozen=True)
class CardRenamed:
    """A card renamed; ``currency`` was added after the first version, without a default."""

    card_id: str
    currency: str


@dataclass(frozen=True)
class ChargeCard:
    """Charge a card a number of cents (plain values, which any store keeps)."""

    card_id: str
    cents: int


@dataclass(frozen=True)
class IssueCard:
    """Issue a card at a moment with a zone."""

    card_id: str
    issued_at: datetime


class Card(Aggregate):
    """A card: charging it applies an exact amount."""

    def __init__(self) -> None:
        self.charged = Decimal(0)

    @command_handler
    def issue(self, command: IssueCard) -> None:
        self.apply(CardIssued(command.card_id, command.issued_at))

    @command_handler
    def charge(self, command: ChargeCard) -> None:
        self.apply(CardCharged(command.card_id, Decimal(command.cents) / 100))

    @event_sourcing_handler
    def on_issued(self, event: CardIssued) -> None:
        self.id = event.card_id

    @event_sourcing_handler
    def on_charged(self, event: CardCharged) -> None:
        self.charged += event.amount


@dataclass(frozen=True)
class CardOpened:
    """A card opened with a number of cents (plain values)."""

    card_id: str
    cents: int


@dataclass(frozen=True)
class CreditCard:
    """Credit a card an exact amount."""

    card_id: str
    amount: Decimal


class Welcome(Saga):
    """Credits each new card its opening amount."""

    @start_saga
    @saga_event_handler(association="card_id")
    def on_opened(self, event: CardOpened) -> None:
        self.commands.send(CreditCard(event.card_id, Decimal(event.cents) / 100))

    @saga_event_handler(association="card_id")
    def on_charged(self, event: CardCharged) -> None:
        """Nothing to do: it is here to take an event the table store changes."""


#: The columns of each event's first version.
FIRST_COLUMNS = {"CardRenamed": ["card_id"]}


class TableSerializer:
    """Writes messages as a table of plain columns keeps them, and reads them back."""

    def __init__(self) -> None:
        """Read classes back as castle-bdd's serializer does."""
        self._classes = JsonSerializer()

    def serialize(self, message: Any) -> tuple[str, str]:
        """The class name and the plain columns."""
        type_name, _ = self._classes.serialize(message)
        columns = FIRST_COLUMNS.get(type(message).__name__, list(vars(message)))
        return type_name, json.dumps({name: _plain(getattr(message, name)) for name in columns})

    def deserialize(self, type_name: str, data: str) -> Any:
        """The message, from plain columns."""
        kind = self._classes.message_class(type_name)
        values = json.loads(data)
        if "issued_at" in values:
            values["issued_at"] = datetime.fromisoformat(values["issued_at"])
        return message_from_fields(kind, values)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.replace(tzinfo=None).isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (set, frozenset, tuple)):
        return sorted(value)
    return value


def table_store() -> SqliteEventStore[Any]:
    """An SQLite store that writes its events with `TableSerializer`."""
    return SqliteEventStore(serializer=TableSerializer())
