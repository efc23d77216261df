"""Then steps about time: a window that checks some time, one still ahead, and a
deadline the class under test could have."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from castle_bdd.domain import Role
from castle_bdd.domain.members import tables_with_members
from castle_bdd.gherkin.errors import GherkinError
from castle_bdd.gherkin.plan import Target
from castle_bdd.scheduling import as_utc

if TYPE_CHECKING:
    from castle_bdd.gherkin.catalogue import Catalogue
    from castle_bdd.scheduling import ScheduledItem


def check_some_time(duration: timedelta) -> None:
    """A ``within`` duration longer than nothing: "within 0 days" checks no time at all."""
    if not duration:
        raise GherkinError(
            "within no time at all checks nothing: write how long from now, e.g. within 30 days"
        )


def check_window_ahead(start: datetime, end: datetime, now: datetime) -> None:
    """A window of time that ends before ``now`` (the scenario's time after the When):
    what was due in it has come due, so a denial about it checks nothing."""
    start, end, now = as_utc(start), as_utc(end), as_utc(now)
    if start <= end < now:
        raise GherkinError(
            f"the window ends ({end.isoformat()}) before the scenario's time after the When "
            f"({now.isoformat()}): what was due in it has come due, so this checks nothing — "
            "write instants after it, or write within <duration>, e.g. within 30 days"
        )


def check_deadline_of_target(
    catalogue: Catalogue, target: Target | None, deadline: str, scheduled: Sequence[ScheduledItem]
) -> None:
    """Refuse to deny a deadline that only classes other than ``target`` handle: the class
    under test has no handler of that name (nor one by payload, which takes any name), and
    none of that name is scheduled, so the denial passes whatever was scheduled."""
    owners = catalogue.deadline_owners.get(deadline, ())
    if target is None or not owners or any(item.deadline_name == deadline for item in scheduled):
        return
    tables = tables_with_members(target.type)
    if any(deadline in own.deadlines_by_name or own.handled_types(Role.DEADLINE) for own in tables):
        return
    owner = owners[0]
    kind = "saga" if owner in catalogue.sagas.values() else "aggregate"
    handled = ", ".join(
        dict.fromkeys(
            name
            for own in tables
            for name, h in own.deadlines_by_name.items()
            if h.mark.deadline_name
        )
    )
    instead = (
        f"name one of the {target.name}'s deadlines ({handled})"
        if handled
        else f"the {target.name} handles no deadline at all: remove the step"
    )
    raise GherkinError(
        f"{deadline} is a deadline of the {kind} {owner.__name__}, but this scenario tests the "
        f"{target.kind} {target.name}, which handles no deadline of that name, so denying it "
        f"checks nothing: {instead}, or tag the scenario @{kind}:{owner.__name__} to test "
        f"the {owner.__name__}"
    )
