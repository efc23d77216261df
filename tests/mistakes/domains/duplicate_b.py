"""A domain module with an event named as one in duplicate_a."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ParcelShipped:
    parcel_id: str
    carrier: str
