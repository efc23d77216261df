"""Installing the freezer: the names it finds, against freezegun's own module scan."""

from __future__ import annotations

import datetime as datetime_module
import time
from collections.abc import Callable
from datetime import datetime, timezone
from types import ModuleType
from typing import Any

import freezegun.api
import pytest
from freezegun import freeze_time

from castle_bdd.clock import REAL_TIME_MODULES, Clock, freezer_installed
from castle_bdd.clock.freezer import TimePatches, remove_time_factory

FROZEN_AT = datetime(2001, 9, 9, 1, 46, 40, tzinfo=timezone.utc)
FROZEN_EPOCH_SECONDS = 1_000_000_000.0


def _frozen_naive() -> datetime:
    return freezegun.api.real_datetime(2001, 9, 9, 1, 46, 40)


@pytest.fixture
def module_scans(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Names of the modules freezegun's own scan inspects, in order, from now on."""
    scanned: list[str] = []
    inspect = freezegun.api._get_cached_module_attributes

    def _counting(module: Any) -> Any:
        scanned.append(module.__name__)
        return inspect(module)

    monkeypatch.setattr(freezegun.api, "_get_cached_module_attributes", _counting)
    return scanned


def _names_castle_bdd_switches() -> set[tuple[str, str]]:
    patches = TimePatches()
    patches.install(_frozen_naive)
    try:
        return patches.module_bindings()
    finally:
        patches.switch_off()
        remove_time_factory(_frozen_naive)


def _names_freezegun_patches(monkeypatch: pytest.MonkeyPatch) -> set[tuple[str, str]]:
    # An empty cache makes freezegun look at every module afresh, as at a run's start.
    monkeypatch.setattr(freezegun.api, "_GLOBAL_MODULES_CACHE", {})
    freezer = freeze_time(FROZEN_AT, ignore=list(REAL_TIME_MODULES))
    freezer.start()
    try:
        return {
            (owner.__name__, name)
            for owner, name, _ in freezer.undo_changes
            if isinstance(owner, ModuleType)
        }
    finally:
        freezer.stop()


def test_the_names_switched_are_the_ones_freezeguns_own_scan_patches(
    import_domain: Callable[[], ModuleType], monkeypatch: pytest.MonkeyPatch
) -> None:
    domain = import_domain()
    ours = _names_castle_bdd_switches()
    theirs = _names_freezegun_patches(monkeypatch)
    # castle-bdd's own modules read time only from scenario clocks: they are left alone
    assert ours == {(module, name) for module, name in theirs if not _castle_bdd_own(module)}
    assert any(_castle_bdd_own(module) for module, _ in theirs)
    assert {(domain.__name__, name) for name in ("date", "datetime", "time", "gmtime")} <= ours


def _castle_bdd_own(module_name: str) -> bool:
    return module_name.startswith("castle_bdd.")


def test_castle_bdds_own_modules_keep_the_real_classes_inside_a_window() -> None:
    from castle_bdd.fixtures import aggregate_scenario
    from castle_bdd.scheduling import ManualTimeSource

    with Clock(FROZEN_AT).frozen():
        assert aggregate_scenario.datetime is freezegun.api.real_datetime  # type: ignore[attr-defined]
        assert datetime_module.datetime is freezegun.api.FakeDatetime
        # what castle-bdd reads as "now" inside a window is still the frozen time
        assert ManualTimeSource().now() == FROZEN_AT


def test_no_window_runs_freezeguns_module_scan(module_scans: list[str]) -> None:
    assert not freezer_installed()
    for _ in range(3):
        with Clock(FROZEN_AT).frozen():
            assert datetime_module.datetime.now(timezone.utc) == FROZEN_AT
    assert freezer_installed()
    assert module_scans == []


def test_a_module_loaded_before_the_first_window_is_frozen_inside_and_real_outside(
    registered_module: Callable[[str, str], ModuleType],
) -> None:
    assert not freezer_installed()
    source = "from datetime import datetime\nfrom time import time as epoch_seconds\n"
    domain = registered_module("domain_loaded_before_install", source)
    with Clock(FROZEN_AT).frozen():
        assert domain.datetime.now(timezone.utc) == FROZEN_AT
        assert domain.epoch_seconds() == FROZEN_EPOCH_SECONDS
    assert domain.datetime is freezegun.api.real_datetime
    assert domain.epoch_seconds is freezegun.api.real_time


def test_installing_reads_no_lazy_attribute_of_a_module(
    registered_module: Callable[[str, str], ModuleType],
) -> None:
    # freezegun's scan calls getattr() on every name dir() lists, which runs a module's
    # __getattr__: lazy imports happened at the first window.
    source = (
        "loaded = []\n"
        "def __getattr__(name):\n"
        "    loaded.append(name)\n"
        "    raise AttributeError(name)\n"
        "def __dir__():\n"
        "    return ['loaded', 'heavy_submodule']\n"
    )
    lazy = registered_module("module_with_lazy_attributes", source)
    with Clock(FROZEN_AT).frozen():
        pass
    assert freezer_installed()
    assert lazy.loaded == []


def test_a_fake_imported_from_freezegun_under_its_own_name_stays_a_fake(
    registered_module: Callable[[str, str], ModuleType],
) -> None:
    clock = Clock(FROZEN_AT)
    with clock.frozen():
        helper = registered_module(
            "helper_of_freezegun_fakes", "from freezegun.api import FakeDatetime, fake_time\n"
        )
    with clock.frozen():
        pass
    assert helper.FakeDatetime is freezegun.api.FakeDatetime
    assert helper.fake_time is freezegun.api.fake_time


def test_time_read_through_the_time_module_in_a_late_module_is_frozen_too(
    registered_module: Callable[[str, str], ModuleType],
) -> None:
    with Clock(FROZEN_AT).frozen():
        pass
    late = registered_module("late_module", "import time\nclock = time.time\n")
    with Clock(FROZEN_AT).frozen():
        assert late.clock() == FROZEN_EPOCH_SECONDS
        assert time.time() == FROZEN_EPOCH_SECONDS
    assert late.clock is freezegun.api.real_time
