"""docs/castlecraft.md: its Python examples run, in order, as a reader would run them."""

from __future__ import annotations

import re

from tests.doc_examples import DOCS, example_module


def test_the_page_s_python_examples_run_in_order() -> None:
    text = (DOCS / "castlecraft.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, flags=re.DOTALL)
    assert len(blocks) == 2
    with example_module("docs_castlecraft_example") as module:
        for block in blocks:
            exec(compile(block, "docs/castlecraft.md", "exec"), module.__dict__)
        assert module.fixture.journal.entries, "the fixture example ran a scenario"


def test_the_page_s_sentences_are_in_the_example_features() -> None:
    text = (DOCS / "castlecraft.md").read_text(encoding="utf-8")
    (gherkin,) = re.findall(r"```gherkin\n(.*?)```", text, flags=re.DOTALL)
    feature = (DOCS.parent / "features" / "wallet.feature").read_text(encoding="utf-8")
    for sentence in gherkin.strip().splitlines():
        assert sentence.split(" ", 1)[1] in feature, sentence
