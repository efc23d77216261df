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
from collections.abc import Awaitable, Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from contextvars import Context
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
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return _run_on_thread_loop(awaitable)
    with ThreadPoolExecutor(max_workers=1) as worker:
        return worker.submit(asyncio.run, _as_coroutine(awaitable)).result()


def _run_on_thread_loop(awaitable: Awaitable[T]) -> T:
    loop = _thread_loop()
    coroutine = _as_coroutine(awaitable)
    # debug mode keeps all of its checks, and a task factory may make any kind of task
    if not _local.eager or loop.get_debug() or loop.get_task_factory() is not None:
        return loop.run_until_complete(coroutine)
    task, scheduled = _start_eagerly(loop, coroutine)
    if task.done() and not scheduled:
        return task.result()
    return loop.run_until_complete(task)


def _thread_loop() -> asyncio.AbstractEventLoop:
    loop: asyncio.AbstractEventLoop | None = getattr(_local, "loop", None)
    if loop is None or loop.is_closed():
        loop = asyncio.new_event_loop()
        _local.loop = loop
        # asyncio's own loops only, whose running state is known
        _local.eager = isinstance(loop, asyncio.BaseEventLoop) and all(
            hasattr(loop, name) for name in _RUNNING_STATE
        )
        atexit.register(loop.close)
    return loop


async def _as_coroutine(awaitable: Awaitable[T]) -> T:
    return await awaitable


_RUNNING_STATE = ("_thread_id", "_asyncgen_firstiter_hook", "_asyncgen_finalizer_hook")


def _start_eagerly(loop: Any, coroutine: Coroutine[Any, Any, T]) -> tuple[asyncio.Task[T], bool]:
    """The coroutine's task after its first step, and whether anything else was scheduled.

    ``call_soon`` is replaced on the instance, where the task (asyncio's C code included)
    looks it up: the task's first step is kept instead of scheduled, then run at once.
    """
    first_step = _FirstStep()
    loop.call_soon = first_step
    try:
        task = loop.create_task(coroutine)
    finally:
        del loop.call_soon
    scheduled = _Counted(loop)
    _run_as_running(loop, first_step.run, scheduled)
    return task, scheduled.count > 0


def _run_as_running(loop: Any, step: Callable[[], None], scheduled: _Counted) -> None:
    # the state run_forever gives a running loop, restored afterwards as it restores it
    loop.call_soon, loop.call_soon_threadsafe = scheduled.call_soon, scheduled.threadsafe
    hooks = sys.get_asyncgen_hooks()
    loop._thread_id = threading.get_ident()
    sys.set_asyncgen_hooks(loop._asyncgen_firstiter_hook, loop._asyncgen_finalizer_hook)
    asyncio.events._set_running_loop(loop)
    try:
        step()
    finally:
        asyncio.events._set_running_loop(None)
        loop._thread_id = None
        sys.set_asyncgen_hooks(*hooks)
        del loop.call_soon, loop.call_soon_threadsafe


class _FirstStep:
    """``call_soon`` for a new task: keeps its first step, to be run at once by `run`."""

    def __call__(
        self, callback: Callable[..., object], *args: Any, context: Context | None = None
    ) -> None:
        self._step = callback, args, context

    def run(self) -> None:
        """Run the step kept, in its context (the task's own: an empty one is still it)."""
        callback, args, context = self._step
        (context if context is not None else Context()).run(callback, *args)


class _Counted:
    """A loop's ``call_soon`` methods, scheduling as usual and counting the calls."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self.count = 0

    def call_soon(
        self, callback: Callable[..., object], *args: Any, context: Context | None = None
    ) -> asyncio.Handle:
        """Schedule ``callback`` as the loop does."""
        self.count += 1
        return type(self._loop).call_soon(self._loop, callback, *args, context=context)

    def threadsafe(
        self, callback: Callable[..., object], *args: Any, context: Context | None = None
    ) -> asyncio.Handle:
        """Schedule ``callback`` from any thread, as the loop does."""
        self.count += 1
        loop_type = type(self._loop)
        return loop_type.call_soon_threadsafe(self._loop, callback, *args, context=context)
