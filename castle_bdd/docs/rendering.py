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

from castle_bdd.config import project_name, project_settings
from castle_bdd.docs.bodies import bodies_json
from castle_bdd.docs.domain_map import domain_map
from castle_bdd.docs.model import (
    FeatureRecord,
    MessageRecord,
    RunRecord,
    ScenarioRecord,
    TimelineEntry,
    weightiest,
)
from castle_bdd.docs.values import text

FORMATS = ("html", "markdown")
_TEMPLATES = {"html": "living-doc.html.j2", "markdown": "living-doc.md.j2"}
_DEFAULT_TITLE = "Living documentation"


@dataclass
class ScenarioView:
    """A scenario with what the templates need beside its record."""

    record: ScenarioRecord
    feature: FeatureRecord
    anchor: str
    index: int = 0
    #: the anchor of the Scenario Outline it is a row of, if it is one
    outline_anchor: str = ""
    given: list[TimelineEntry] = field(default_factory=list)
    when: list[TimelineEntry] = field(default_factory=list)
    then: list[TimelineEntry] = field(default_factory=list)

    @property
    def notes(self) -> list[TimelineEntry]:
        """The scenario's sticky notes, in the order they happened."""
        return self.record.timeline

    @property
    def no_events(self) -> bool:
        """A command or event went in and nothing came out: "no events" is drawn."""
        return bool(self.when) and not self.then and self.record.status != "skipped"


@dataclass
class OutlineView:
    """A Scenario Outline, drawn once: its rows are scenarios with a status each."""

    name: str
    anchor: str
    rows: list[ScenarioView]

    @property
    def headings(self) -> list[str]:
        """The Examples table's column names."""
        return list(self.rows[0].record.examples or {})

    @property
    def classes(self) -> str:
        """Every status of its rows, as class names (``expected failure``: ``expected-failure``)."""
        statuses = dict.fromkeys(row.record.status.replace(" ", "-") for row in self.rows)
        return " ".join(statuses)

    @property
    def status(self) -> str:
        """The weightiest status of its rows (`castle_bdd.docs.model.STATUSES_BY_WEIGHT`):
        rows that passed and a row that failed as expected read "expected failure"."""
        return weightiest(row.record.status for row in self.rows)


def render(record: RunRecord, output_format: str = "html", title: str | None = None) -> str:
    """The document for ``record`` in ``output_format`` (``html`` or ``markdown``).

    The title is ``title``, else ``[tool.castle_bdd] title``, else the project's name.
    """
    if output_format not in FORMATS:
        raise ValueError(f"unknown format {output_format!r}: choose one of {', '.join(FORMATS)}")
    from markupsafe import Markup  # Jinja2's own: loaded only when a document is written

    scenarios = _scenario_views(record)
    by_feature = _by_feature(record, scenarios)
    template = _environment().get_template(_TEMPLATES[output_format])
    return str(
        template.render(
            title=title or project_title(),
            record=record,
            scenarios=scenarios,
            by_feature=by_feature,
            failed=[v for v in scenarios if v.record.status == "failed"],
            failed_features=[(f, anchor) for f, anchor, _ in by_feature if f.error],
            status_counts=Counter(view.record.status for view in scenarios),
            tag_counts=sorted(Counter(t for v in scenarios for t in v.record.tags).items()),
            usage=_usage(record.messages, scenarios),
            handler_usage=_handler_usage(record, scenarios),
            message_names={m.name for m in record.messages},
            swimlanes=domain_map(record.handlers, scenarios),
            bodies=Markup(bodies_json(scenarios)),
        )
    )


def project_title() -> str:
    """``[tool.castle_bdd] title``, else the project's name, else "Living documentation"."""
    configured = project_settings().get("title")
    if configured:
        return str(configured)
    name = project_name()
    return f"{name}: living documentation" if name else _DEFAULT_TITLE


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
    environment.filters["flat"] = text
    return environment


