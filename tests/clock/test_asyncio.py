"""asyncio under the frozen clock: sleeps and timeouts run on real time, now() is frozen."""

from __future__ import annotations

import asyncio
import datetime as datetime_module
import threading
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import TypeVar

from castle_bdd.clock import Clock, real_perf_counter, shutdown

FROZEN_AT = datetime(2001, 9, 9, 1, 46, 40, tzinfo=timezone.utc)
SLEEP_SECONDS = 0.01
DEADLINE_SECONDS = 10.0

T = TypeVar("T")


def _within_deadline(work: Callable[[], T]) -> T:
    """Run `work` on another thread and fail, instead of hanging, if it never ends."""
    outcome: dict[str, object] = {}

    def _run() -> None:
        try:
            outcome["value"] = work()
        except BaseException as failure:  # re-raised on the test's thread
            outcome["failure"] = failure

    worker = threading.Thread(target=_run, daemon=True)
    worker.start()
    worker.join(DEADLINE_SECONDS)
    assert not worker.is_alive(), "asyncio hung under the frozen clock"
    if "failure" in outcome:
        raise outcome["failure"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]


async def _sleep_and_read_the_time() -> tuple[float, datetime, datetime]:
    before = datetime_module.datetime.now(timezone.utc)
    started = real_perf_counter()
    await asyncio.wait_for(asyncio.sleep(SLEEP_SECONDS), timeout=DEADLINE_SECONDS)
    return real_perf_counter() - started, before, datetime_module.datetime.now(timezone.utc)


def test_asyncio_run_inside_a_window_sleeps_on_real_time() -> None:
    with Clock(FROZEN_AT).frozen():
        slept, before, after = _within_deadline(lambda: asyncio.run(_sleep_and_read_the_time()))
    assert SLEEP_SECONDS <= slept < DEADLINE_SECONDS
    assert before == after == FROZEN_AT


def test_a_loop_created_before_time_was_first_frozen_keeps_working() -> None:
    shutdown()
    loop = asyncio.new_event_loop()
    try:
        with Clock(FROZEN_AT).frozen():
            slept, before, _ = _within_deadline(
                lambda: loop.run_until_complete(_sleep_and_read_the_time())
            )
    finally:
        loop.close()
    assert SLEEP_SECONDS <= slept < DEADLINE_SECONDS
    assert before == FROZEN_AT


def test_moving_the_clock_while_a_coroutine_waits_is_seen_after_the_wait() -> None:
    clock = Clock(FROZEN_AT)

    async def _wait_then_read() -> datetime:
        await asyncio.sleep(SLEEP_SECONDS)
        return datetime_module.datetime.now(timezone.utc)

    async def _scenario() -> datetime:
        waiting = asyncio.create_task(_wait_then_read())
        await asyncio.sleep(0)
        clock.advance(timedelta(days=30))
        return await waiting

    with clock.frozen():
        seen = _within_deadline(lambda: asyncio.run(_scenario()))
    assert seen == FROZEN_AT + timedelta(days=30)


def test_an_asyncio_timeout_fires_on_real_time_inside_a_window() -> None:
    async def _time_out() -> bool:
        try:
            await asyncio.wait_for(asyncio.sleep(DEADLINE_SECONDS * 2), timeout=SLEEP_SECONDS)
        except TimeoutError:
            return True
        return False

    with Clock(FROZEN_AT).frozen():
        assert _within_deadline(lambda: asyncio.run(_time_out()))
