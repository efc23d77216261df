"""Reading the examples out of the pages under docs/, for the tests that run them."""

from __future__ import annotations

import re
import sys
import types
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

DOCS = Path(__file__).resolve().parents[1] / "docs"


def section_code_blocks(page: str, section: str, language: str = "python") -> list[str]:
    """The ``language`` code blocks of one ``## section`` of a docs page, in order."""
    text = (DOCS / page).read_text(encoding="utf-8")
    body = text.split(section, 1)[1]
    body = re.split(r"^## ", body, maxsplit=1, flags=re.MULTILINE)[0]
    return re.findall(rf"```{language}\n(.*?)```", body, flags=re.DOTALL)


@contextmanager
def example_module(name: str) -> Iterator[types.ModuleType]:
    """A registered module to run an example in, as a reader's script would be."""
    module = types.ModuleType(name)
    sys.modules[name] = module
    try:
        yield module
    finally:
        del sys.modules[name]
