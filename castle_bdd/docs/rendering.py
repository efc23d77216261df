"""Renders a run record as one self-contained HTML file or as Markdown.

Templates go through Jinja2 with autoescaping, so no user text (names, tags, cells,
messages) can become markup; the HTML inlines its CSS and script and needs no network.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from castle_bdd.docs.model import FeatureRecord, MessageRecord, RunRecord, ScenarioRecord

FORMATS = ("html", "markdown")
_TEMPLATES = {"html": "living-doc.html.j2", "markdown": "living-doc.md.j2"}


@dataclass
class ScenarioView:
    """A scenario with what the templates need beside its record."""

    record: ScenarioRecord
    feature: FeatureRecord
    anchor: str
    given: list[Any] = field(default_factory=list)
    when: list[Any] = field(default_factory=list)
    then: list[Any] = field(default_factory=list)


def render(
    record: RunRecord, output_format: str = "html", title: str = "Living documentation"
) -> str:
    """The document for ``record`` in ``output_format`` (``html`` or ``markdown``)."""
    if output_format not in FORMATS:
        raise ValueError(f"unknown format {output_format!r}: choose one of {', '.join(FORMATS)}")
    scenarios = _scenario_views(record)
    template = _environment().get_template(_TEMPLATES[output_format])
    return str(
        template.render(
            title=title,
            record=record,
            scenarios=scenarios,
            by_feature=_by_feature(record, scenarios),
            status_counts=Counter(view.record.status for view in scenarios),
            tag_counts=sorted(Counter(t for v in scenarios for t in v.record.tags).items()),
            usage=_usage(record.messages, scenarios),
            handler_usage=_handler_usage(record, scenarios),
        )
    )


@cache
def _environment() -> Any:
    import jinja2  # imported here: only writing a document needs it

    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("castle_bdd.docs", "templates"),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html", "html.j2")),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters["md"] = _markdown_text
    environment.filters["seconds"] = _seconds
    return environment


def _scenario_views(record: RunRecord) -> list[ScenarioView]:
    views: list[ScenarioView] = []
    for feature_index, feature in enumerate(record.features):
        for index, scenario in enumerate(feature.scenarios):
            view = ScenarioView(scenario, feature, f"s{feature_index}-{index}")
            for note in scenario.timeline:
                _column(view, note).append(note)
            views.append(view)
    return views


def _column(view: ScenarioView, note: Any) -> list[Any]:
    if note.phase == "given":
        return view.given
    if note.kind in ("command", "time") and not view.then:
        return view.when
    if note.kind == "event" and not view.when:
        return view.when
    return view.then


def _by_feature(
    record: RunRecord, views: list[ScenarioView]
) -> list[tuple[FeatureRecord, list[ScenarioView]]]:
    return [(f, [v for v in views if v.feature is f]) for f in record.features]


def _usage(
    messages: list[MessageRecord], views: list[ScenarioView]
) -> dict[str, list[ScenarioView]]:
    usage: dict[str, list[ScenarioView]] = {m.name: [] for m in messages}
    spaced = {_key(m.name): m.name for m in messages}
    for view in views:
        for name in _names_used(view, spaced):
            usage.setdefault(name, []).append(view)
    return usage


def _names_used(view: ScenarioView, spaced: dict[str, str]) -> set[str]:
    used = {note.label for note in view.record.timeline if note.label in spaced.values()}
    for step in view.record.steps:
        words = _key(step.name)
        used |= {name for key, name in spaced.items() if key in words}
    return used


def _handler_usage(record: RunRecord, views: list[ScenarioView]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for handler in record.handlers:
        tag_names = {f"aggregate:{handler.name}", f"saga:{handler.name}"}
        handled = {m for names in handler.handles.values() for m in names}
        counts[handler.name] = sum(
            1
            for v in views
            if tag_names & set(v.record.tags) or handled & {n.label for n in v.record.timeline}
        )
    return counts


def _key(text: str) -> str:
    return re.sub(r"[\s_]+", "", text).lower()


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|])")


def _markdown_text(text: Any) -> str:
    escaped = str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MARKDOWN_SPECIAL.sub(r"\\\1", escaped).replace("\n", " ")


def _seconds(value: float) -> str:
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"
