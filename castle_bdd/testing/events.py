"""The events the contract appends: any object would do, these are easy to tell apart."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ContractEvent:
    """A minimal event whose `payload` names it."""

    payload: str


def create_test_events(count: int, payload_prefix: str = "event_data_") -> list[ContractEvent]:
    """`count` events with payloads `<payload_prefix>1` … `<payload_prefix><count>`."""
    return [ContractEvent(payload=f"{payload_prefix}{number}") for number in range(1, count + 1)]
