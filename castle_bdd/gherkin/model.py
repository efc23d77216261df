"""The parts of behave's model of a feature file that castle-bdd reads, as Protocols.

behave has no type hints. These name the public attributes of ``behave.model`` that
castle-bdd relies on (the same in behave 1.2.6 and 1.3), so that the code reading a
feature, a scenario, a step or a table is checked against them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol


class Named(Protocol):
    """A member of one of behave's enums: a step's or a scenario's ``status``."""

    @property
    def name(self) -> str:
        """The member's name: ``passed``, ``failed``, ``untested`` …"""


class Row(Protocol):
    """One row of a step's table (or of an outline's Examples)."""

    @property
    def cells(self) -> Sequence[str]:
        """The row's cells."""

    @property
    def line(self) -> int:
        """The row's line in its feature file."""


class Table(Protocol):
    """The table under a step: a heading row, then rows."""

    @property
    def headings(self) -> Sequence[str]:
        """The heading cells."""

    @property
    def rows(self) -> Sequence[Row]:
        """The rows under the heading."""


class Step(Protocol):
    """One step of a scenario, as written and as run."""

    keyword: str
    name: str
    line: int
    location: object
    status: Named
    duration: float | None
    table: Table | None
    text: str | None
    error_message: str | None


class Tagged(Protocol):
    """A feature, rule or scenario: its own tags."""

    @property
    def tags(self) -> Iterable[object]:
        """The tags written on the element itself."""


class Scenario(Tagged, Protocol):
    """A scenario (or one row of an outline), as written and as run."""

    name: str
    keyword: str
    filename: str
    line: int
    location: object
    status: Named
    duration: float
    steps: Sequence[Step]
    all_steps: Iterable[Step]
    background_steps: Sequence[Step] | None
    effective_tags: Iterable[object]
    skip_reason: str | None

    def skip(self) -> None:
        """Skip the rest of the scenario."""

    def should_run(self, config: object = None) -> object:
        """Whether the run's tags, names and lines select the scenario (truthy if so)."""


class Feature(Tagged, Protocol):
    """A parsed feature file."""

    name: str
    filename: str
    line: int
    location: object
    description: Sequence[str] | None
    scenarios: Sequence[object]

    def walk_scenarios(
        self, with_outlines: bool = False, with_rules: bool = False
    ) -> Sequence[Scenario]:
        """Every scenario of the feature (outlines and rules too, when asked)."""


class StepContext(Protocol):
    """What a step function reads of behave's context: the step's table and doc string."""

    table: Table | None
    text: str | None