def _scenario_views(record: RunRecord) -> list[ScenarioView]:
    views: list[ScenarioView] = []
    taken: set[str] = set()
    outlines: dict[tuple[str, int], str] = {}
    for feature in record.features:
        prefix = _slug(feature.filename.rsplit("/", 1)[-1].removesuffix(".feature"))
        for scenario in feature.scenarios:
            anchor = _unique(f"{prefix}--{_slug(scenario.name)}", taken)
            view = ScenarioView(scenario, feature, anchor, len(views))
            if scenario.outline_line is not None:
                key = (prefix, scenario.outline_line)
                if key not in outlines:
                    outline = f"{prefix}--{_slug(scenario.outline or scenario.name)}"
                    outlines[key] = _unique(outline, taken)
                view.outline_anchor = outlines[key]
            for note in scenario.timeline:
                _column(view, note).append(note)
            views.append(view)
    return views


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def _unique(anchor: str, taken: set[str]) -> str:
    """``anchor``, or ``anchor-2``, ``anchor-3``… when an earlier scenario has it."""
    candidate, number = anchor, 1
    while candidate in taken:
        number += 1
        candidate = f"{anchor}-{number}"
    taken.add(candidate)
    return candidate


def _column(view: ScenarioView, note: TimelineEntry) -> list[TimelineEntry]:
    if note.phase == "given":
        return view.given
    if note.kind in ("command", "time") and not view.then:
        return view.when
    if note.kind == "event" and not view.when:
        return view.when
    return view.then


def _by_feature(
    record: RunRecord, views: list[ScenarioView]
) -> list[tuple[FeatureRecord, str, list[ScenarioView | OutlineView]]]:
    grouped = []
    by_feature: dict[int, list[ScenarioView]] = {}
    for view in views:
        by_feature.setdefault(id(view.feature), []).append(view)
    for feature in record.features:
        mine = by_feature.get(id(feature), [])
        anchor = mine[0].anchor.split("--")[0] if mine else _slug(feature.name)
        grouped.append((feature, anchor, _outlines_once(mine)))
    return grouped


def _outlines_once(views: list[ScenarioView]) -> list[ScenarioView | OutlineView]:
    items: list[ScenarioView | OutlineView] = []
    for view in views:
        line = view.record.outline_line
        last = items[-1] if items else None
        if line is None:
            items.append(view)
        elif isinstance(last, OutlineView) and last.rows[0].record.outline_line == line:
            last.rows.append(view)
        else:
            name = view.record.outline or view.record.name
            items.append(OutlineView(name, view.outline_anchor, [view]))
    return items


@dataclass
class Use:
    """A scenario that uses a message, or the rows of one Scenario Outline that do: one
    entry of the glossary's "used in" (rows are told by their outline, not by names
    they share)."""

    name: str
    anchor: str
    #: how many scenarios (outline rows) it stands for
    scenarios: int = 1


def _usage(messages: list[MessageRecord], views: list[ScenarioView]) -> dict[str, list[Use]]:
    usage: dict[str, list[Use]] = {m.name: [] for m in messages}
    spaced = {_key(m.name): m.name for m in messages}
    outlines: dict[tuple[str, str], Use] = {}
    for view in views:
        for name in _names_used(view, spaced):
            outline = outlines.get((name, view.outline_anchor)) if view.outline_anchor else None
            if outline is not None:  # a second row: the entry is the outline's
                outline.name = view.record.outline or view.record.name
                outline.anchor = view.outline_anchor
                outline.scenarios += 1
                continue
            use = Use(view.record.name, view.anchor)
            usage.setdefault(name, []).append(use)
            if view.outline_anchor:
                outlines[name, view.outline_anchor] = use
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


def _markdown_text(text: object) -> str:
    escaped = str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MARKDOWN_SPECIAL.sub(r"\\\1", escaped).replace("\n", " ")


def _seconds(value: float) -> str:
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"
