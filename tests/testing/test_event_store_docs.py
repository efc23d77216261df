"""The code blocks of docs/event-store.md run as written."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import types
from pathlib import Path

import pytest

from castle_bdd.testing import EventStoreContract

_REPOSITORY = Path(__file__).resolve().parents[2]
_PAGE = _REPOSITORY / "docs" / "event-store.md"
# A block titled with a test file's path is a test module; an untitled block is a script.
_BLOCK = re.compile(r'^```python(?: title="([^"]+)")?\n(.*?)^```$', re.MULTILINE | re.DOTALL)


def _blocks() -> list[tuple[str | None, str]]:
    return [(title or None, code) for title, code in _BLOCK.findall(_PAGE.read_text())]


_SCRIPTS = [code for title, code in _blocks() if title is None]


@pytest.mark.parametrize("code", _SCRIPTS, ids=[f"script{n}" for n in range(len(_SCRIPTS))])
def test_script_block_runs(code: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # dataclasses look their module up in sys.modules, so the block gets a real module.
    module = types.ModuleType("docs_event_store_example")
    monkeypatch.setitem(sys.modules, module.__name__, module)
    exec(compile(code, str(_PAGE), "exec"), module.__dict__)
    assert any(not name.startswith("__") for name in vars(module))


def test_test_module_blocks_pass_under_pytest(tmp_path: Path) -> None:
    modules = [(title, code) for title, code in _blocks() if title is not None]
    assert len(modules) == 2
    for title, code in modules:
        (tmp_path / Path(title).name).write_text(code)
    options = [
        "-q",
        "-W",
        "error",
        "-p",
        "no:randomly",
        "-p",
        "no:cacheprovider",
        "-p",
        "no:asyncio",
    ]
    finished = subprocess.run(
        [sys.executable, "-m", "pytest", *options, str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(_REPOSITORY)},
    )
    contract_size = sum(name.startswith("test_") for name in dir(EventStoreContract))
    # The loop-bound example sets CONCURRENT_THREADS = 0, which skips the thread test.
    expected = f"{2 * contract_size - 1} passed, 1 skipped"
    assert expected in finished.stdout, finished.stdout + finished.stderr
