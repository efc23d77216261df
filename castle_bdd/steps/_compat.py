"""The parts of behave the step library reaches that behave does not document.

behave 1.2.6 to 1.3 keep a run's step definitions in ``StepRegistry.steps``, one list per
keyword, tried in order; the runner of a context is ``context._runner``. Nothing else
of the step library touches either.
"""

from __future__ import annotations

from typing import Any

from behave.step_registry import registry as _global_registry


def runner_of(context: Any) -> Any:
    """The behave runner running ``context``, or None outside a behave run."""
    return getattr(context, "_runner", None)


def step_registry_of(context: Any) -> Any:
    """The step registry of the run of ``context`` (behave's global one by default)."""
    return getattr(runner_of(context), "step_registry", None) or _global_registry


def step_definitions(registry: Any) -> dict[str, list[Any]]:
    """The step matchers of ``registry`` by keyword (``given``, ``when``, ``then``, ``step``)."""
    definitions: dict[str, list[Any]] = registry.steps
    return definitions


def put_last(registry: Any, matcher: Any) -> None:
    """Make ``matcher`` the last step definition tried for every keyword (once)."""
    generic = step_definitions(registry)["step"]
    for existing in [m for m in generic if type(m) is type(matcher)]:
        generic.remove(existing)
    generic.append(matcher)
