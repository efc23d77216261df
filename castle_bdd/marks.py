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


def attach_journal(scenario: object, journal: Iterable[object]) -> None:
    """Leave a scenario's journal (its `JournalEntry` items) where the formatter finds it."""
    setattr(scenario, JOURNAL_ATTRIBUTE, journal)
