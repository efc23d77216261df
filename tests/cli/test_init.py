"""`castle-bdd init`: a project that passes `behave` at once, and never an overwrite."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from castle_bdd.cli import main
from castle_bdd.scaffold import CASTLECRAFT_FILES, FILES
from tests.cli.support import child_environment, run_behave


def files_under(root: Path) -> list[str]:
    """Every file under ``root``, as sorted relative paths."""
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def test_init_writes_the_project_into_an_empty_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["init", str(tmp_path / "shop")]) == 0
    assert files_under(tmp_path / "shop") == sorted(FILES)
    assert (
        f"created {tmp_path / 'shop' / 'features' / 'lending.feature'}" in capsys.readouterr().out
    )


def test_init_writes_into_the_working_folder_by_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["init"]) == 0
    assert (tmp_path / "environment.py").read_text().count("setup_castle_bdd(context)") == 1


def test_the_settings_configure_castle_bdd_and_behave(tmp_path: Path) -> None:
    main(["init", str(tmp_path)])
    settings = tomllib.loads((tmp_path / "pyproject.toml").read_text())["tool"]
    assert settings["castle_bdd"]["domain"] == ["domain.library"]
    assert settings["behave"]["default_tags"] == ["not @wip"]
    assert settings["behave"]["formatters"] == {"living": "castle_bdd.docs:LivingDocFormatter"}


def test_the_steps_module_imports_the_step_library(tmp_path: Path) -> None:
    main(["init", str(tmp_path)])
    steps = (tmp_path / "steps" / "castle_steps.py").read_text()
    assert "from castle_bdd.steps import *  # noqa: F401,F403" in steps


def test_init_refuses_to_overwrite_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'mine'\n")
    (tmp_path / "features").mkdir()
    (tmp_path / "features" / "lending.feature").write_text("Feature: mine\n")
    assert main(["init", str(tmp_path)]) == 1
    error = capsys.readouterr().err
    assert "nothing was written: these files exist already" in error
    assert str(tmp_path / "pyproject.toml") in error
    assert str(tmp_path / "features" / "lending.feature") in error
    assert files_under(tmp_path) == ["features/lending.feature", "pyproject.toml"]
    assert (tmp_path / "pyproject.toml").read_text() == "[project]\nname = 'mine'\n"


def test_init_refuses_a_file_as_its_folder(tmp_path: Path) -> None:
    target = tmp_path / "taken"
    target.write_text("")
    assert main(["init", str(target)]) == 1
    assert target.read_text() == ""


def test_unrelated_files_do_not_stop_init(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("# shop\n")
    assert main(["init", str(tmp_path)]) == 0
    assert (tmp_path / "domain" / "library.py").is_file()


def test_behave_passes_right_after_init_and_writes_the_living_document(tmp_path: Path) -> None:
    main(["init", str(tmp_path)])
    result = run_behave(tmp_path, "-f", "living", "-o", "build/living-doc.html", "-f", "plain")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "3 scenarios passed, 0 failed, 0 skipped" in result.stdout
    assert "Lending books" in (tmp_path / "build" / "living-doc.html").read_text()


@pytest.mark.parametrize("layout", [[], ["--castlecraft"]], ids=["plain", "castlecraft"])
def test_plain_pytest_runs_the_python_fixture_tests_right_after_init(
    tmp_path: Path, layout: list[str]
) -> None:
    main(["init", *layout, str(tmp_path)])
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:randomly", "-p", "no:cacheprovider"],
        cwd=tmp_path,
        env=child_environment(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "2 passed" in result.stdout


def test_a_folder_that_cannot_be_made_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "file.txt").write_text("")
    assert main(["init", str(tmp_path / "file.txt" / "project")]) == 1
    assert "castle-bdd init:" in capsys.readouterr().err


def test_wip_scenarios_stay_out_of_a_plain_run_but_can_be_chosen(tmp_path: Path) -> None:
    main(["init", str(tmp_path)])
    (tmp_path / "features" / "unfinished.feature").write_text(
        "Feature: Unfinished\n"
        "  @wip\n"
        "  Scenario: Work in progress\n"
        "    Given no prior activity\n"
        '    When the command LendBook is sent with isbn "nope"\n'
        '    Then the event BookReturned is published with isbn "never"\n'
    )
    plain = run_behave(tmp_path)
    assert plain.returncode == 0, plain.stdout + plain.stderr
    assert "3 scenarios passed, 0 failed, 1 skipped" in plain.stdout
    chosen = run_behave(tmp_path, "--tags=@wip")
    assert chosen.returncode != 0 and "Work in progress" in chosen.stdout


def test_init_castlecraft_writes_a_castlecraft_domain_in_the_same_layout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["init", "--castlecraft", str(tmp_path)]) == 0
    assert files_under(tmp_path) == sorted(CASTLECRAFT_FILES) == sorted(FILES)
    domain = (tmp_path / "domain" / "library.py").read_text()
    imported = {line.split()[1] for line in domain.splitlines() if line.startswith("from ")}
    assert imported == {"__future__", "dataclasses", "typing"} | {
        name for name in imported if name.startswith("castlecraft_engineer.")
    }
    assert "castle_bdd" not in domain


def test_behave_passes_right_after_init_castlecraft_with_its_living_document(
    tmp_path: Path,
) -> None:
    main(["init", "--castlecraft", str(tmp_path)])
    result = run_behave(tmp_path, "-f", "living", "-o", "build/living-doc.html", "-f", "plain")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "4 scenarios passed, 0 failed, 0 skipped" in result.stdout
    document = (tmp_path / "build" / "living-doc.html").read_text()
    assert "The shelf shows how many books are out" in document
    assert "BookLent" in document
