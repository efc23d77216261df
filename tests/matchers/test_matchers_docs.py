"""The examples of docs/matchers.md run, and print what the page says they print."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path
from typing import Any

_PAGE = Path(__file__).resolve().parents[2] / "docs" / "matchers.md"
_BLOCK = re.compile(r"```(python|text)\n(.*?)```", re.DOTALL)


def _blocks() -> list[tuple[str, str]]:
    return [(kind, body) for kind, body in _BLOCK.findall(_PAGE.read_text(encoding="utf-8"))]


def test_the_page_has_examples_and_outputs() -> None:
    kinds = [kind for kind, _ in _blocks()]

    assert kinds.count("python") >= 5
    assert kinds.count("text") >= 4


def test_every_example_runs_and_prints_the_text_shown_after_it() -> None:
    namespace: dict[str, Any] = {}
    printed = ""
    for kind, body in _blocks():
        if kind == "text":
            assert printed == body
            continue
        output = io.StringIO()
        with contextlib.redirect_stdout(output):
            exec(compile(body, str(_PAGE), "exec"), namespace)
        printed = output.getvalue()
    assert "published" in namespace
