"""freezegun's stand-ins for date and datetime are shown as the standard classes."""

from __future__ import annotations

from datetime import date, datetime, timezone

from freezegun import freeze_time

from castle_bdd.matching import field_differences
from castle_bdd.time_classes import standard_value


def test_a_difference_names_no_stand_in_class() -> None:
    with freeze_time("2026-01-01 09:00:00"):
        today, now = date.today(), datetime.now(timezone.utc)
    assert type(today).__name__ == "FakeDate"
    (difference,) = field_differences(date(2026, 1, 2), today)
    assert difference.describe() == (
        "expected datetime.date(2026, 1, 2), but was datetime.date(2026, 1, 1)"
    )
    shown = standard_value(now)
    assert type(shown) is datetime and shown == now and shown.tzinfo is now.tzinfo


def test_other_values_are_kept() -> None:
    value = datetime(2026, 1, 1, 9)
    assert standard_value(value) is value
    assert standard_value("2026-01-01") == "2026-01-01"
