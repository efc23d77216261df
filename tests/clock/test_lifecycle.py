"""The long-lived freezer: installed once, not searched again per window, stopped by shutdown."""

from __future__ import annotations

import datetime as datetime_module
import gc
import sys
import time
import weakref
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from types import ModuleType
from typing import Any

import freezegun.api
import pytest
from freezegun import freeze_time

from castle_bdd.clock import (
    REAL_TIME_MODULES,
    Clock,
    freezer_installed,
    frozen_windows_active,
    shutdown,
)

FROZEN_AT = datetime(2001, 9, 9, 1, 46, 40, tzinfo=timezone.utc)
ELSEWHERE_AT = datetime(2020, 2, 2, 20, 0, tzinfo=timezone.utc)
FROZEN_EPOCH_SECONDS = 1_000_000_000.0


def _process_now() -> datetime:
    return datetime_module.datetime.now(timezone.utc)


def _is_real(instant: datetime) -> bool:
    return abs(instant - freezegun.api.real_datetime.now(timezone.utc)) < timedelta(seconds=5)


def test_later_windows_find_no_new_module_and_switch_the_same_names(
    import_domain: Callable[[], ModuleType],
) -> None:
    domain = import_domain()
    with Clock(FROZEN_AT).frozen():
        pass
    assert freezer_installed()
    for days in range(20):
        clock = Clock(FROZEN_AT + timedelta(days=days))
        clock.activate()
        clock.advance(timedelta(hours=1))
        assert domain.epoch_seconds() == FROZEN_EPOCH_SECONDS + days * 86400 + 3600
        clock.deactivate()
        assert domain.time is freezegun.api.real_time


def test_shutdown_forgets_the_replacements_and_a_later_window_searches_again(
    import_domain: Callable[[], ModuleType],
) -> None:
    domain = import_domain()
    with Clock(FROZEN_AT).frozen():
        pass
    shutdown()
    assert not freezer_installed()
    assert datetime_module.datetime is freezegun.api.real_datetime
    assert time.time is freezegun.api.real_time
    assert freezegun.api.freeze_factories == []
    # Bound after the first window's search: only a new search finds it.
    vars(domain)["bound_late"] = time.time
    with Clock(FROZEN_AT).frozen():
        assert _process_now() == FROZEN_AT
        assert domain.bound_late() == FROZEN_EPOCH_SECONDS
    assert freezer_installed()
    assert domain.bound_late is freezegun.api.real_time
    assert _is_real(_process_now())


def test_shutdown_closes_open_windows_and_the_clocks_can_activate_again() -> None:
    clock = Clock(FROZEN_AT)
    clock.activate()
    shutdown()
    assert not frozen_windows_active()
    assert datetime_module.datetime is freezegun.api.real_datetime
    clock.activate()
    assert _process_now() == FROZEN_AT
    clock.deactivate()
    assert not frozen_windows_active()


def test_shutdown_without_a_running_freezer_does_nothing() -> None:
    shutdown()
    shutdown()
    assert not freezer_installed()
    assert datetime_module.datetime is freezegun.api.real_datetime


def test_a_window_inside_someone_elses_freeze_time_wins_and_gives_it_back() -> None:
    with freeze_time(ELSEWHERE_AT):
        with Clock(FROZEN_AT).frozen():
            assert _process_now() == FROZEN_AT
        assert _process_now() == ELSEWHERE_AT
        # Installed inside that freeze_time, a long-lived freezer would outlive it wrongly.
        assert not freezer_installed()
    assert datetime_module.datetime is freezegun.api.real_datetime


def test_someone_elses_freeze_time_between_windows_works_and_a_window_inside_wins() -> None:
    with Clock(FROZEN_AT).frozen():
        pass
    with freeze_time(ELSEWHERE_AT):
        assert _process_now() == ELSEWHERE_AT
        with Clock(FROZEN_AT).frozen():
            assert _process_now() == FROZEN_AT
        assert _process_now() == ELSEWHERE_AT
    assert freezer_installed()
    assert _is_real(_process_now())
    assert abs(time.time() - freezegun.api.real_time()) < 5


