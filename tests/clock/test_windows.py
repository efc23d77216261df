"""Frozen windows: nesting, re-entry, hooks, failures and threads."""

from __future__ import annotations

import datetime as datetime_module
import threading
from datetime import datetime, timedelta, timezone

import freezegun.api
import pytest

from castle_bdd.clock import (
    Clock,
    active_clock,
    close_frozen_windows,
    frozen_windows_active,
)

OUTER_START = datetime(2001, 1, 1, tzinfo=timezone.utc)
INNER_START = datetime(2010, 6, 15, 12, 0, tzinfo=timezone.utc)


def _process_now() -> datetime:
    return datetime_module.datetime.now(timezone.utc)


def _is_real(instant: datetime) -> bool:
    return abs(instant - freezegun.api.real_datetime.now(timezone.utc)) < timedelta(seconds=5)


def test_frozen_yields_the_clock_and_makes_it_current() -> None:
    clock = Clock(OUTER_START)
    assert active_clock() is None
    with clock.frozen() as entered:
        assert entered is clock
        assert clock.is_current
        assert active_clock() is clock
        assert frozen_windows_active()
    assert active_clock() is None
    assert not frozen_windows_active()


def test_nested_windows_of_different_clocks_innermost_wins_outer_comes_back() -> None:
    outer, inner = Clock(OUTER_START), Clock(INNER_START)
    with outer.frozen():
        with inner.frozen():
            assert _process_now() == INNER_START
            assert inner.is_current and not outer.is_current
        assert _process_now() == OUTER_START
        assert outer.is_current
    assert _is_real(_process_now())  # type: ignore[unreachable]


def test_the_outer_clock_moved_while_covered_shows_its_new_time() -> None:
    outer, inner = Clock(OUTER_START), Clock(INNER_START)
    with outer.frozen():
        with inner.frozen():
            outer.advance(timedelta(days=1))
            assert _process_now() == INNER_START
        assert _process_now() == OUTER_START + timedelta(days=1)


def test_frozen_is_re_entrant_for_the_same_clock() -> None:
    clock = Clock(OUTER_START)
    with clock.frozen(), clock.frozen():
        clock.advance(timedelta(hours=1))
        assert _process_now() == OUTER_START + timedelta(hours=1)
    assert not frozen_windows_active()
    assert _is_real(_process_now())


def test_a_failure_in_an_inner_window_restores_the_outer_clock() -> None:
    outer, inner = Clock(OUTER_START), Clock(INNER_START)
    with outer.frozen():
        with pytest.raises(ZeroDivisionError), inner.frozen():
            _ = 1 / 0
        assert _process_now() == OUTER_START
    assert not frozen_windows_active()


def test_activate_and_deactivate_freeze_and_thaw_like_frozen() -> None:
    clock = Clock(OUTER_START)
    clock.activate()
    assert _process_now() == OUTER_START
    clock.deactivate()
    assert not frozen_windows_active()
    assert _is_real(_process_now())


def test_activating_twice_needs_one_deactivate() -> None:
    clock = Clock(OUTER_START)
    clock.activate()
    clock.activate()
    clock.deactivate()
    assert not frozen_windows_active()


def test_deactivate_is_idempotent_and_harmless_without_activate() -> None:
    clock = Clock(OUTER_START)
    clock.deactivate()
    clock.activate()
    clock.deactivate()
    clock.deactivate()
    assert not frozen_windows_active()
    assert _is_real(_process_now())


def test_hooks_may_close_windows_out_of_order() -> None:
    first, second = Clock(OUTER_START), Clock(INNER_START)
    first.activate()
    second.activate()
    first.deactivate()
    assert _process_now() == INNER_START
    assert second.is_current
    second.deactivate()
    assert not frozen_windows_active()


def test_deactivate_inside_a_frozen_block_of_the_same_clock_keeps_the_block() -> None:
    clock = Clock(OUTER_START)
    with clock.frozen():
        clock.activate()
        clock.deactivate()
        assert _process_now() == OUTER_START
    assert not frozen_windows_active()


def test_close_frozen_windows_closes_everything_and_clocks_can_freeze_again() -> None:
    hooked, blocked = Clock(OUTER_START), Clock(INNER_START)
    hooked.activate()
    with blocked.frozen():
        assert close_frozen_windows() == 2
        assert _is_real(_process_now())
    assert close_frozen_windows() == 0
    hooked.activate()
    assert _process_now() == OUTER_START
    hooked.deactivate()
    assert not frozen_windows_active()


def test_a_clock_created_inside_a_window_starts_at_the_frozen_time() -> None:
    with Clock(OUTER_START).frozen():
        assert Clock().now() == OUTER_START


def test_a_clock_created_inside_a_window_starts_at_the_frozen_time_in_whole_seconds() -> None:
    outer = Clock(INNER_START + timedelta(microseconds=250_001))
    with outer.frozen():
        started = Clock()
    assert started.now() == INNER_START
    assert type(started.now()) is freezegun.api.real_datetime
    assert started.now().tzinfo is timezone.utc


def test_other_threads_see_the_frozen_time() -> None:
    seen: list[datetime] = []
    with Clock(OUTER_START).frozen():
        reader = threading.Thread(target=lambda: seen.append(_process_now()))
        reader.start()
        reader.join(10)
    assert seen == [OUTER_START]


def test_windows_opened_and_closed_from_many_threads_leave_nothing_behind() -> None:
    failures: list[BaseException] = []

    def _scenarios(offset: int) -> None:
        try:
            for step in range(200):
                clock = Clock(OUTER_START + timedelta(days=offset))
                clock.activate()
                with clock.frozen():
                    clock.advance(timedelta(seconds=step))
                clock.deactivate()
        except BaseException as failure:  # reported by the main thread below
            failures.append(failure)

    workers = [threading.Thread(target=_scenarios, args=(n,)) for n in range(8)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    assert failures == []
    assert not frozen_windows_active()
    assert freezegun.api.freeze_factories == []
    assert datetime_module.datetime is freezegun.api.real_datetime
    assert _is_real(_process_now())
