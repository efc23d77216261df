"""Run async handler results to completion from synchronous code.

Fixtures call sync and async handlers alike and need no event loop from the caller:
an awaitable result is run on one event loop kept per thread (cheap to reuse), or on a
worker thread when the caller is itself inside a running loop.

On asyncio's own loops, a handler that never waits finishes without turning the loop
(`castle_bdd._compat.asyncio`).

The tasks a handler starts are part of its work, as a ``TaskGroup``'s are: the loop turns
until they are done too, and the first exception one of them raised that no code read
(what asyncio would log as never retrieved) is the handler's.
Left alone, a task started and not awaited (``asyncio.create_task(self.notify())``) would
crash unseen, or run later, in another test. One still running `TASK_WAIT_SECONDS` after
its handler returned is cancelled, and `UnfinishedTaskError` says which it was.
"""

from __future__ import annotations

import asyncio
import atexit
import functools
import inspect
import threading
from collections.abc import Awaitable, Callable, Coroutine
from types import CoroutineType
from typing import Any, TypeVar

from castle_bdd._compat.asyncio import (
    eager_capable,
    eager_runner,
    exception_never_retrieved,
    in_running_loop,
)
from castle_bdd.errors import CastleBddError
from castle_bdd.paths import readable_path

T = TypeVar("T")

#: Per thread, ``run``: runs a coroutine on the thread's own loop.
_local = threading.local()

_Runner = Callable[[Coroutine[object, object, object]], Any]

#: How long, in real seconds, the tasks a handler started may run on after it returned.
TASK_WAIT_SECONDS = 2.0


class UnfinishedTaskError(CastleBddError):
    """A task that a handler started was still running well after the handler returned."""


def resolve(value: object) -> Any:
    """``value`` itself, or what it resolves to when it is awaitable."""
    # an exact type check first: inspect.isawaitable costs more than a short handler's step
    if type(value) is not CoroutineType:
        if not inspect.isawaitable(value):
            return value
        value = _as_coroutine(value)
    if in_running_loop():  # rare (called from async code): a thread runs it, loaded now
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(max_workers=1) as worker:
            return worker.submit(_run_on_a_new_loop, value).result()
    try:
        run = _local.run
    except AttributeError:
        run = _local.run = _thread_runner()
    return run(value)


def run_sync(awaitable: Awaitable[T]) -> T:
    """Run ``awaitable`` to completion and return its result."""
    if type(awaitable) is not CoroutineType:
        awaitable = _as_coroutine(awaitable)
    return resolve(awaitable)  # type: ignore[no-any-return]


def _thread_runner() -> _Runner:
    loop = asyncio.new_event_loop()
    atexit.register(loop.close)
    classic = functools.partial(_run_classic, loop)
    if eager_capable(loop):
        return eager_runner(loop, classic, functools.partial(_run_with_its_tasks, loop))
    return classic


def _run_classic(loop: asyncio.AbstractEventLoop, coroutine: Coroutine[object, object, T]) -> T:
    if loop.is_closed():
        run = _local.run = _thread_runner()
        return run(coroutine)  # type: ignore[no-any-return]
    return _run_with_its_tasks(loop, asyncio.ensure_future(coroutine, loop=loop))


def _run_on_a_new_loop(coroutine: Coroutine[object, object, T]) -> T:
    """``asyncio.run``, waiting for the tasks the coroutine starts as a handler's are."""
    loop = asyncio.new_event_loop()
    try:
        return _run_with_its_tasks(loop, asyncio.ensure_future(coroutine, loop=loop))
    finally:
        try:
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            loop.close()


def _run_with_its_tasks(loop: asyncio.AbstractEventLoop, main: asyncio.Future[T]) -> T:
    """Run ``main`` to its end on ``loop``, then the tasks it started; ``main``'s result.

    The tasks already pending on the thread's own loop are ``main``'s (its first step may
    have run); those made from now on are recorded as they are made.
    """
    started: list[asyncio.Future[Any]] = [t for t in asyncio.all_tasks(loop) if t is not main]
    previous = loop.get_task_factory()

    def record(
        loop: asyncio.AbstractEventLoop, coroutine: Any, **options: Any
    ) -> asyncio.Future[Any]:
        if previous is None:
            task: asyncio.Future[Any] = asyncio.Task(coroutine, loop=loop, **options)
        else:
            task = previous(loop, coroutine, **options)
        started.append(task)
        return task

    loop.set_task_factory(record)
    try:
        try:
            result = loop.run_until_complete(main)
        except BaseException:
            _cancel(loop, started)
            raise
        _wait_for(loop, started)
    finally:
        loop.set_task_factory(previous)
    return result


def _wait_for(loop: asyncio.AbstractEventLoop, started: list[asyncio.Future[Any]]) -> None:
    """Turn ``loop`` until the ``started`` tasks are done; raise the first one's exception."""
    give_up = loop.time() + TASK_WAIT_SECONDS
    while pending := [task for task in started if not task.done()]:
        left = give_up - loop.time()
        if left > 0:
            # made as a Task directly: the task factory that records would count it
            loop.run_until_complete(asyncio.Task(asyncio.wait(pending, timeout=left), loop=loop))
            continue
        names = ", ".join(_waiting(task) for task in pending)  # read before cancelling
        _cancel(loop, started)
        raise UnfinishedTaskError(
            f"The handler returned, but a task it started was still running "
            f"{TASK_WAIT_SECONDS:g} s later: {names}. The tasks a handler starts are "
            "part of its work, and a test waits for them; await the task in the handler "
            "(or start it in an asyncio.TaskGroup), or let it end"
        )
    # what no code read: a task awaited, or gathered with return_exceptions, is not lost
    lost = [exception_never_retrieved(task) for task in started]
    failure = next((exception for exception in lost if exception is not None), None)
    if failure is not None:
        raise failure


def _cancel(loop: asyncio.AbstractEventLoop, started: list[asyncio.Future[Any]]) -> None:
    """Cancel the ``started`` tasks still running, let them end, and read what they raised
    (so that asyncio does not log it as never retrieved)."""
    pending = [task for task in started if not task.done()]
    for task in pending:
        task.cancel()
    if pending:
        waiting = asyncio.wait(pending, timeout=TASK_WAIT_SECONDS)
        loop.run_until_complete(asyncio.Task(waiting, loop=loop))
    for task in started:
        exception_never_retrieved(task)


def _waiting(task: asyncio.Future[Any]) -> str:
    """The task's coroutine and the line it waits on: ``watch() waiting at valve.py:22``."""
    coroutine = task.get_coro() if isinstance(task, asyncio.Task) else None
    frame = getattr(coroutine, "cr_frame", None)
    name = f"{getattr(coroutine, '__qualname__', task)}()"
    if frame is None:
        return name
    return f"{name} waiting at {readable_path(frame.f_code.co_filename)}:{frame.f_lineno}"


async def _as_coroutine(awaitable: Awaitable[T]) -> T:
    return await awaitable
