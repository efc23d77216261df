"""JSON values have one depth limit on every Python version."""

from __future__ import annotations

import pytest

from castle_bdd.gherkin.json_text import MAX_JSON_NESTING, read_json


def _nested(depth: int) -> str:
    return "[" * depth + "1" + "]" * depth


def test_a_value_at_the_limit_is_read() -> None:
    value = read_json(_nested(MAX_JSON_NESTING))
    for _ in range(MAX_JSON_NESTING):
        assert isinstance(value, list)
        value = value[0]
    assert value == 1


@pytest.mark.parametrize("depth", [MAX_JSON_NESTING + 1, 5_000, 100_000])
def test_a_value_past_the_limit_is_refused_in_a_domain_experts_words(depth: int) -> None:
    with pytest.raises(ValueError, match="nested too deep to read: write it with fewer levels"):
        read_json(_nested(depth))


def test_objects_count_as_levels_too() -> None:
    text = '{"a": ' * (MAX_JSON_NESTING + 1) + "1" + "}" * (MAX_JSON_NESTING + 1)
    with pytest.raises(ValueError, match="nested too deep"):
        read_json(text)
    assert read_json('{"lines": [{"quantity": 2}, []]}') == {"lines": [{"quantity": 2}, []]}
