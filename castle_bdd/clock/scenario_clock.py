"""A scenario's clock and the frozen windows in which the whole process reads it."""

from __future__ import annotations

import datetime as datetime_module
import threading
from contextlib import AbstractContextManager
from datetime import timedelta, timezone
from typing import TYPE_CHECKING

from castle_bdd._compat.freezegun import (
    push_time_factory,
    put_back_real_time,
    real_datetime_class,
    real_now,
    real_time_ns,
    remove_time_factories_from,
    remove_time_factory,
    time_factory_count,
    time_is_frozen,
    top_time_factory,
)
from castle_bdd.clock.freezer import TimePatches
from castle_bdd.errors import CastleBddError

if TYPE_CHECKING:
    # Only for annotations: at run time the real class is read from freezegun's module,
    # which holds it even when this module is first imported inside a freeze_time.
    from datetime import datetime

_ZERO = timedelta(0)
_NANOSECONDS_PER_SECOND = 1_000_000_000


class ClockError(CastleBddError):
    """A clock was given something that is not an instant or a duration it can use."""


def _as_utc_instant(instant: object) -> datetime:
    real_datetime = real_datetime_class()
    if type(instant) is real_datetime and instant.tzinfo is timezone.utc:
        return instant
    if not isinstance(instant, real_datetime):
        raise ClockError(f"a clock instant must be a datetime, not {type(instant).__name__}")
    if instant.utcoffset() is not None:
        instant = instant.astimezone(timezone.utc)
    # A freezegun FakeDatetime would otherwise show up in reprs and failure messages.
    return real_datetime.combine(instant.date(), instant.time(), tzinfo=timezone.utc)


#: The last real second a `Clock()` started at: (epoch seconds, aware instant, naive UTC
#: wall time). Clocks made within the same second share the immutable datetimes.
_last_real_second: tuple[int, datetime, datetime] | None = None


def _real_now_in_whole_seconds() -> tuple[int, datetime, datetime]:
    global _last_real_second
    seconds = real_time_ns() // _NANOSECONDS_PER_SECOND
    last = _last_real_second
    if last is None or last[0] != seconds:
        instant = real_datetime_class().fromtimestamp(seconds, timezone.utc)
        last = _last_real_second = (seconds, instant, _naive(instant))
    return last


def _frozen_now_in_whole_seconds() -> datetime:
    # The time of a window, or of a freeze_time started elsewhere: freezegun answers then.
    current = _WINDOWS.current
    if top_time_factory() is _scenario_time and current is not None:
        return current._instant.replace(microsecond=0)
    return _as_utc_instant(datetime_module.datetime.now(timezone.utc)).replace(microsecond=0)


def _naive(instant: datetime) -> datetime:
    # combine is several times cheaper than replace(tzinfo=None).
    return real_datetime_class().combine(instant.date(), instant.time())


class Clock:
    """A scenario's time: an aware UTC instant that only moves when told."""

    __slots__ = ("_instant", "_wall_time")
    _instant: datetime
    _wall_time: datetime | None

    def __init__(self, start: datetime | None = None) -> None:
        """Start at `start` (naive means UTC), or at the current time in whole seconds."""
        if start is not None:
            self._set(_as_utc_instant(start))
        elif time_is_frozen():
            self._set(_frozen_now_in_whole_seconds())
        else:
            _, self._instant, self._wall_time = _real_now_in_whole_seconds()

    def now(self) -> datetime:
        """The clock's current instant, aware, in UTC."""
        return self._instant

    def move_to(self, instant: datetime) -> None:
        """Jump to `instant` (naive means UTC), forwards or backwards."""
        self._set(_as_utc_instant(instant))

    def advance(self, delta: timedelta) -> datetime:
        """Let `delta` elapse and return the new current instant."""
        if not isinstance(delta, timedelta):
            raise ClockError(f"time elapses by a timedelta, not {type(delta).__name__}")
        if delta < _ZERO:
            raise ClockError(f"time cannot elapse backwards ({delta}); use move_to to go back")
        try:
            self._set(self._instant + delta)
        except OverflowError:
            raise ClockError(f"{self._instant} plus {delta} is past the last date") from None
        return self._instant

    def frozen(self) -> AbstractContextManager[Clock]:
        """Freeze process time at this clock's instant, live, for the `with` block.

        Re-entrant. Nested windows of different clocks: the innermost wins and the outer
        one is seen again when it closes. Whatever happens inside, the window closes.
        """
        return _Window(self)

    def activate(self) -> None:
        """Open a window like `frozen()` that stays open until `deactivate()`.

        Meant for hooks such as behave's `before_scenario`; activating an already
        activated clock changes nothing.
        """
        _WINDOWS.open(self, self)

    def deactivate(self) -> None:
        """Close the window `activate()` opened; does nothing if none is open."""
        _WINDOWS.close(self)

    def _set(self, instant: datetime) -> None:
        self._instant = instant
        # freezegun reads naive UTC on every faked call: written on the first read after
        # a move (`_scenario_time`), not on every move, since a timeline moves per item.
        self._wall_time = None

    @property
    def is_current(self) -> bool:
        """Whether process time reads this clock now (it has the innermost window)."""
        return _WINDOWS.current is self

    def __repr__(self) -> str:
        """Show the current instant."""
        return f"Clock({self._instant.isoformat()})"


class _Window:
    """A `frozen()` block's window: a context manager whose identity tells it apart.

    A clock's `activate()` window needs no object of its own: the clock stands for it.
    """

    __slots__ = ("clock",)

    def __init__(self, clock: Clock) -> None:
        self.clock = clock

    def __enter__(self) -> Clock:
        _WINDOWS.open(self, self.clock)
        return self.clock

    def __exit__(self, *exc_info: object) -> None:
        _WINDOWS.close(self)


