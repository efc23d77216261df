"""Callbacks that hold their object weakly, so that handing one out closes no cycle.

A scenario gives its collaborators callbacks into itself (record this command, run that
handler). Bound methods would hold the scenario, and the collaborators are the
scenario's own: a reference cycle, which only the garbage collector frees, long after
the scenario ended. A weak callback lets reference counting free a finished scenario at
once.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def weak_method(method: Callable[P, R], when_gone: Callable[[], R]) -> Callable[P, R]:
    """Call ``method`` while its object lives; once it is gone, ``when_gone()`` instead."""
    reference = weakref.WeakMethod(method)

    def call(*args: P.args, **kwargs: P.kwargs) -> R:
        bound = reference()
        if bound is None:
            return when_gone()
        return bound(*args, **kwargs)

    return call


def nothing() -> None:
    """What a callback whose object is gone does: nothing (for listeners)."""
