"""What a behave run leaves on its scenarios for the living document, and nothing more.

The step library and the known-issue hooks run in every scenario of every run; they
mark scenarios through this small module, which the living-document plug-in reads:
a run without it never loads the documentation package.
"""

from __future__ import annotations

from collections.abc import Iterable

EXPECTED_FAILURE, FIXED = "expected failure", "fixed"
#: Where the known-issue hooks leave EXPECTED_FAILURE or FIXED on a behave scenario.
KNOWN_ISSUE_ATTRIBUTE = "castle_known_issue"
#: The attribute of a behave scenario where the step library leaves the scenario's journal.
JOURNAL_ATTRIBUTE = "castle_journal"
#: A formatter class with this attribute set to True reads the journals left on scenarios.
#: The step library leaves them only when one is in the run (or run records are written):
#: kept to the end of a run, thousands of them would slow every later scenario down.
READS_JOURNALS = "castle_reads_journals"
#: A formatter class with this attribute set to True records each finished feature once,
#: shared with every other such formatter of the run. When every formatter of a run that
#: reads journals says so, the journals are let go once their feature is recorded.
SHARES_RECORDS = "castle_shares_records"
#: Set on behave's configuration when ``setup_castle_bdd`` failed: why no scenario ran.
SETUP_FAILURE_ATTRIBUTE = "castle_setup_failure"
#: Set on behave's configuration when the project's ``after_all`` hook raised: why the run
#: failed after its last feature.
RUN_END_FAILURE_ATTRIBUTE = "castle_run_end_failure"
#: Set on a behave feature whose scenarios' journals may be let go once it is recorded.
RELEASABLE_ATTRIBUTE = "castle_journals_releasable"


def attach_journal(scenario: object, journal: Iterable[object], releasable: bool = False) -> None:
    """Leave a scenario's journal (its `JournalEntry` items) where the formatter finds it.

    ``releasable``: nothing but formatters that share their records reads it, so it may
    be let go once its feature is recorded (said once, on the feature: a mark on each of
    thousands of scenarios would cost memory of its own).
    """
    setattr(scenario, JOURNAL_ATTRIBUTE, journal)
    feature = getattr(scenario, "feature", None)
    if releasable and feature is not None:
        setattr(feature, RELEASABLE_ATTRIBUTE, True)
