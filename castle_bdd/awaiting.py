"""Run async handler results to completion from synchronous code.

Fixtures call sync and async handlers alike and need no event loop from the caller:
an awaitable result is run on one event loop kept per thread (cheap to reuse), or on a
worker thread when the caller is itself inside a running loop.

Most async handlers finish without ever waiting. Their task's first step runs at once,
with the loop marked running as ``run_until_complete`` marks it (`get_running_loop`,
`current_task`, ``is_running`` and async generators all see what they would see there);
the loop itself turns only when the handler waits or leaves work scheduled. That saves
the loop's round trips, which cost more than a short handler.
"""

from __future__ import annotations

import asyncio
import atexit
import inspect
import sys
import threading
from collections.abc import Awaitable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")

_local = threading.local()


def resolve(value: Any) -> Any:
    """``value`` itself, or what it resolves to when it is awaitable."""
    if inspect.isawaitable(value):
        return run_sync(value)
    return value


def run_sync(awaitable: Awaitable[T]) -> T:
    """Run ``awaitable`` to completion and return its result."""
    if asyncio._get_running_loop() is None:  # asked without an exception raised and caught
        return _run_on_thread_loop(awaitable)
    with ThreadPoolExecutor(max_workers=1) as worker:
        return worker.submit(asyncio.run, _as_coroutine(awaitable)).result()


def _run_on_thread_loop(awaitable: Awaitable[T]) -> T:
    loop = _thread_loop()
    coroutine: Coroutine[Any, Any, T] = (
        awaitable if inspect.iscoroutine(awaitable) else _as_coroutine(awaitable)
    )
    # debug mode keeps all of its checks, and a task factory may make any kind of task
    if not _local.eager or loop.get_debug() or loop.get_task_factory() is not None:
        return loop.run_until_complete(coroutine)
    task: asyncio.Task[T] = loop.create_task(coroutine)
    ready = loop._ready  # type: ignore[attr-defined]
    first_step: asyncio.Handle = ready.pop()  # what create_task scheduled: the task's first step
    _run_as_running(loop, first_step)
    if task.done() and not ready and not loop._scheduled:  # type: ignore[attr-defined]
        return task.result()
    return loop.run_until_complete(task)


def _thread_loop() -> asyncio.AbstractEventLoop:
    loop: asyncio.AbstractEventLoop | None = getattr(_local, "loop", None)
    if loop is None or loop.is_closed():
        loop = asyncio.new_event_loop()
        _local.loop = loop
        _local.eager = _eager_capable(loop)
        atexit.register(loop.close)
    return loop


async def _as_coroutine(awaitable: Awaitable[T]) -> T:
    return await awaitable


_RUNNING_STATE = ("_thread_id", "_asyncgen_firstiter_hook", "_asyncgen_finalizer_hook")
#: What the eager path reads: the queue of callbacks ready to run, and the timers.
_QUEUES = ("_ready", "_scheduled")


def _eager_capable(loop: asyncio.AbstractEventLoop) -> bool:
    # asyncio's own loops only, whose running state and queues are known, and whose
    # call_soon appends the task's first step to the ready queue
    return (
        isinstance(loop, asyncio.BaseEventLoop)
        and type(loop).call_soon is asyncio.BaseEventLoop.call_soon
        and all(hasattr(loop, name) for name in (*_RUNNING_STATE, *_QUEUES))
    )


def _run_as_running(loop: Any, step: asyncio.Handle) -> None:
    # the state run_forever gives a running loop, restored afterwards as it restores it
    hooks = sys.get_asyncgen_hooks()
    loop._thread_id = threading.get_ident()
    sys.set_asyncgen_hooks(loop._asyncgen_firstiter_hook, loop._asyncgen_finalizer_hook)
    asyncio.events._set_running_loop(loop)
    try:
        step._run()
    finally:
        asyncio.events._set_running_loop(None)
        loop._thread_id = None
        sys.set_asyncgen_hooks(*hooks)