def test_a_freeze_time_started_in_a_window_and_never_stopped_ends_with_the_window(
    import_domain: Callable[[], ModuleType],
) -> None:
    domain = import_domain()
    with Clock(FROZEN_AT).frozen():
        freeze_time(ELSEWHERE_AT).start()  # domain code that never stops it
        assert _process_now() == ELSEWHERE_AT
    assert not freezegun.api.freeze_factories
    assert _is_real(_process_now())
    assert datetime_module.datetime is freezegun.api.real_datetime
    # the next window freezes time again, for code that bound the names too
    with Clock(FROZEN_AT + timedelta(days=1)).frozen():
        assert _process_now() == FROZEN_AT + timedelta(days=1)
        assert domain.epoch_seconds() == FROZEN_EPOCH_SECONDS + 86400
    assert domain.time is freezegun.api.real_time


def test_a_freeze_time_started_and_stopped_in_a_window_leaves_it_frozen() -> None:
    with Clock(FROZEN_AT).frozen():
        with freeze_time(ELSEWHERE_AT):
            assert _process_now() == ELSEWHERE_AT
        assert _process_now() == FROZEN_AT
    assert not freezegun.api.freeze_factories
    assert _is_real(_process_now())


def test_a_clock_created_under_someone_elses_freeze_time_starts_there() -> None:
    with freeze_time(ELSEWHERE_AT):
        assert Clock().now() == ELSEWHERE_AT


def test_a_clock_created_under_someone_elses_freeze_time_starts_in_whole_utc_seconds() -> None:
    with freeze_time(ELSEWHERE_AT + timedelta(microseconds=999_999)):
        started = Clock().now()
    assert started == ELSEWHERE_AT
    assert started.tzinfo is timezone.utc
    assert type(started) is freezegun.api.real_datetime


def test_a_clock_created_in_a_window_inside_someone_elses_freeze_time_starts_at_the_window() -> (
    None
):
    with freeze_time(ELSEWHERE_AT), Clock(FROZEN_AT).frozen():
        assert Clock().now() == FROZEN_AT


def test_someone_elses_freeze_time_between_windows_freezes_and_thaws_on_its_own() -> None:
    with Clock(FROZEN_AT).frozen():
        pass
    with freeze_time(ELSEWHERE_AT):
        assert _process_now() == ELSEWHERE_AT
        assert time.time() == ELSEWHERE_AT.timestamp()
    assert datetime_module.datetime is freezegun.api.real_datetime
    assert time.time is freezegun.api.real_time
    with Clock(FROZEN_AT).frozen():
        assert _process_now() == FROZEN_AT


def test_shutdown_leaves_someone_elses_freeze_time_alone() -> None:
    with Clock(FROZEN_AT).frozen():
        pass
    with freeze_time(ELSEWHERE_AT):
        shutdown()
        assert _process_now() == ELSEWHERE_AT
    assert datetime_module.datetime is freezegun.api.real_datetime


def test_modules_unloaded_between_windows_are_not_kept_alive(
    import_domain: Callable[[], ModuleType],
) -> None:
    domain = import_domain()
    with Clock(FROZEN_AT).frozen():
        assert domain.epoch_seconds() == FROZEN_EPOCH_SECONDS
    unloaded = weakref.ref(domain)
    del sys.modules[domain.__name__]
    del domain
    with Clock(FROZEN_AT).frozen():
        pass
    gc.collect()
    assert unloaded() is None


@pytest.mark.parametrize("prefix", REAL_TIME_MODULES)
def test_report_modules_keep_real_time_inside_windows(prefix: str) -> None:
    report_code = compile("reading = time.time()", f"<{prefix}>", "exec")
    report_globals: dict[str, Any] = {"__name__": f"{prefix}.sample", "time": time}
    with Clock(FROZEN_AT).frozen():
        exec(report_code, report_globals)
        domain_reading = time.time()
    assert abs(report_globals["reading"] - freezegun.api.real_time()) < 5
    assert domain_reading == FROZEN_AT.timestamp()


def test_report_modules_keep_real_time_in_a_window_inside_someone_elses_freeze_time() -> None:
    report_code = compile("reading = time.time()", "<report>", "exec")
    report_globals: dict[str, Any] = {"__name__": "behave.reporter.sample", "time": time}
    with freeze_time(ELSEWHERE_AT), Clock(FROZEN_AT).frozen():
        exec(report_code, report_globals)
        domain_reading = time.time()
    assert abs(report_globals["reading"] - freezegun.api.real_time()) < 5
    assert domain_reading == FROZEN_AT.timestamp()
