"""`castle-bdd docs`: the living document from a behave run, or merged from run records."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from castle_bdd.cli import main
from tests.cli.support import child_environment, feature, plain_project, run_behave, write

RECORD_FORMATTER = "castle_bdd.docs:RunRecordFormatter"

BILLING = feature("Billing", "Scenario: an invoice is sent\n  Given a step that passes")
SHIPPING = feature("Shipping", "Scenario: a parcel leaves\n  Given a step that passes")
BROKEN = feature("Returns", "Scenario: a refund is paid\n  Given a step that fails")


@pytest.fixture
def in_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project with two passing features, as the working folder of the test."""
    root = plain_project(
        tmp_path / "shop", {"billing.feature": BILLING, "shipping.feature": SHIPPING}
    )
    monkeypatch.chdir(root)
    monkeypatch.setenv("PYTHONPATH", child_environment()["PYTHONPATH"])
    return root


def record(project: Path, feature_file: str, name: str) -> Path:
    """Run behave on one feature file and keep its JSON run record as ``name``."""
    result = run_behave(project, f"features/{feature_file}", "-f", RECORD_FORMATTER, "-o", name)
    assert result.returncode == 0, result.stdout + result.stderr
    return project / name


def test_records_of_shards_merge_into_one_document(in_project: Path) -> None:
    first = record(in_project, "billing.feature", "records/run-1.json")
    second = record(in_project, "shipping.feature", "records/run-2.json")
    assert main(["docs", "--from", str(second), str(first), "-o", "doc.html"]) == 0
    document = (in_project / "doc.html").read_text()
    assert document.startswith("<!DOCTYPE html>") or "<html" in document[:200]
    assert document.index("Billing") < document.index("Shipping")
    assert "OrderPlaced" in document


def test_a_folder_of_records_is_read_whole(in_project: Path) -> None:
    record(in_project, "billing.feature", "records/run-1.json")
    record(in_project, "shipping.feature", "records/run-2.json")
    assert main(["docs", "--from", "records", "--format", "markdown"]) == 0
    document = (in_project / "build" / "living-doc.md").read_text()
    assert "### Billing" in document and "### Shipping" in document


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (lambda s: s.update(newer_field=1), "a scenario has the key 'newer_field'"),
        (lambda s: s.pop("status"), "a scenario lacks the key 'status'"),
    ],
)
def test_a_record_of_another_castle_bdd_version_is_told_in_words(
    in_project: Path,
    capsys: pytest.CaptureFixture[str],
    change: Callable[[dict[str, object]], object],
    said: str,
) -> None:
    path = record(in_project, "billing.feature", "run.json")
    data = json.loads(path.read_text())
    change(data["features"][0]["scenarios"][0])
    path.write_text(json.dumps(data))
    assert main(["docs", "--from", "run.json"]) == 1
    error = capsys.readouterr().err
    assert said in error
    assert "one version of castle-bdd" in error
    assert "__init__" not in error and "argument" not in error


def test_the_format_follows_the_file_name(in_project: Path) -> None:
    record(in_project, "billing.feature", "run.json")
    only_billing = ["--features", "features/billing.feature"]
    assert (
        main(
            ["docs", "--from", "run.json", "-o", "out/doc.md", "--title", "Our shop", *only_billing]
        )
        == 0
    )
    assert (in_project / "out" / "doc.md").read_text().startswith("# Our shop")


def test_without_records_behave_runs_and_the_document_is_written(
    in_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["docs", "--", "--tags=not @nothing", "features/billing.feature"]) == 0
    document = (in_project / "build" / "living-doc.html").read_text()
    assert "Billing" in document and "Shipping" not in document
    assert "living documentation: build/living-doc.html" in capsys.readouterr().err


def test_a_failing_run_still_writes_the_document_and_fails(in_project: Path) -> None:
    (in_project / "features" / "returns.feature").write_text(BROKEN)
    assert main(["docs", "-o", "doc.md"]) == 1
    document = (in_project / "doc.md").read_text()
    assert "a refund is paid — failed" in document
    assert "balance is 100" in document


def test_a_behave_run_that_cannot_start_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["docs", "-o", "doc.html"]) == 1
    assert "no document was written" in capsys.readouterr().err
    assert not (tmp_path / "doc.html").exists()


@pytest.mark.parametrize(
    ("files", "arguments", "message"),
    [
        (
            {"bad.json": "{not json"},
            ["--from", "bad.json"],
            "bad.json: not a castle-bdd run record",
        ),
        ({"odd.json": '{"features": [{"x": 1}]}'}, ["--from", "odd.json"], "not a castle-bdd run"),
        ({}, ["--from", "missing.json"], "missing.json: no such run record or folder"),
        ({"empty/readme.txt": ""}, ["--from", "empty"], r"no run records \(\*\.json\) in empty"),
        ({"r.json": "{}"}, ["--from", "r.json", "--", "--tags=@x"], "cannot be used with --from"),
    ],
)
def test_unusable_records_are_explained(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    files: dict[str, str],
    arguments: list[str],
    message: str,
) -> None:
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    monkeypatch.chdir(tmp_path)
    assert main(["docs", *arguments]) == 1
    assert re.search(message, capsys.readouterr().err)
    assert not (tmp_path / "build").exists()


