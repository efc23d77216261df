"""The code in docs/time.md, section "The frozen clock", runs as written."""

from __future__ import annotations

import types
from collections.abc import Iterator
from pathlib import Path

import pytest

from castle_bdd.clock import freezer_installed, frozen_windows_active
from tests.doc_examples import example_module, section_code_blocks

DOC = Path(__file__).resolve().parents[2] / "docs" / "time.md"
SECTION = "## The frozen clock"


def _section_code_blocks() -> list[str]:
    return section_code_blocks("time.md", SECTION)


@pytest.fixture
def doc_module() -> Iterator[types.ModuleType]:
    """A registered module to run a block in, as a reader's script would be."""
    with example_module("time_md_example") as module:
        yield module


def test_the_section_has_code_to_run() -> None:
    assert len(_section_code_blocks()) == 2


def test_the_frozen_window_example_runs(doc_module: types.ModuleType) -> None:
    exec(compile(_section_code_blocks()[0], str(DOC), "exec"), doc_module.__dict__)
    assert doc_module.clock.now().isoformat() == "2026-02-01T09:00:00+00:00"


def test_the_hook_example_freezes_a_scenario_and_shuts_down(
    doc_module: types.ModuleType,
) -> None:
    exec(compile(_section_code_blocks()[1], str(DOC), "exec"), doc_module.__dict__)
    context = types.SimpleNamespace()
    doc_module.before_scenario(context, None)
    assert frozen_windows_active()
    assert context.clock.is_current
    doc_module.after_scenario(context, None)
    assert not frozen_windows_active()
    doc_module.after_all(context)
    assert not freezer_installed()
