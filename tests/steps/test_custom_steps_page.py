"""docs/custom-steps.md shows the phrases that steps/giftcard_phrases.py really defines."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_STEP = re.compile(r"""@(given|when|then)\((['"])(.+?)\2\)""")


def _steps(text: str) -> list[tuple[str, str]]:
    return [(keyword, pattern) for keyword, _, pattern in _STEP.findall(text)]


def test_the_page_shows_the_project_s_own_phrases() -> None:
    page = (ROOT / "docs" / "custom-steps.md").read_text(encoding="utf-8")
    module = (ROOT / "steps" / "giftcard_phrases.py").read_text(encoding="utf-8")
    code = page.split("```python", 1)[1].split("```", 1)[0]
    assert _steps(code) == _steps(module)
    assert len(_steps(code)) == 3


def test_the_page_s_scenario_is_in_the_features() -> None:
    page = (ROOT / "docs" / "custom-steps.md").read_text(encoding="utf-8")
    scenario = page.split("```gherkin", 1)[1].split("```", 1)[0].strip().splitlines()
    feature = (ROOT / "features" / "giftcard_issuing.feature").read_text(encoding="utf-8")
    lines = [line.strip() for line in feature.splitlines()]
    start = lines.index(scenario[0].strip())
    assert lines[start : start + len(scenario)] == [line.strip() for line in scenario]
