"""Running async handler results from synchronous code, as asyncio itself would run them."""

from __future__ import annotations

import asyncio
import contextvars
import functools
import gc
import sys
import threading
import traceback
import types
from collections.abc import AsyncIterator, Generator
from typing import Any

import pytest

from castle_bdd._compat.asyncio import eager_capable as _eager_capable
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
        return first.result() * second.result()  # type: ignore[no-any-return]

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
        await generator.aclose()  # type: ignore[attr-defined]
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

        def call_soon(self, callback: Any, *args: Any, context: Any = None) -> asyncio.Handle:  # type: ignore[override]
            CountingLoop.calls += 1
            return super().call_soon(callback, *args, context=context)

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


async def _thread_loop() -> asyncio.AbstractEventLoop:
    return asyncio.get_running_loop()


def test_the_task_is_named_after_the_handler_and_listed_among_all_tasks() -> None:
    async def deposit() -> tuple[str, bool]:
        task = asyncio.current_task()
        assert task is not None
        return task.get_name(), task in asyncio.all_tasks()

    name, listed = run_sync(deposit())
    assert name.endswith("deposit")
    assert listed is True


def test_the_loop_is_left_as_it_was_found_even_after_an_exception() -> None:
    loop = run_sync(_thread_loop())

    async def refuses() -> None:
        raise ValueError("refused")

    with pytest.raises(ValueError, match="refused"):
        run_sync(refuses())
    assert "call_soon" not in vars(loop)
    assert not loop.is_running()
    assert not loop._ready  # type: ignore[attr-defined]


@pytest.mark.parametrize("waits", [False, True], ids=["at once", "after waiting"])
def test_a_system_exit_goes_on_up_and_its_task_logs_nothing(
    waits: bool, caplog: pytest.LogCaptureFixture
) -> None:
    async def exits() -> None:
        if waits:
            await asyncio.sleep(0)
        sys.exit("no more")

    with pytest.raises(SystemExit, match="no more"):
        run_sync(exits())
    gc.collect()  # a task that kept it unread says "Task exception was never retrieved"
    assert not [r for r in caplog.records if r.name == "asyncio"], caplog.text
    assert run_sync(_answer(1)) == 1


def test_the_loops_asyncgen_hooks_are_set_inside_and_the_callers_restored() -> None:
    def outer_firstiter(generator: Any) -> None:
        """Never called: no async generator starts outside the handler."""

    loop = run_sync(_thread_loop())

    async def handler() -> Any:
        return sys.get_asyncgen_hooks()

    before = sys.get_asyncgen_hooks()
    sys.set_asyncgen_hooks(outer_firstiter, before.finalizer)
    try:
        inside = run_sync(handler())
        after = sys.get_asyncgen_hooks()
    finally:
        sys.set_asyncgen_hooks(*before)
    assert inside.firstiter == loop._asyncgen_firstiter_hook  # type: ignore[attr-defined]
    assert inside.finalizer == loop._asyncgen_finalizer_hook  # type: ignore[attr-defined]
    assert after.firstiter is outer_firstiter


def test_the_exception_raised_is_the_one_caught_with_its_traceback() -> None:
    raised: list[BaseException] = []

    async def refuses_to_deposit() -> None:
        error = LookupError("no such account")
        raised.append(error)
        raise error

    with pytest.raises(LookupError) as caught:
        run_sync(refuses_to_deposit())
    assert caught.value is raised[0]
    frames = traceback.extract_tb(caught.value.__traceback__)
    assert "refuses_to_deposit" in [frame.name for frame in frames]


def test_a_handler_that_waits_for_a_future_or_a_task_completes() -> None:
    async def child() -> int:
        await asyncio.sleep(0)
        return 4

    async def handler() -> int:
        future: asyncio.Future[int] = asyncio.get_running_loop().create_future()
        asyncio.get_running_loop().call_soon(future.set_result, 3)
        return await future + await asyncio.create_task(child())

    assert run_sync(handler()) == 7


