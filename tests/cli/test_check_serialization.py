"""`castle-bdd check-serialization`: every message class, round-tripped through the serializer."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from castle_bdd.cli import main

ROOT = Path(__file__).resolve().parents[2]
LOSSY = ["--domain", "tests.eventstore.lossy"]
LOSSY_STORE = ["--store", "tests.eventstore.lossy:table_store"]


def test_the_examples_own_messages_survive(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check-serialization", "--examples", "20"]) == 0
    printed = capsys.readouterr().out
    assert "written and read back by JsonSerializer" in printed
    assert "  ok           CardIssued" in printed
    assert "FAILED" not in printed


def test_every_class_a_lossy_serializer_changes_is_reported(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["check-serialization", *LOSSY, *LOSSY_STORE, "--examples", "30"]) == 1
    printed = capsys.readouterr().out
    failed = {line.split()[1] for line in printed.splitlines() if "FAILED" in line.split()[:1]}
    assert failed == {
        "CardCharged",
        "CardClassified",
        "CardIssued",
        "CardRenamed",
        "CardTagged",
        "CreditCard",
        "IssueCard",
    }
    assert "  ok           ChargeCard" in printed
    assert "(the zone was lost)" in printed
    assert "(a Decimal came back as a float)" in printed
    assert "(an Enum CardKind came back as a str)" in printed
    assert "(a set came back as a list)" in printed
    assert "a field added without a default" in printed
    assert "7 of 9 message classes do not come back as they went in" in printed


def test_the_same_classes_survive_castle_bdd_s_serializer(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["check-serialization", *LOSSY, "--store", "sqlite", "--examples", "30"]) == 0
    assert "FAILED" not in capsys.readouterr().out


def test_a_store_without_a_serializer_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    store = ["--store", "castle_bdd.eventstore:InMemoryEventStore"]
    assert main(["check-serialization", *LOSSY, *store]) == 1
    assert "has no serializer" in capsys.readouterr().err


def test_without_hypothesis_it_says_how_to_install_it() -> None:
    probe = (
        "import sys; sys.modules['hypothesis'] = None\n"
        "from castle_bdd.cli import main\n"
        "sys.exit(main(['check-serialization', '--domain', 'examples.giftcard']))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 1
    assert "installed: pip install hypothesis" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_script_imports_the_domain_of_the_project_it_runs_in(tmp_path: Path) -> None:
    assert main(["init", str(tmp_path)]) == 0
    # -P: as the `castle-bdd` script, the working folder is not on sys.path
    script = "import sys; from castle_bdd.cli import main; sys.exit(main(sys.argv[1:]))"
    finished = subprocess.run(
        [sys.executable, "-P", "-c", script, "check-serialization", "--examples", "5"],
        cwd=tmp_path,
        env={"PYTHONPATH": str(ROOT), "PATH": ""},
        capture_output=True,
        text=True,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr
    assert "  ok           BookLent" in finished.stdout


def test_a_class_whose_own_code_crashes_fails_in_the_frames_of_that_code(
    capsys: pytest.CaptureFixture[str],
) -> None:
    domain = ["--domain", "tests.eventstore.post_init_bug"]
    assert main(["check-serialization", *domain, "--examples", "30"]) == 1
    printed = capsys.readouterr().out
    assert "  FAILED       RefundIssued: its code raised AttributeError" in printed, printed
    assert "tests/eventstore/post_init_bug.py:23 in __post_init__" in printed
    assert "  ok           IssueRefund" in printed
    assert "not checked" not in printed, "a bug is no class hypothesis cannot fill"
    assert "1 of 2 message classes crashed in their own code" in printed
