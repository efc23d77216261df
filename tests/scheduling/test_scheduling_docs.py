"""The code in docs/time.md, section "Scheduling events and deadlines", runs as written."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.doc_examples import section_code_blocks

DOC = Path(__file__).resolve().parents[2] / "docs" / "time.md"
SECTION = "## Scheduling events and deadlines"


def _section_code_blocks() -> list[str]:
    return section_code_blocks("time.md", SECTION)


def test_the_section_has_code_to_run() -> None:
    assert len(_section_code_blocks()) == 2


@pytest.mark.parametrize("index", [0, 1])
def test_the_example_runs(index: int) -> None:
    namespace: dict[str, object] = {"__name__": "scheduling_doc_example"}
    exec(compile(_section_code_blocks()[index], str(DOC), "exec"), namespace)
    assert "scheduler" in namespace
