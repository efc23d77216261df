"""behave's private names: the runner behind a context, run-wide state, the step matcher.

Relies on: ``Context._runner`` (the runner, with its ``hooks``, ``formatters`` and
``features``); a `behave.runner.Context` being a plain object whose own ``__dict__``
holds what must outlive behave's per-scenario attribute frames; and, from behave 1.2.7
on, the step-matcher factory's ``_current_matcher``, which chooses the matcher that step
decorators register with.
"""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping
from contextlib import contextmanager
from typing import Any

from behave import matchers

__all__ = [
    "registering_with",
    "run_features",
    "run_formatters",
    "run_hooks",
    "run_wide",
]


def _runner(context: Any) -> Any:
    return getattr(context, "_runner", None)


def run_hooks(context: Any) -> MutableMapping[str, Any] | None:
    """The hook table of the run behind ``context``; None outside a behave run."""
    runner = _runner(context)
    if runner is None:
        return None
    hooks: MutableMapping[str, Any] = runner.hooks
    return hooks


def run_formatters(context: Any) -> list[Any] | None:
    """The formatters of the run behind ``context``; None when they cannot be seen."""
    formatters = getattr(_runner(context), "formatters", None)
    return None if formatters is None else list(formatters)


def run_features(context: Any) -> list[Any] | None:
    """The parsed features of the run behind ``context`` (known before ``before_all``)."""
    features = getattr(_runner(context), "features", None)
    return None if features is None else list(features)


def run_wide(context: Any) -> dict[str, Any]:
    """Attributes of ``context`` that no scenario frame masks or drops: the run's own.

    behave keeps what a hook or step sets on the context in per-scenario frames and warns
    when a name is masked; state that castle-bdd keeps for the whole run lives beside them.
    """
    state: dict[str, Any] = context.__dict__
    return state


@contextmanager
def registering_with(matcher: type[Any]) -> Iterator[None]:
    """Steps registered in the block use ``matcher``; then behave's own is restored.

    Before behave 1.2.7 there is no such choice, and steps get behave's parse matcher.
    """
    factory_of = getattr(matchers, "get_step_matcher_factory", None)
    factory: Any = factory_of() if factory_of is not None else None
    if not hasattr(factory, "_current_matcher"):
        yield
        return
    previous = factory.current_matcher
    factory._current_matcher = matcher
    try:
        yield
    finally:
        factory._current_matcher = previous
