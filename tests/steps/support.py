"""What the step-library tests share: the step definitions castle-bdd registered."""

from __future__ import annotations

import inspect
from typing import Any

from behave.step_registry import registry

import castle_bdd.steps  # noqa: F401  (registers the step library)


def castle_definitions() -> list[tuple[str, Any]]:
    """(step type, behave's step definition) of every step of the library, in order."""
    found = []
    for step_type, definitions in registry.steps.items():
        for definition in definitions:
            module = inspect.unwrap(definition.func).__module__
            if module.startswith("castle_bdd.steps"):
                found.append((step_type, definition))
    return found
