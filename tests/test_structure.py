"""Feature files whose shape would let scenarios pass without testing anything."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from behave.parser import parse_feature

from castle_bdd.structure import structure_problems

GOOD = """Feature: Gift cards
  Scenario: Redeeming
    Given the event CardIssued with card_id “GC-1” and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds
"""


def _problems(text: str, tmp_path: Path) -> list[str]:
    feature = parse_feature(text, filename="x.feature")
    problems = structure_problems([feature])
    return sorted({*problems.features.values(), *problems.scenarios.values()})


def test_a_well_formed_feature_has_no_problem_and_its_curly_quotes_are_read(
    tmp_path: Path,
) -> None:
    feature = parse_feature(GOOD, filename="x.feature")
    assert not structure_problems([feature])
    assert feature.scenarios[0].steps[0].name.endswith('card_id "GC-1" and amount 100')


def test_a_scenario_without_steps_is_a_problem(tmp_path: Path) -> None:
    problems = _problems("Feature: x\n  Scenario: nothing\n", tmp_path)
    assert problems == [
        "x.feature:2: the scenario has no steps: write its Given, When and Then steps under it"
    ]


def test_a_feature_without_scenarios_is_a_problem(tmp_path: Path) -> None:
    problems = _problems("Feature: x\n  Only words.\n", tmp_path)
    assert problems[0].endswith(
        ":1: the feature has no scenarios: add a Scenario with Given, When and Then steps"
    )


def test_an_outline_without_examples_rows_is_a_problem(tmp_path: Path) -> None:
    text = "Feature: x\n  Scenario Outline: y\n    Given <a> days have elapsed\n"
    assert "the Scenario Outline has no Examples rows" in _problems(text, tmp_path)[0]


def test_a_placeholder_that_is_no_column_is_named_with_the_nearest_column(
    tmp_path: Path,
) -> None:
    text = (
        "Feature: x\n  Scenario Outline: y\n    Given <amout> days have elapsed\n\n"
        "    Examples:\n      | amount |\n      | 1      |\n"
    )
    assert _problems(text, tmp_path) == [
        "x.feature:3: <amout> is not a column of the Examples table "
        "(its columns: amount) — did you mean <amount>?"
    ]


def _file_problems(text: str, tmp_path: Path) -> list[str]:
    path = tmp_path / "cards.feature"
    path.write_text(text, encoding="utf-8")
    feature = parse_feature(text, filename=str(path))
    problems = structure_problems([feature])
    return sorted({*problems.features.values(), *problems.scenarios.values()})


def test_curly_quotes_in_a_feature_file_are_read_as_straight_ones(tmp_path: Path) -> None:
    path = tmp_path / "cards.feature"
    path.write_text(GOOD, encoding="utf-8")
    feature = parse_feature(GOOD, filename=str(path))
    assert not structure_problems([feature])
    assert feature.scenarios[0].steps[0].name.endswith('card_id "GC-1" and amount 100')


def test_an_open_table_row_is_named_but_not_a_line_of_a_doc_string(tmp_path: Path) -> None:
    text = (
        "Feature: x\n  Scenario: y\n    Given the events as JSON:\n"
        '      """\n      | not a row\n      """\n'
        "    When 1 day elapses\n    Then the events are:\n"
        "      | event      | card_id |\n      | CardIssued | GC-1\n"
    )
    (problem,) = _file_problems(text, tmp_path)
    assert problem.endswith(
        'cards.feature:10: the table row "| CardIssued | GC-1" does not end with "|", so '
        'behave drops its last character: close the last cell with "|"'
    )


def test_a_project_tag_that_starts_with_saga_or_aggregate_is_no_mistake(
    tmp_path: Path,
) -> None:
    text = (
        "@saga-timeouts @aggregate_root\nFeature: x\n  @sagas.flow\n  Scenario: y\n"
        "    Given 3 days have elapsed\n"
    )
    assert _problems(text, tmp_path) == []


def test_a_near_miss_of_a_choosing_tag_with_a_class_name_is_a_problem(
    tmp_path: Path,
) -> None:
    text = "@aggregate-GiftCard\nFeature: x\n  Scenario: y\n    Given 3 days have elapsed\n"
    assert _problems(text, tmp_path) == [
        "x.feature:1: @aggregate-GiftCard is not a tag castle-bdd reads — write @aggregate:GiftCard"
    ]


@pytest.mark.parametrize(
    ("text", "placeholder", "problem", "failed"),
    [
        (
            "Feature: x\n  Scenario: y\n"
            '    Given the event CardIssued with card_id "Ann <ann@example.com>" and amount 1\n'
            '    And the event CardIssued with card_id "<GC-1>" and amount 1\n'
            "    When 1 day elapses\n    Then no events are published\n",
            ("<GC-1>", "<card id>"),
            "<card id> is a placeholder, but this is a Scenario",
            "scenarios",
        ),
        (
            "Feature: x\n  Background:\n"
            '    Given the event CardIssued with card_id "Ann <ann@example.com>" and amount 1\n'
            "  Scenario: y\n    Given 3 days have elapsed\n"
            "    When 1 day elapses\n    Then no events are published\n",
            ("<ann@example.com>", "<card>"),
            "<card> is in the Background",
            "features",
        ),
    ],
    ids=["scenario", "background"],
)
def test_a_value_in_angle_brackets_that_names_no_column_is_no_placeholder(
    text: str, placeholder: tuple[str, str], problem: str, failed: str
) -> None:
    feature = parse_feature(text, filename="x.feature")
    assert not structure_problems([feature], _every_step_is_the_librarys)
    written = text.replace(*placeholder)
    problems = structure_problems(
        [parse_feature(written, filename="x.feature")], _every_step_is_the_librarys
    )
    assert problem in str(getattr(problems, failed))


def _every_step_is_the_librarys(step: object) -> object:
    def read() -> None: ...

    read.__module__ = "castle_bdd.steps.given"
    return SimpleNamespace(func=read)


def test_a_description_line_with_a_plural_keyword_is_prose(tmp_path: Path) -> None:
    path = tmp_path / "x.feature"
    path.write_text(
        "Feature: x\n  Features: redeeming, refunds.\n  Scenaro: y\n"
        "  Scenario: z\n    Given 3 days have elapsed\n",
        encoding="utf-8",
    )
    feature = parse_feature(path.read_text(encoding="utf-8"), filename=str(path))
    problems = structure_problems([feature], _every_step_is_the_librarys)
    (problem,) = problems.features.values()
    assert problem.endswith(
        'x.feature:3: "Scenaro:" is no Gherkin keyword, so behave reads this line as a '
        "description — did you mean Scenario:?"
    )


def test_a_table_row_without_its_closing_bar_is_found_in_any_language(
    tmp_path: Path,
) -> None:
    path = tmp_path / "x.feature"
    path.write_text(
        "# language: fr\nFonctionnalité: x\n  Scénario: y\n    Soit the events:\n"
        "      | event      | card_id |\n      | CardIssued | GC-2\n",
        encoding="utf-8",
    )
    feature = parse_feature(path.read_text(encoding="utf-8"), filename=str(path))
    (problem,) = structure_problems([feature]).features.values()
    assert problem.endswith(
        'x.feature:6: the table row "| CardIssued | GC-2" does not end with "|", so behave '
        'drops its last character: close the last cell with "|"'
    )


def test_a_rule_without_scenarios_is_a_problem(tmp_path: Path) -> None:
    text = (
        "Feature: x\n  Rule: nothing here\n\n  Rule: r\n    Scenario: y\n"
        "      Given 3 days have elapsed\n"
    )
    assert _problems(text, tmp_path) == [
        "x.feature:2: the Rule has no scenarios, so nothing checks it: add a Scenario under "
        "it, or remove the Rule"
    ]


def test_the_rules_a_work_unit_of_one_scenario_leaves_out_are_no_problem() -> None:
    """behave-pool's scenario scheme runs each scenario in a work unit of its own: the
    feature's other Rules are left out of it, emptied, and are not the unit's to judge."""
    serial = pytest.importorskip("behave_pool.serial")
    text = (
        "Feature: x\n  Rule: a\n    Scenario: y\n      Given 3 days have elapsed\n\n"
        "  Rule: b\n    Scenario: z\n      Given 3 days have elapsed\n"
    )
    for line in (3, 7):
        feature = parse_feature(text, filename="x.feature")
        serial.filter_scenario_by_line(feature, line)
        assert [s.line for s in feature.walk_scenarios()] == [line]
        assert not structure_problems([feature])
    empty = text.replace(
        "  Rule: b\n    Scenario: z\n      Given 3 days have elapsed\n", "  Rule: b\n"
    )
    feature = parse_feature(empty, filename="x.feature")
    assert list(structure_problems([feature]).features.values()) == [
        "x.feature:6: the Rule has no scenarios, so nothing checks it: add a Scenario under "
        "it, or remove the Rule"
    ]


def test_a_when_in_a_rules_background_is_a_problem(tmp_path: Path) -> None:
    text = (
        "Feature: x\n  Rule: r\n    Background:\n      When 3 days elapse\n\n"
        "    Scenario: y\n      Given 3 days have elapsed\n"
    )
    feature = parse_feature(text, filename="x.feature")
    problems = structure_problems([feature], _every_step_is_the_librarys)
    (problem,) = problems.features.values()
    assert problem.startswith('x.feature:4: the Background has the When step "3 days elapse"')


def test_curly_single_quotes_around_a_value_are_read_as_straight_ones() -> None:
    text = (
        "Feature: x\n  Scenario: y\n"
        "    Given the event CardCancelled with card_id \u2018GC-1\u2019 and reason "
        "\u2018O\u2019Brien\u2019s dog\u2019\n"
        "    And the event CardCancelled with card_id GC-2 and reason O\u2019Brien\u2019s\n"
    )
    feature = parse_feature(text, filename="x.feature")
    structure_problems([feature])
    first, second = (step.name for step in feature.scenarios[0].steps)
    assert first.endswith("card_id 'GC-1' and reason 'O\u2019Brien\u2019s dog'")
    assert second.endswith("card_id GC-2 and reason O\u2019Brien\u2019s")


def test_an_outline_whose_placeholder_is_in_a_tag_has_no_problem(tmp_path: Path) -> None:
    text = (
        "Feature: x\n  @aggregate:<kind>\n  Scenario Outline: y\n    Given 1 day has elapsed\n\n"
        "    Examples:\n      | kind     |\n      | GiftCard |\n"
    )
    assert _problems(text, tmp_path) == []


def test_features_a_runner_parses_after_before_all_are_checked_as_they_start() -> None:
    from castle_bdd.gherkin.errors import GherkinError
    from castle_bdd.structure import install_structure_checks

    hooks: dict[str, Any] = {}
    install_structure_checks([], hooks)  # behave-pool's worker: no feature known yet
    context = SimpleNamespace()
    for name in ("a.feature", "b.feature"):  # one work unit after the other
        feature = parse_feature(GOOD + "\n  Scenario: nothing\n", filename=name)
        hooks["before_feature"](context, feature)
        good, empty = feature.scenarios
        hooks["before_scenario"](context, good)
        with pytest.raises(GherkinError, match="the scenario has no steps"):
            hooks["before_scenario"](context, empty)
    stepless = parse_feature("Feature: x\n  Only words.\n", filename="c.feature")
    with pytest.raises(GherkinError, match="the feature has no scenarios"):
        hooks["before_feature"](context, stepless)


def test_a_rule_under_a_features_background_has_no_empty_background(tmp_path: Path) -> None:
    """behave gives such a Rule a Background of its own, with no steps, on its line."""
    text = (
        "Feature: x\n  Background:\n"
        '    Given the event CardIssued with card_id "GC-1" and amount 100\n\n'
        "  Rule: r\n    Scenario: s\n"
        '      When the command RedeemCard is sent with card_id "GC-1" and amount 30\n'
        "      Then the command succeeds\n"
    )
    feature = parse_feature(text, filename="x.feature")
    assert not structure_problems([feature], _every_step_is_the_librarys)
    written = text.replace("  Rule: r\n", "  Rule: r\n    Background:\n\n")
    feature = parse_feature(written, filename="x.feature")
    (problem,) = structure_problems([feature], _every_step_is_the_librarys).features.values()
    assert problem.startswith("x.feature:6: the Background has no steps")
