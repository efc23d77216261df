"""ManualTimeSource, as_utc and resolve_trigger."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from castle_bdd.scheduling import ManualTimeSource, SchedulingError, as_utc, resolve_trigger

from .support import START

PARIS_WINTER = timezone(timedelta(hours=1))


def test_manual_time_source_starts_where_told() -> None:
    assert ManualTimeSource(START).now() == START


def test_manual_time_source_defaults_to_the_present_in_utc() -> None:
    before = datetime.now(timezone.utc)
    now = ManualTimeSource().now()
    assert before <= now <= datetime.now(timezone.utc)
    assert now.tzinfo is timezone.utc


def test_manual_time_source_moves_both_ways_and_advances() -> None:
    clock = ManualTimeSource(START)
    clock.move_to(START - timedelta(days=1))
    clock.advance(timedelta(hours=2))
    assert clock.now() == START - timedelta(hours=22)


def test_manual_time_source_takes_naive_instants_as_utc() -> None:
    clock = ManualTimeSource(datetime(2026, 3, 1, 12, 0))
    assert clock.now() == datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)
    assert clock.now().tzinfo is timezone.utc


def test_manual_time_source_repr_shows_the_instant() -> None:
    assert repr(ManualTimeSource(START)) == "ManualTimeSource(2026-01-01T09:00:00+00:00)"


def test_as_utc_converts_other_zones() -> None:
    converted = as_utc(datetime(2026, 1, 1, 10, 0, tzinfo=PARIS_WINTER))
    assert converted == START
    assert converted.tzinfo is timezone.utc
    assert converted.hour == 9


def test_as_utc_rejects_what_is_not_a_datetime() -> None:
    with pytest.raises(SchedulingError, match="expected a datetime, got date"):
        as_utc(date(2026, 1, 1))  # type: ignore[arg-type]


def test_resolve_trigger_adds_a_delay_to_now() -> None:
    assert resolve_trigger(timedelta(days=30), START) == START + timedelta(days=30)


def test_resolve_trigger_accepts_a_negative_delay() -> None:
    assert resolve_trigger(timedelta(hours=-1), START) == START - timedelta(hours=1)


def test_resolve_trigger_keeps_an_instant() -> None:
    instant = datetime(2026, 2, 1, tzinfo=PARIS_WINTER)
    assert resolve_trigger(instant, START) == instant
    assert resolve_trigger(instant, START).tzinfo is timezone.utc


def test_resolve_trigger_takes_a_naive_instant_as_utc() -> None:
    resolved = resolve_trigger(datetime(2026, 2, 1), START)
    assert resolved == datetime(2026, 2, 1, tzinfo=timezone.utc)


@pytest.mark.parametrize("trigger", [30, 1.5, "30 days", None, date(2026, 2, 1)])
def test_resolve_trigger_rejects_other_types(trigger: object) -> None:
    with pytest.raises(SchedulingError, match=r"must be a timedelta .* or a datetime"):
        resolve_trigger(trigger, START)  # type: ignore[arg-type]
