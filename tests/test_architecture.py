"""The layers of docs/architecture.md, kept by import-linter's contracts in pyproject.toml."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_import_contract_is_kept() -> None:
    command = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert command is not None, "import-linter is a test dependency: pip install -e '.[test]'"
    result = subprocess.run(
        [command, "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_the_contracts_name_the_layers_the_architecture_page_draws() -> None:
    page = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    settings = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    for layer in (
        "castle_bdd.steps",
        "castle_bdd.behave",
        "castle_bdd.gherkin",
        "castle_bdd.fixtures",
    ):
        assert layer in settings
        assert f"`{layer.removeprefix('castle_bdd.')}" in page or layer in page