#: What stands for an open window: a `frozen()` block's, or a clock for its hook window.
_OpenWindow = _Window | Clock


def _clock_of(window: _OpenWindow) -> Clock:
    return window if isinstance(window, Clock) else window.clock


def _position(windows: list[_OpenWindow], window: _OpenWindow) -> int | None:
    # By identity, innermost first: windows usually close in the order they opened.
    for position in range(len(windows) - 1, -1, -1):
        if windows[position] is window:
            return position
    return None


def _scenario_time() -> datetime:
    # freezegun calls this for every faked datetime.now(), date.today(), time.time()...
    clock = _WINDOWS.current
    if clock is None:
        return real_now().replace(tzinfo=None)
    wall_time = clock._wall_time
    if wall_time is None:
        wall_time = clock._wall_time = _naive(clock._instant)
    return wall_time


class _FrozenWindows:
    """The process-wide stack of open windows, and freezing time while there are any."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._open: list[_OpenWindow] = []
        self._patches = TimePatches()
        # False while a freeze_time started elsewhere does the patching for us.
        self._switched_on = False
        #: The clock the process reads; one attribute so that readers need no lock.
        self.current: Clock | None = None

    @property
    def any_open(self) -> bool:
        """Whether any window is open."""
        return bool(self._open)

    @property
    def installed(self) -> bool:
        """Whether freezegun's replacements are recorded, ready to switch on."""
        return self._patches.installed

    def open(self, window: _OpenWindow, clock: Clock) -> None:
        """Open `window` on `clock`, freezing time if none was open.

        A clock standing for its own window opens it once: a second `activate()` is a no-op.
        """
        # acquire/release: a `with` block costs twice as much, and windows are hot.
        self._lock.acquire()
        try:
            windows = self._open
            if not windows:
                self._freeze()
            elif window is clock and _position(windows, clock) is not None:
                return
            windows.append(window)
            self.current = clock
        finally:
            self._lock.release()

    def close(self, window: _OpenWindow) -> None:
        """Close `window` (in any order; twice is harmless), thawing time after the last."""
        self._lock.acquire()
        try:
            windows = self._open
            if windows and windows[-1] is window:
                windows.pop()
            elif (position := _position(windows, window)) is not None:
                del windows[position]
            else:
                return
            if windows:
                self.current = _clock_of(windows[-1])
            else:
                self.current = None
                self._thaw()
        finally:
            self._lock.release()

    def close_all(self) -> int:
        """Close every open window; return how many there were."""
        with self._lock:
            closing, self._open = self._open, []
            self.current = None
            if closing:
                self._thaw()
            return len(closing)

    def stop_freezes_from(self, depth: int) -> datetime | None:
        """Stop the ``freeze_time``s started elsewhere since freezegun's stack held
        ``depth`` time factories and never stopped; the time the newest of them froze, or
        None when there were none.

        Between windows only: a window's own factory is never taken. When no other
        ``freeze_time`` is left running, the real time classes and functions are put back
        wherever they replaced them, as their ``stop`` would have.
        """
        with self._lock:
            if self._open or time_factory_count() <= depth:
                return None
            frozen = _frozen_by(top_time_factory())
            remove_time_factories_from(depth)
            if not time_is_frozen():
                put_back_real_time()
            return frozen

    def forget_patches(self) -> None:
        """Drop freezegun's recorded replacements; the next window installs them anew."""
        with self._lock:
            if not self._open:
                self._patches = TimePatches()

    def _freeze(self) -> None:
        patches = self._patches
        # Inside a freeze_time started elsewhere, time is patched already, and recording
        # that freezer's replacements would keep them past its end.
        if time_is_frozen():
            self._switched_on = False
            push_time_factory(_scenario_time, patches.ignored)
        elif patches.installed:
            patches.freeze(_scenario_time)
            self._switched_on = True
        else:
            patches.install(_scenario_time)
            self._switched_on = True

    def _thaw(self) -> None:
        if self._switched_on:
            self._switched_on = False
            self._patches.thaw(_scenario_time)
        else:
            remove_time_factory(_scenario_time)


_WINDOWS = _FrozenWindows()


def frozen_windows_active() -> bool:
    """Whether any clock's frozen window is open anywhere in the process."""
    return _WINDOWS.any_open


def active_clock() -> Clock | None:
    """The clock that process time reads now, or None between windows."""
    return _WINDOWS.current


def close_frozen_windows() -> int:
    """Close every open window (a safety net for hooks); return how many were open."""
    return _WINDOWS.close_all()


def freezer_installed() -> bool:
    """Whether freezegun's replacements are recorded, so a window needs no module scan."""
    return _WINDOWS.installed


def freezes_running() -> int:
    """How many freezers freezegun's fakes stand on now: open windows count one, and each
    ``freeze_time`` started elsewhere and not stopped one more. Cheap: a stack's length."""
    return time_factory_count()


def stop_freezes_from(depth: int) -> datetime | None:
    """Stop the ``freeze_time``s that code started, once `freezes_running` was ``depth``,
    and did not stop (between windows); the time the newest of them froze (UTC), or None
    when none was left running."""
    return _WINDOWS.stop_freezes_from(depth)


def _frozen_by(factory: object) -> datetime | None:
    """The time a freeze_time's factory gives (naive means UTC), if it gives one."""
    frozen = factory() if callable(factory) else None
    return _as_utc_instant(frozen) if isinstance(frozen, real_datetime_class()) else None


def shutdown() -> None:
    """Close every window and forget freezegun's replacements; a later window scans again.

    Between windows time is real already; this also releases what was recorded (and the
    modules it holds), for the end of a run such as behave's `after_all`.
    """
    _WINDOWS.close_all()
    _WINDOWS.forget_patches()
