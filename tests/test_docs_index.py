"""The domain-model example of docs/index.md runs, and the page links to pages that exist."""

from __future__ import annotations

import re
import sys
import types
from collections.abc import Iterator
from pathlib import Path

import pytest

from castle_bdd import AggregateTestFixture

DOCS = Path(__file__).resolve().parents[1] / "docs"


@pytest.fixture
def index_module() -> Iterator[types.ModuleType]:
    text = (DOCS / "index.md").read_text(encoding="utf-8")
    (code,) = re.findall(r"```python\n(.*?)```", text, re.DOTALL)
    module = types.ModuleType("docs_index_example")
    sys.modules[module.__name__] = module
    try:
        exec(compile(code, "docs/index.md", "exec"), module.__dict__)
        yield module
    finally:
        del sys.modules[module.__name__]


def test_the_account_example_works_in_a_fixture(index_module: types.ModuleType) -> None:
    fixture = AggregateTestFixture(index_module.Account)
    opened = index_module.AccountOpened("A-1")
    fixture.given_no_prior_activity().when(index_module.OpenAccount("A-1")).expect_events(opened)


def test_every_linked_page_exists() -> None:
    links = re.findall(r"\]\(([\w-]+\.md)\)", (DOCS / "index.md").read_text(encoding="utf-8"))
    assert len(links) >= 10
    assert [link for link in links if not (DOCS / link).is_file()] == []


def test_the_readme_python_example_runs() -> None:
    readme = (DOCS.parent / "README.md").read_text(encoding="utf-8")
    (code,) = re.findall(r"```python\n(.*?)```", readme, re.DOTALL)
    exec(compile(code, "README.md", "exec"), {})


def test_the_readme_quick_start_is_two_commands_and_ci_runs_the_second() -> None:
    readme = (DOCS.parent / "README.md").read_text(encoding="utf-8")
    quick_start = readme.split("## Quick start", 1)[1]
    commands = re.findall(r"```sh\n(.*?)```", quick_start, re.DOTALL)[0].strip().splitlines()
    assert len(commands) == 2
    ci = (DOCS.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1] in ci.splitlines()
