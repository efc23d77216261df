"""Gift-card messages written in each style castle-bdd supports."""

from __future__ import annotations

from dataclasses import dataclass

import attrs
import pydantic
from castlecraft_engineer.abstractions.event import Event


@dataclass(frozen=True)
class CardIssued:
    card_id: str
    amount: int


@dataclass(frozen=True)
class CardRedeemed:
    card_id: str
    amount: int


@dataclass(frozen=True)
class CardRedeemedOnline(CardRedeemed):
    shop: str = "web"


@dataclass
class CardCancelled:
    card_id: str
    reason: str


class CardIssuedModel(pydantic.BaseModel):
    card_id: str
    amount: int


@attrs.define
class CardIssuedAttrs:
    card_id: str
    amount: int


@dataclass(frozen=True)
class CardIssuedEvent(Event):
    card_id: str
    amount: int


@dataclass(frozen=True)
class MarkAsOverdue:
    invoice_id: str


ISSUED = CardIssued("GC-1", 100)
REDEEMED = CardRedeemed("GC-1", 20)
