"""asyncio's private names: running a task's first step without turning the loop.

Most async handlers finish without ever waiting. Their task's first step runs at once,
with the loop marked running as ``run_until_complete`` marks it (`get_running_loop`,
`current_task`, ``is_running`` and async generators all see what they would see there);
the loop itself turns only when the handler waits or leaves work scheduled. That saves
the loop's round trips, which cost more than a short handler. The first step is taken
from the task as it is made, never queued, and the task is named after the handler's
coroutine (its ``__qualname__``) rather than numbered.

Relies on: ``asyncio.events._get_running_loop`` and ``_set_running_loop``, the
attributes of `asyncio.BaseEventLoop` listed in `LOOP_STATE`, and a future's
``_log_traceback``: whether asyncio would log its exception as never retrieved.
"""

from __future__ import annotations

import asyncio
import sys
import threading
from asyncio.events import _get_running_loop, _set_running_loop
from collections.abc import Callable, Coroutine
from typing import Any

__all__ = [
    "LOOP_STATE",
    "EagerRunner",
    "Finisher",
    "eager_capable",
    "eager_runner",
    "exception_never_retrieved",
    "in_running_loop",
]

#: Runs a coroutine to completion on one loop and returns its result.
EagerRunner = Callable[[Coroutine[object, object, object]], object]
#: Turns the loop until a task whose first step has run is done; returns its result.
Finisher = Callable[["asyncio.Task[object]"], object]

#: What the eager path reads and sets on the loop itself.
LOOP_STATE = (
    "_thread_id",
    "_asyncgen_firstiter_hook",
    "_asyncgen_finalizer_hook",
    "_ready",
    "_scheduled",
    "_closed",
    "_debug",
    "_task_factory",
)
#: Methods the eager path counts on being asyncio's own: it reads their attributes
#: instead of calling them, and it takes the task's first step from ``call_soon``.
_BASE_METHODS = ("call_soon", "is_closed", "get_debug", "get_task_factory")


def in_running_loop() -> bool:
    """Whether this thread runs an event loop now (asked without raising and catching)."""
    return _get_running_loop() is not None


def exception_never_retrieved(future: asyncio.Future[Any]) -> BaseException | None:
    """The exception ``future`` ended with, if no code has read it: what asyncio logs as
    "Task exception was never retrieved" once the future is collected. Reading it here
    counts as reading it, so asyncio logs nothing more."""
    if not future.done() or future.cancelled() or not future._log_traceback:
        return None
    return future.exception()


def eager_capable(loop: asyncio.AbstractEventLoop) -> bool:
    """Whether ``loop`` is asyncio's own kind, whose private state the eager path knows."""
    return (
        isinstance(loop, asyncio.BaseEventLoop)
        and all(
            getattr(type(loop), name) is getattr(asyncio.BaseEventLoop, name)
            for name in _BASE_METHODS
        )
        and all(hasattr(loop, name) for name in LOOP_STATE)
    )


def eager_runner(loop: Any, classic: EagerRunner, finish: Finisher) -> EagerRunner:
    """Run a task's first step on ``loop`` as ``run_forever`` would, then the loop if needed.

    ``classic`` runs a coroutine the ordinary way; it takes over in debug mode, with a task
    factory, or once the loop is closed. ``finish`` turns the loop when the first step
    left the task waiting or other work scheduled. One closure per thread, which reads the loop's
    hooks and the thread's id once; ``run`` is one function because every call it would
    make is paid again for each handler.
    """
    thread_id = threading.get_ident()
    firstiter, finalizer = loop._asyncgen_firstiter_hook, loop._asyncgen_finalizer_hook
    first_step: object = None
    first_step_context: Any = None

    def catch_first_step(callback: Any, *args: object, context: Any = None) -> object:
        # stands in for call_soon while the task is made: no Handle, no ready queue
        nonlocal first_step, first_step_context
        if args or context is None or first_step is not None:
            # not the task's own call (a finalizer run by the collector, say)
            return asyncio.BaseEventLoop.call_soon(loop, callback, *args, context=context)
        first_step, first_step_context = callback, context
        return None

    def run(coroutine: Any) -> object:
        nonlocal first_step, first_step_context
        # debug mode keeps all of its checks, and a task factory may make any kind of task
        if loop._debug or loop._task_factory is not None or loop._closed:
            return classic(coroutine)
        loop.call_soon = catch_first_step
        try:
            # named after the handler: cheaper than the numbered name asyncio makes up
            task = asyncio.Task(coroutine, loop=loop, name=coroutine.__qualname__)
        finally:
            del loop.call_soon
            step, context = first_step, first_step_context
            first_step = first_step_context = None
        try:
            outer_firstiter, outer_finalizer = sys.get_asyncgen_hooks()
            loop._thread_id = thread_id
            sys.set_asyncgen_hooks(firstiter, finalizer)
            _set_running_loop(loop)
            try:
                context.run(step)
            finally:
                _set_running_loop(None)
                loop._thread_id = None
                sys.set_asyncgen_hooks(outer_firstiter, outer_finalizer)
            if task.done() and not loop._ready and not loop._scheduled:
                return task.result()
            return finish(task)
        except BaseException:
            # A SystemExit goes on up, and the task keeps it too: read it there, as
            # run_until_complete does for a task of its own, or the task logs it as lost.
            if task.done() and not task.cancelled():
                task.exception()
            raise

    return run
