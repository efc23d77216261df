"""Instants and helpers shared by the scheduling tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from castle_bdd.scheduling import ScheduledItem

START = datetime(2026, 1, 1, 9, 0, tzinfo=timezone.utc)
HOUR = timedelta(hours=1)
DAY = timedelta(days=1)


def payloads(items: list[ScheduledItem]) -> list[object]:
    """The payloads of `items`, in order."""
    return [item.payload for item in items]
