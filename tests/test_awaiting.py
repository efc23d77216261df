"""Running async handler results from synchronous code, as asyncio itself would run them."""

from __future__ import annotations

import asyncio
import contextvars
import threading
from collections.abc import AsyncIterator
from typing import Any

import pytest

from castle_bdd.awaiting import resolve, run_sync

REQUEST = contextvars.ContextVar("REQUEST", default="none")


async def _answer(value: Any) -> Any:
    return value


def test_a_plain_value_is_itself() -> None:
    marker = object()
    assert resolve(marker) is marker


def test_a_coroutine_that_never_waits_gives_its_result() -> None:
    assert run_sync(_answer(42)) == 42


def test_a_coroutine_that_waits_gives_its_result() -> None:
    async def waits() -> str:
        await asyncio.sleep(0)
        await asyncio.sleep(0.001)
        return "done"

    assert run_sync(waits()) == "done"


def test_an_awaitable_that_is_not_a_coroutine() -> None:
    class Ready:
        def __await__(self) -> Any:
            return _answer("ready").__await__()

    assert resolve(Ready()) == "ready"


def test_the_handler_runs_in_a_task_on_a_running_loop() -> None:
    seen: dict[str, Any] = {}

    async def handler() -> None:
        loop = asyncio.get_running_loop()
        seen["task"] = asyncio.current_task()
        seen["running"] = loop.is_running()
        seen["same loop"] = asyncio.get_event_loop() is loop

    run_sync(handler())
    assert isinstance(seen["task"], asyncio.Task)
    assert seen["running"] is True
    assert seen["same loop"] is True


def test_the_loop_is_at_rest_between_calls() -> None:
    async def handler() -> asyncio.AbstractEventLoop:
        return asyncio.get_running_loop()

    loop = run_sync(handler())
    assert not loop.is_running()
    with pytest.raises(RuntimeError):
        asyncio.get_running_loop()


def test_an_exception_propagates_as_it_was_raised() -> None:
    class Refused(Exception):
        pass

    async def refuses() -> None:
        raise Refused("balance is 10")

    with pytest.raises(Refused, match="balance is 10"):
        run_sync(refuses())


def test_an_exception_after_waiting_propagates() -> None:
    async def refuses_later() -> None:
        await asyncio.sleep(0)
        raise ValueError("later")

    with pytest.raises(ValueError, match="later"):
        run_sync(refuses_later())


def test_timeouts_and_task_groups_work_from_the_first_step() -> None:
    async def child() -> int:
        await asyncio.sleep(0)
        return 2

    async def handler() -> int:
        async with asyncio.timeout(5):
            async with asyncio.TaskGroup() as group:
                first = group.create_task(child())
                second = group.create_task(_answer(3))
        return first.result() * second.result()

    assert run_sync(handler()) == 6


def test_a_timeout_that_expires_is_reported() -> None:
    async def too_slow() -> None:
        async with asyncio.timeout(0.001):
            await asyncio.sleep(5)

    with pytest.raises(TimeoutError):
        run_sync(too_slow())


def test_work_left_scheduled_still_runs_before_the_result_is_given() -> None:
    ran: list[str] = []

    async def background() -> None:
        ran.append("background")

    started: list[asyncio.Future[None]] = []

    async def handler() -> str:
        asyncio.get_running_loop().call_soon(ran.append, "callback")
        started.append(asyncio.ensure_future(background()))
        return "result"

    assert run_sync(handler()) == "result"
    assert ran == ["callback", "background"]
    assert started[0].done()


def test_context_variables_are_copied_into_the_task() -> None:
    async def handler() -> str:
        value = REQUEST.get()
        REQUEST.set("changed inside")
        return value

    token = REQUEST.set("outside")
    try:
        assert run_sync(handler()) == "outside"
        assert REQUEST.get() == "outside"
    finally:
        REQUEST.reset(token)


def test_async_generators_are_finalised_by_the_loop() -> None:
    closed: list[bool] = []

    async def numbers() -> AsyncIterator[int]:
        try:
            yield 1
            yield 2
        finally:
            closed.append(True)

    async def handler() -> int:
        generator = numbers()
        first = await generator.__anext__()
        await generator.aclose()
        return first

    assert run_sync(handler()) == 1
    assert closed == [True]


def test_a_caller_inside_a_running_loop_is_served_from_another_thread() -> None:
    async def handler() -> int:
        return threading.get_ident()

    async def caller() -> int:
        return run_sync(handler())

    assert asyncio.run(caller()) != threading.get_ident()


def test_a_debug_loop_runs_the_classic_way() -> None:
    async def handler() -> bool:
        return asyncio.get_running_loop().get_debug()

    async def probe() -> asyncio.AbstractEventLoop:
        return asyncio.get_running_loop()

    loop = run_sync(probe())
    loop.set_debug(True)
    try:
        assert run_sync(handler()) is True
    finally:
        loop.set_debug(False)


def test_a_task_factory_is_used_for_every_task() -> None:
    made: list[str] = []

    def factory(
        loop: asyncio.AbstractEventLoop, coroutine: Any, **kwargs: Any
    ) -> asyncio.Task[Any]:
        made.append("task")
        return asyncio.Task(coroutine, loop=loop, **kwargs)

    async def probe() -> asyncio.AbstractEventLoop:
        return asyncio.get_running_loop()

    loop = run_sync(probe())
    loop.set_task_factory(factory)
    try:
        assert run_sync(_answer("made")) == "made"
    finally:
        loop.set_task_factory(None)
    assert made == ["task"]


def test_a_variable_set_before_waiting_is_seen_after_it_in_a_fresh_thread() -> None:
    seen: list[str] = []

    async def handler() -> None:
        REQUEST.set("set in the first step")
        await asyncio.sleep(0)
        seen.append(REQUEST.get())

    # a new thread starts with an empty context: the task's copy of it is empty too
    worker = threading.Thread(target=run_sync, args=(handler(),))
    worker.start()
    worker.join()
    assert seen == ["set in the first step"]


def test_a_loop_whose_call_soon_is_its_own_runs_the_classic_way() -> None:
    class CountingLoop(asyncio.SelectorEventLoop):
        calls = 0

        def call_soon(self, callback: Any, *args: Any, context: Any = None) -> asyncio.Handle:
            CountingLoop.calls += 1
            return super().call_soon(callback, *args, context=context)

    from castle_bdd.awaiting import _eager_capable

    counting, plain = CountingLoop(), asyncio.SelectorEventLoop()
    try:
        assert not _eager_capable(counting)
        assert _eager_capable(plain)
    finally:
        counting.close()
        plain.close()


def test_an_awaitable_object_is_wrapped_and_a_coroutine_is_run_as_it_is() -> None:
    class Later:
        def __await__(self) -> Any:
            return _answer("later").__await__()

    async def current() -> Any:
        return asyncio.current_task() is not None

    assert run_sync(Later()) == "later"
    assert run_sync(current()) is True
