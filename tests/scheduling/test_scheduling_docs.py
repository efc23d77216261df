"""The code in docs/time.md, section "Scheduling events and deadlines", runs as written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

DOC = Path(__file__).resolve().parents[2] / "docs" / "time.md"
SECTION = "## Scheduling events and deadlines"


def _section_code_blocks() -> list[str]:
    text = DOC.read_text(encoding="utf-8")
    section = text.split(SECTION, 1)[1]
    section = re.split(r"^## ", section, maxsplit=1, flags=re.MULTILINE)[0]
    return re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)


def test_the_section_has_code_to_run() -> None:
    assert len(_section_code_blocks()) == 2


@pytest.mark.parametrize("index", [0, 1])
def test_the_example_runs(index: int) -> None:
    namespace: dict[str, object] = {"__name__": "scheduling_doc_example"}
    exec(compile(_section_code_blocks()[index], str(DOC), "exec"), namespace)
    assert "scheduler" in namespace
