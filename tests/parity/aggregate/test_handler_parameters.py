"""Handler parameters Axon resolves: a metadata value, the timestamp, the whole message.

Axon's fixture tests use them across its sample aggregates (``@MetaDataValue``,
``@Timestamp``, a ``CommandMessage`` parameter); these pin their Python counterparts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Annotated, Any

from castle_bdd import AggregateTestFixture, Message, MetadataValue, command_handler
from castle_bdd.fixtures.repository import AggregateRepository
from examples.giftcard import CardIssued, GiftCard

START = datetime(2026, 1, 1, 9, 0, tzinfo=timezone.utc)


@dataclass(frozen=True)
class Inspect:
    card_id: str


class InspectedCard(GiftCard):
    @command_handler
    def inspect(
        self,
        command: Inspect,
        user: Annotated[str, MetadataValue("user")],
        missing: Annotated[str | None, MetadataValue("absent")],
        timestamp: datetime,
        message: Message,
        repository: AggregateRepository,
    ) -> tuple[Any, ...]:
        return (user, missing, timestamp, message.payload, dict(message.metadata), repository)


def test_a_metadata_value_the_timestamp_the_message_and_the_repository() -> None:
    """MetaDataValue, Timestamp and message parameters, as Axon's parameter resolvers give."""
    fixture = AggregateTestFixture(InspectedCard)
    validator = (
        fixture.given_current_time(START)
        .and_given(CardIssued("GC-1", 5))
        .when(Inspect("GC-1"), {"user": "ann"})
    )
    returned = validator.return_value
    assert isinstance(returned, tuple)
    user, missing, timestamp, payload, metadata, repository = returned
    assert (user, missing, timestamp) == ("ann", None, START)
    assert (payload, metadata) == (Inspect("GC-1"), {"user": "ann"})
    assert isinstance(repository, AggregateRepository)
