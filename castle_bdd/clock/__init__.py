"""The frozen clock: a scenario's time, seen by domain code through freezegun.

While a `Clock`'s frozen window is open, `datetime.now()`, `date.today()`, `time.time()`
and the other time functions return the clock's instant everywhere in the process;
between windows they are the real ones. The first window finds, once, where the loaded
modules bound those classes and functions; after that a window only switches freezegun's
replacements on and off.
"""

from __future__ import annotations

from castle_bdd.clock.freezer import REAL_TIME_MODULES, real_now, real_perf_counter
from castle_bdd.clock.scenario_clock import (
    Clock,
    ClockError,
    active_clock,
    close_frozen_windows,
    freezer_installed,
    frozen_windows_active,
    shutdown,
)

__all__ = [
    "REAL_TIME_MODULES",
    "Clock",
    "ClockError",
    "active_clock",
    "close_frozen_windows",
    "freezer_installed",
    "frozen_windows_active",
    "real_now",
    "real_perf_counter",
    "shutdown",
]
