"""``[tool.castle_bdd]`` in pyproject.toml: a setting castle-bdd does not read, or one of
another kind, is refused with the file, the key, what it takes and the nearest setting.

``domian = [...]`` or ``known-issue-pass = "fail"`` was ignored without a word, and
``title = 5`` was shown as "5"; ``known_issue_pass = true``, ``max_firings = "10"`` and
``accidental_exceptions = "KeyError"`` were refused without naming the file, and so were
``max_firings = 0`` and ``known_issue_pass = "loud"``, which each reader checked itself.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest

from castle_bdd.config import (
    SETTINGS,
    DomainNotConfiguredError,
    SettingError,
    configured_start,
    project_settings,
)


def _settings(folder: Path, lines: str) -> dict[str, object]:
    path = folder / "pyproject.toml"
    path.write_text(f"[tool.castle_bdd]\n{lines}\n", encoding="utf-8")
    return project_settings(folder)


@pytest.mark.parametrize(
    ("written", "nearest"),
    [
        ('domian = ["shop"]', "domain"),
        ('known-issue-pass = "fail"', "known_issue_pass"),
        ("max_firing = 3", "max_firings"),
        ('Title = "Shop"', "title"),
    ],
)
def test_a_misspelt_setting_is_refused_with_the_nearest_one(
    tmp_path: Path, written: str, nearest: str
) -> None:
    key = written.split(" =")[0]
    refused = rf"{re.escape(str(tmp_path / 'pyproject.toml'))}: \[tool.castle_bdd\] {key} "
    with pytest.raises(SettingError, match=refused + rf"is no setting .* did you mean {nearest}\?"):
        _settings(tmp_path, written)


def test_a_setting_near_none_is_refused_with_the_list_of_settings(tmp_path: Path) -> None:
    with pytest.raises(SettingError, match="colour is no setting castle-bdd reads: the settings"):
        _settings(tmp_path, 'colour = "red"')


@pytest.mark.parametrize(
    ("written", "takes"),
    [
        ("title = 5", "title must be a string, not 5"),
        ("known_issue_pass = true", 'known_issue_pass must be "warn" or "fail", not True'),
        ('max_firings = "10"', "max_firings must be a whole number above 0, not '10'"),
        ("max_firings = true", "max_firings must be a whole number above 0, not True"),
        ("max_firings = 0", "max_firings must be a whole number above 0, not 0"),
        ("max_firings = -5", "max_firings must be a whole number above 0, not -5"),
        ('known_issue_pass = "loud"', 'known_issue_pass must be "warn" or "fail", not \'loud\''),
        (
            'accidental_exceptions = "KeyError"',
            "accidental_exceptions must be a list of exception class names, not 'KeyError'",
        ),
        ("store = 5", 'store must be a string: "memory"'),
        ("start = 5", "start must be an instant such as"),
    ],
)
def test_a_setting_of_another_kind_is_refused_with_the_file(
    tmp_path: Path, written: str, takes: str
) -> None:
    where = re.escape(f"{tmp_path / 'pyproject.toml'}: [tool.castle_bdd] ")
    with pytest.raises(SettingError, match=where + re.escape(takes)):
        _settings(tmp_path, written)


def test_a_domain_of_another_kind_is_still_a_domain_not_configured(tmp_path: Path) -> None:
    with pytest.raises(DomainNotConfiguredError, match="domain must be a list of module names"):
        _settings(tmp_path, "domain = 3")


def test_every_setting_of_its_kind_is_read_as_it_is(tmp_path: Path) -> None:
    written = (
        'domain = "shop"\nstore = "memory"\nstart = 2026-01-01T09:00:00Z\n'
        'accidental_exceptions = ["KeyError"]\nmax_firings = 3\nknown_issue_pass = "fail"\n'
        'title = "Shop"'
    )
    settings = _settings(tmp_path, written)
    assert set(settings) == set(SETTINGS)
    assert settings["title"] == "Shop" and settings["max_firings"] == 3


@pytest.mark.parametrize(
    ("written", "instant"),
    [
        ("start = 2026-01-01", "2026-01-01T00:00:00+00:00"),
        ('start = "2026-01-01"', "2026-01-01T00:00:00+00:00"),
        ("start = 2026-01-01T09:00:00+02:00", "2026-01-01T07:00:00+00:00"),
    ],
)
def test_a_start_written_as_a_toml_date_is_its_midnight(
    tmp_path: Path, written: str, instant: str
) -> None:
    (tmp_path / "pyproject.toml").write_text(f"[tool.castle_bdd]\n{written}\n", encoding="utf-8")
    assert configured_start(tmp_path) == datetime.fromisoformat(instant)
