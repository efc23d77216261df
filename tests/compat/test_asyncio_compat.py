"""What castle_bdd._compat.asyncio relies on, against the installed Python."""

from __future__ import annotations

import asyncio
import asyncio.events

from castle_bdd._compat.asyncio import (
    LOOP_STATE,
    eager_capable,
    eager_runner,
    exception_never_retrieved,
    in_running_loop,
)


def test_the_private_names_it_imports_exist() -> None:
    assert callable(asyncio.events._get_running_loop)
    assert callable(asyncio.events._set_running_loop)


def test_a_new_loop_has_the_state_the_eager_path_reads() -> None:
    loop = asyncio.new_event_loop()
    try:
        missing = [name for name in LOOP_STATE if not hasattr(loop, name)]
        assert missing == []
        assert eager_capable(loop)
    finally:
        loop.close()


def test_a_loop_that_overrides_call_soon_is_not_eager_capable() -> None:
    class Counting(asyncio.SelectorEventLoop):
        def call_soon(self, *args, **kwargs):  # type: ignore[override]
            return super().call_soon(*args, **kwargs)

    loop = Counting()
    try:
        assert not eager_capable(loop)
    finally:
        loop.close()


def test_in_running_loop_tells_inside_from_outside() -> None:
    async def inside() -> bool:
        return in_running_loop()

    assert not in_running_loop()
    assert asyncio.run(inside())


def test_the_eager_runner_runs_a_coroutine_that_never_waits_without_turning_the_loop() -> None:
    loop = asyncio.new_event_loop()
    turned: list[str] = []

    def classic(coroutine):
        turned.append("classic")
        return loop.run_until_complete(coroutine)

    async def handler() -> tuple[bool, str]:
        task = asyncio.current_task()
        assert task is not None
        return asyncio.get_running_loop() is loop, task.get_name()

    try:
        run = eager_runner(loop, classic, loop.run_until_complete)
        assert run(handler()) == (True, handler.__qualname__)
        assert turned == []
        assert not loop.is_running()
    finally:
        loop.close()


def test_the_eager_runner_turns_the_loop_for_a_coroutine_that_waits() -> None:
    loop = asyncio.new_event_loop()

    async def waits() -> int:
        await asyncio.sleep(0)
        return 7

    try:
        assert eager_runner(loop, loop.run_until_complete, loop.run_until_complete)(waits()) == 7
    finally:
        loop.close()


def test_in_debug_mode_the_classic_runner_takes_over() -> None:
    loop = asyncio.new_event_loop()
    loop.set_debug(True)
    used: list[str] = []

    def classic(coroutine):
        used.append("classic")
        return loop.run_until_complete(coroutine)

    async def handler() -> int:
        return 1

    try:
        assert eager_runner(loop, classic, loop.run_until_complete)(handler()) == 1
        assert used == ["classic"]
    finally:
        loop.close()


def test_an_exception_nobody_read_is_told_once_and_then_counts_as_read() -> None:
    loop = asyncio.new_event_loop()
    try:
        unread: asyncio.Future[int] = loop.create_future()
        assert exception_never_retrieved(unread) is None  # pending
        unread.set_exception(KeyError("lost"))
        told = exception_never_retrieved(unread)
        assert isinstance(told, KeyError)
        assert exception_never_retrieved(unread) is None  # reading it counted
        read: asyncio.Future[int] = loop.create_future()
        read.set_exception(KeyError("read"))
        read.exception()
        assert exception_never_retrieved(read) is None
        cancelled: asyncio.Future[int] = loop.create_future()
        cancelled.cancel()
        assert exception_never_retrieved(cancelled) is None
        fine: asyncio.Future[int] = loop.create_future()
        fine.set_result(1)
        assert exception_never_retrieved(fine) is None
    finally:
        loop.close()