def test_a_closed_thread_loop_is_replaced_by_a_new_one() -> None:
    first = run_sync(_thread_loop())
    first.close()
    second = run_sync(_thread_loop())
    assert second is not first
    assert run_sync(_answer("after")) == "after"


def test_a_loop_whose_settings_are_its_own_methods_runs_the_classic_way() -> None:
    class QuietLoop(asyncio.SelectorEventLoop):
        def get_debug(self) -> bool:
            return False

    quiet = QuietLoop()
    try:
        assert not _eager_capable(quiet)
    finally:
        quiet.close()


def test_a_thread_whose_loop_is_not_asyncios_own_runs_it_the_classic_way(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[str] = []

    class CountingLoop(asyncio.SelectorEventLoop):
        def call_soon(  # type: ignore[override]
            self, callback: Any, *args: Any, context: Any = None
        ) -> asyncio.Handle:
            calls.append("call_soon")
            return super().call_soon(callback, *args, context=context)

    monkeypatch.setattr(asyncio, "new_event_loop", CountingLoop)
    results: list[Any] = []

    def in_a_fresh_thread() -> None:
        results.append(run_sync(_answer(1)))
        run_sync(_thread_loop()).close()
        results.append(run_sync(_answer(2)))
        results.append(type(run_sync(_thread_loop())))

    worker = threading.Thread(target=in_a_fresh_thread)
    worker.start()
    worker.join()
    assert results == [1, 2, CountingLoop]
    assert calls


def test_work_scheduled_while_the_task_is_made_is_not_taken_for_its_first_step() -> None:
    # a collection while the task is made may run finalizers that schedule work
    loop = run_sync(_thread_loop())
    scheduled: list[str] = []
    ran: list[str] = []

    def schedule_from_the_collector(phase: str, info: dict[str, Any]) -> None:
        if phase == "start" and "call_soon" in vars(loop) and len(scheduled) < 2:
            scheduled.append("with an argument")
            loop.call_soon(ran.append, "with an argument")
            scheduled.append("without")
            loop.call_soon(functools.partial(ran.append, "without"))

    threshold = gc.get_threshold()
    gc.callbacks.append(schedule_from_the_collector)
    gc.set_threshold(1)
    try:
        result = run_sync(_answer("made"))
    finally:
        gc.set_threshold(*threshold)
        gc.callbacks.remove(schedule_from_the_collector)
    assert result == "made"
    assert scheduled, "no collection ran while the task was made"
    assert ran == scheduled


def test_awaitables_that_are_not_coroutines_are_served_from_a_running_loop_too() -> None:
    @types.coroutine
    def legacy() -> Generator[Any, None, str]:
        yield from asyncio.sleep(0).__await__()
        return "legacy"

    async def caller() -> str:
        return str(resolve(legacy()))

    assert resolve(legacy()) == "legacy"
    assert asyncio.run(caller()) == "legacy"


# The tasks a handler starts are part of its work.


async def _probe_loop() -> asyncio.AbstractEventLoop:
    return asyncio.get_running_loop()


def test_a_task_started_and_not_awaited_that_crashes_is_the_handlers_crash() -> None:
    async def notify() -> None:
        raise KeyError("the crash of a task nobody awaited")

    async def handler() -> str:
        asyncio.get_running_loop().create_task(notify())
        return "returned"

    with pytest.raises(KeyError, match="nobody awaited") as raised:
        run_sync(handler())
    assert "notify" in "".join(traceback.format_tb(raised.value.__traceback__))


def test_a_task_started_after_waiting_that_crashes_is_the_handlers_crash() -> None:
    async def notify() -> None:
        await asyncio.sleep(0)
        raise ZeroDivisionError("late")

    async def handler() -> None:
        await asyncio.sleep(0)
        asyncio.ensure_future(notify())  # noqa: RUF006 - the mistake under test

    with pytest.raises(ZeroDivisionError, match="late"):
        run_sync(handler())


def test_the_handlers_own_exception_comes_before_one_of_its_tasks(
    caplog: pytest.LogCaptureFixture,
) -> None:
    async def notify() -> None:
        raise KeyError("the task's")

    async def handler() -> None:
        asyncio.get_running_loop().create_task(notify())
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        raise ValueError("the handler's")

    with pytest.raises(ValueError, match="the handler's"):
        run_sync(handler())
    gc.collect()
    assert "never retrieved" not in caplog.text


def test_an_exception_a_handler_reads_from_its_task_is_not_raised_again() -> None:
    async def notify() -> None:
        raise KeyError("read by gather")

    async def handler() -> list[BaseException | None]:
        task = asyncio.get_running_loop().create_task(notify())
        return list(await asyncio.gather(task, return_exceptions=True))

    (result,) = run_sync(handler())
    assert isinstance(result, KeyError)


def test_the_work_of_a_task_started_and_not_awaited_is_done_before_the_result() -> None:
    done: list[str] = []

    async def send() -> None:
        await asyncio.sleep(0.001)
        await asyncio.sleep(0)
        done.append("sent")

    async def handler() -> list[str]:
        asyncio.get_running_loop().create_task(send())
        return done

    assert run_sync(handler()) == ["sent"]


def test_a_task_still_running_after_the_wait_is_cancelled_and_named(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import castle_bdd.awaiting as awaiting

    monkeypatch.setattr(awaiting, "TASK_WAIT_SECONDS", 0.05)
    cancelled: list[str] = []

    async def watch_for_ever() -> None:
        try:
            await asyncio.Event().wait()
        except asyncio.CancelledError:
            cancelled.append("cancelled")
            raise

    async def handler() -> None:
        asyncio.get_running_loop().create_task(watch_for_ever())

    with pytest.raises(awaiting.UnfinishedTaskError) as raised:
        run_sync(handler())
    message = str(raised.value)
    assert "watch_for_ever() waiting at tests/test_awaiting.py:" in message
    assert "0.05 s" in message
    assert cancelled == ["cancelled"]
    loop = run_sync(_probe_loop())
    assert asyncio.all_tasks(loop) == set()  # nothing left for the next handler


def test_a_task_left_behind_by_a_handler_that_crashed_is_cancelled() -> None:
    ran: list[str] = []

    async def later() -> None:
        await asyncio.sleep(0.01)
        ran.append("ran")

    async def handler() -> None:
        asyncio.get_running_loop().create_task(later())
        await asyncio.sleep(0)
        raise ValueError("refused")

    with pytest.raises(ValueError):
        run_sync(handler())
    run_sync(asyncio.sleep(0.02))  # a later handler turns the loop: the task is gone
    assert ran == []


def test_the_tasks_of_a_handler_run_the_classic_way_are_waited_for_too() -> None:
    async def notify() -> None:
        raise KeyError("on a debug loop")

    async def handler() -> None:
        asyncio.get_running_loop().create_task(notify())

    loop = run_sync(_probe_loop())
    loop.set_debug(True)
    try:
        with pytest.raises(KeyError, match="debug loop"):
            run_sync(handler())
    finally:
        loop.set_debug(False)


def test_the_tasks_of_a_handler_served_from_another_thread_are_waited_for_too() -> None:
    async def notify() -> None:
        raise KeyError("from a running loop")

    async def handler() -> None:
        asyncio.get_running_loop().create_task(notify())

    async def caller() -> None:
        run_sync(handler())

    with pytest.raises(KeyError, match="from a running loop"):
        asyncio.run(caller())


def test_the_users_task_factory_still_makes_the_tasks_a_handler_starts() -> None:
    made: list[str] = []

    def factory(
        loop: asyncio.AbstractEventLoop, coroutine: Any, **kwargs: Any
    ) -> asyncio.Task[Any]:
        made.append(coroutine.__qualname__.rpartition(".")[2])
        return asyncio.Task(coroutine, loop=loop, **kwargs)

    async def child() -> int:
        return 1

    async def handler() -> int:
        return await asyncio.get_running_loop().create_task(child())

    loop = run_sync(_probe_loop())
    loop.set_task_factory(factory)
    try:
        assert run_sync(handler()) == 1
    finally:
        loop.set_task_factory(None)
    assert made == ["handler", "child"]