def test_an_empty_record_renders_an_empty_document(tmp_path: Path) -> None:
    (tmp_path / "empty.json").write_text(json.dumps({}))
    arguments = ["--features", str(tmp_path)]
    assert (
        main(
            [
                "docs",
                "--from",
                str(tmp_path / "empty.json"),
                "-o",
                str(tmp_path / "e.md"),
                *arguments,
            ]
        )
        == 0
    )
    assert "0 scenarios" in (tmp_path / "e.md").read_text()


def test_scenarios_without_a_result_are_listed_first_and_fail_the_merge(
    in_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record(in_project, "billing.feature", "records/run-1.json")
    assert main(["docs", "--from", "records", "-o", "doc.md"]) == 1
    err = capsys.readouterr().err
    assert "1 scenario(s) should have run and have no result" in err
    assert "features/shipping.feature:3  a parcel leaves" in err
    document = (in_project / "doc.md").read_text()
    assert document.index("## 1 not run") < document.index("## Features")
    assert "`features/shipping.feature:3` a parcel leaves" in document
    assert "a parcel leaves — not run" in document
    assert main(["docs", "--from", "records", "-o", "doc.md", "--allow-not-run"]) == 0
    assert "allowed by --allow-not-run" in capsys.readouterr().err


def test_a_result_of_an_older_version_of_a_file_is_no_result_of_what_stands_there_now(
    in_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record(in_project, "billing.feature", "records/run-1.json")
    record(in_project, "shipping.feature", "records/run-2.json")
    write(
        in_project,
        {
            "features/billing.feature": feature(
                "Billing",
                "Scenario: a reminder is sent\n  Given a step that passes\n\n"
                "Scenario: an invoice is sent\n  Given a step that passes",
            )
        },
    )
    assert main(["docs", "--from", "records", "-o", "doc.md"]) == 1
    err = capsys.readouterr().err
    assert "features/billing.feature:3  a reminder is sent" in err, "it never ran"
    assert "features/billing.feature:6  an invoice is sent" in err
    document = (in_project / "doc.md").read_text()
    assert "a reminder is sent — not run" in document
    assert document.count("an invoice is sent — passed") == 1


def test_scenarios_left_out_by_the_run_tags_are_skipped_not_missing(in_project: Path) -> None:
    write(
        in_project,
        {
            "features/wip.feature": feature(
                "Later", "@wip\nScenario: a refund\n  Given a step that passes"
            )
        },
    )
    result = run_behave(
        in_project, "--tags=not @wip", "-f", RECORD_FORMATTER, "-o", "records/run.json"
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert main(["docs", "--from", "records", "-o", "doc.md"]) == 0
    document = (in_project / "doc.md").read_text()
    assert "a refund — skipped" in document and "not run" not in document


def test_two_runs_of_the_same_scenarios_are_refused_unless_the_newest_is_kept(
    in_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record(in_project, "billing.feature", "records/run-1.json")
    record(in_project, "billing.feature", "records/run-2.json")
    record(in_project, "shipping.feature", "records/run-3.json")
    assert main(["docs", "--from", "records", "-o", "doc.md"]) == 1
    err = capsys.readouterr().err
    assert (
        "2 different runs that recorded the same 1 scenario(s): features/billing.feature:3" in err
    )
    assert "--keep-newest" in err
    assert not (in_project / "doc.md").exists()
    assert main(["docs", "--from", "records", "-o", "doc.md", "--keep-newest"]) == 0
    assert (in_project / "doc.md").read_text().count("an invoice is sent — passed") == 1


def test_outline_rows_are_known_whatever_name_schema_the_run_gave_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    outline = (
        "Scenario Outline: <count> parcels leave\n  Given a step that passes\n\n"
        "  Examples: by post\n    | count |\n    | 1     |\n    | 2     |\n"
    )
    root = plain_project(
        tmp_path / "shop",
        {"shipping.feature": feature("Shipping", outline)},
        '\n[tool.behave]\nscenario_outline_annotation_schema = "{name} (row {row.id})"\n',
    )
    monkeypatch.chdir(root)
    record(root, "shipping.feature", "records/run.json")
    assert main(["docs", "--from", "records", "--features", "features", "-o", "doc.md"]) == 0
    assert "should have run" not in capsys.readouterr().err
    document = (root / "doc.md").read_text()
    assert "not run" not in document
    assert document.count("1 parcels leave \\(row 1.1\\) — passed") == 1
    assert document.count("2 parcels leave \\(row 1.2\\) — passed") == 1
