"""What the step-library tests share: the step definitions castle-bdd registered."""

from __future__ import annotations

import inspect
from typing import Any

from behave.step_registry import registry

import castle_bdd.steps  # noqa: F401  (registers the step library)
from castle_bdd.steps._unmatched import UnmatchedSentences


def castle_definitions() -> list[tuple[str, Any]]:
    """(step type, behave's step definition) of every step of the library, in order.

    The definition that reads sentences no step reads (put last by `setup_castle_bdd`)
    is not a sentence of the library.
    """
    found = []
    for step_type, definitions in registry.steps.items():
        for definition in definitions:
            if isinstance(definition, UnmatchedSentences):
                continue
            module = inspect.unwrap(definition.func).__module__
            if module.startswith("castle_bdd.steps"):
                found.append((step_type, definition))
    return found
