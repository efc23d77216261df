"""behave's private names: the runner behind a context, run-wide state, the step matcher.

Relies on: ``StepRegistry.steps`` (one list of step matchers per keyword, tried in
order); ``Context._runner`` (the runner, with its ``hooks``, ``formatters`` and
``features``); a `behave.runner.Context` being a plain object whose own ``__dict__``
holds what must outlive behave's per-scenario attribute frames; and, from behave 1.2.7
on, the step-matcher factory's ``_current_matcher``, which chooses the matcher that step
decorators register with.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, MutableMapping
from contextlib import contextmanager
from typing import Any

from behave import matchers
from behave.step_registry import registry as _global_registry

__all__ = [
    "put_last",
    "registering_with",
    "run_features",
    "run_formatters",
    "run_hooks",
    "run_wide",
    "step_definitions",
    "step_matcher_of",
    "step_registry_of",
]


def _runner(context: object) -> Any:
    return getattr(context, "_runner", None)


def run_hooks(context: object) -> MutableMapping[str, Any] | None:
    """The hook table of the run behind ``context``; None outside a behave run."""
    runner = _runner(context)
    if runner is None:
        return None
    hooks: MutableMapping[str, object] = runner.hooks
    return hooks


def run_formatters(context: object) -> list[object] | None:
    """The formatters of the run behind ``context``; None when they cannot be seen."""
    formatters = getattr(_runner(context), "formatters", None)
    return None if formatters is None else list(formatters)


def run_features(context: object) -> list[object] | None:
    """The parsed features of the run behind ``context`` (known before ``before_all``)."""
    features = getattr(_runner(context), "features", None)
    return None if features is None else list(features)


def run_wide(context: object) -> dict[str, Any]:
    """Attributes of ``context`` that no scenario frame masks or drops: the run's own.

    behave keeps what a hook or step sets on the context in per-scenario frames and warns
    when a name is masked; state that castle-bdd keeps for the whole run lives beside them.
    """
    state: dict[str, object] = context.__dict__
    return state


@contextmanager
def registering_with(matcher: type[object]) -> Iterator[None]:
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


def step_registry_of(context: object) -> object:
    """The step registry of the run behind ``context`` (behave's global one by default)."""
    return getattr(_runner(context), "step_registry", None) or _global_registry


def step_matcher_of(context: object) -> Callable[[object], object] | None:
    """The registry's ``find_match`` (a step to its `Match`, or None), in a behave run."""
    return getattr(getattr(_runner(context), "step_registry", None), "find_match", None)


def step_definitions(registry: Any) -> dict[str, list[Any]]:
    """The step matchers of ``registry`` by keyword (``given``, ``when``, ``then``, ``step``)."""
    definitions: dict[str, list[object]] = registry.steps
    return definitions


def put_last(registry: object, matcher: object) -> None:
    """Make ``matcher`` the last step definition tried for every keyword (once)."""
    generic = step_definitions(registry)["step"]
    for existing in [m for m in generic if type(m) is type(matcher)]:
        generic.remove(existing)
    generic.append(matcher)
