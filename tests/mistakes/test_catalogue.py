"""Every mistake of the catalogue ends in a message its reader can act on.

A domain expert's mistake: the run fails, the message names the feature file and line,
says what is wrong and how to put it right, and shows no Python traceback. A bug in
domain code: the message names the engineer's file and line, and does not blame the
feature file. The cases run in few behave runs (one per folder, plus one per case that
must run alone), so the catalogue costs seconds, not a behave start per case.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.mistakes.catalogue import (
    Mistake,
    Outcome,
    all_mistakes,
    outcomes_of,
    run_behave,
)

MISTAKES = all_mistakes()
_TRACEBACK_SIGNS = ("Traceback (most recent call last)", 'File "', "castle_bdd/")


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Outcome]:
    """What each case's run gives, by case name."""
    folder = tmp_path_factory.mktemp("mistakes")
    found: dict[str, Outcome] = {}
    together = [m for m in MISTAKES if not m.alone]
    for engineer in (False, True):
        group = [m for m in together if m.engineer is engineer]
        domain = _domains(group) if engineer else None
        _, output, report = run_behave(
            [m.feature for m in group], folder / f"group-{engineer}.json", domain
        )
        by_feature = outcomes_of(report, output)
        for mistake in group:
            found[mistake.name] = by_feature.get(mistake.feature, Outcome("", False, output))
    for mistake in (m for m in MISTAKES if m.alone):
        code, output, _ = run_behave([mistake.feature], folder / "alone.json", mistake.domain)
        found[mistake.name] = Outcome(output, code != 0, output)
    return found


def _domains(group: list[Mistake]) -> str:
    modules = {"tests.mistakes.domains." + Path(m.where).stem for m in group if m.where}
    return ",".join(sorted(modules))


def test_the_catalogue_holds_at_least_150_mistakes() -> None:
    assert len(MISTAKES) >= 150
    assert all(m.wrong and m.fix for m in MISTAKES), "every case says what is wrong and the fix"
    assert all(m.expected_location() for m in MISTAKES), "every case names its file and line"


@pytest.mark.parametrize("mistake", MISTAKES, ids=[m.name for m in MISTAKES])
def test_the_mistake_gets_a_message_to_act_on(
    mistake: Mistake, outcomes: dict[str, Outcome]
) -> None:
    outcome = outcomes[mistake.name]
    message = outcome.message
    assert outcome.failed, f"{mistake.name} was accepted:\n{outcome.output[-2000:]}"
    location = mistake.expected_location()
    assert f"{location}" in message, f"{location} not named in:\n{message}"
    step = mistake.expected_step()
    assert step is None or step in message, f"{step} not named in:\n{message}"
    for words in (*mistake.wrong, *mistake.fix):
        assert words in message, f"{words!r} not in:\n{message}"
    for words in mistake.never:
        assert words not in message, f"{words!r} in:\n{message}"
    if not mistake.engineer:
        assert not any(sign in message for sign in _TRACEBACK_SIGNS), message
