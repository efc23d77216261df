"""docs/writing-features.md lists exactly the sentences behave's step catalogue has."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "gen_vocabulary", ROOT / "docs" / "gen_vocabulary.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_vocabulary_page_is_up_to_date() -> None:
    assert _generator().main(["--check"]) == 0


def test_the_page_lists_every_sentence_with_its_meaning() -> None:
    generator = _generator()
    pairs = generator.sentences(generator.steps_catalog())
    page = (ROOT / "docs" / "writing-features.md").read_text(encoding="utf-8")
    assert len(pairs) > 40
    for sentence, doc in pairs:
        assert doc, sentence
        for form in generator.forms(sentence):
            assert f"    {form}\n" in page


def test_placeholders_read_as_words() -> None:
    generator = _generator()
    readable = generator.readable("When {duration:Duration} elapse")
    assert readable == "When <duration> elapse"
    assert generator.forms(
        "Then the event {message:MessageName} is published{fields:WithFields}"
    ) == [
        "Then the event <Message> is published with <field> <value> and <field> <value>",
        "Then the event <Message> is published:",
        "Then the event <Message> is published",
    ]
