"""behave formatters that write the living document (HTML or Markdown) or a run record (JSON)."""

from __future__ import annotations

import gc
import json
import sys
from datetime import datetime, timezone

from behave.formatter.base import Formatter

from castle_bdd.docs.collector import finished_feature_record
from castle_bdd.docs.model import FeatureRecord, RunRecord
from castle_bdd.docs.records import run_record, tag_selection
from castle_bdd.docs.rendering import render
from castle_bdd.gherkin.model import Feature
from castle_bdd.marks import RUN_END_FAILURE_ATTRIBUTE, SETUP_FAILURE_ATTRIBUTE

_DOCUMENT_SUFFIXES = (".html", ".htm", ".md", ".markdown")


class _RecordingFormatter(Formatter):  # type: ignore[misc]
    """Collects every finished feature; writes once, when behave closes the formatter."""

    #: the step library leaves each scenario's journal for it (see `castle_bdd.marks`)
    castle_reads_journals = True
    #: each finished feature is recorded once for all of castle-bdd's formatters of the run
    castle_shares_records = True

    def __init__(self, stream_opener: object, config: object) -> None:
        super().__init__(stream_opener, config)
        self._features: list[FeatureRecord] = []
        self._current: Feature | None = None
        self._started = datetime.now(timezone.utc).isoformat(timespec="seconds")

    def feature(self, feature: Feature) -> None:
        """A feature starts."""
        self._current = feature

    def eof(self) -> None:
        """The current feature has finished: record it."""
        if self._current is not None:
            self._features.append(finished_feature_record(self._current, self.config))
            self._current = None

    def close(self) -> None:
        """The run is over: write the output.

        What the run built (behave's model of every feature, the records) lives on until
        the process ends; frozen, it is left out of the full garbage collections that
        writing the document sets off, which would otherwise walk all of it again and again.
        """
        self.eof()
        # a process that froze objects of its own keeps them frozen: it is left as it was
        freezing = gc.get_freeze_count() == 0
        if freezing:
            gc.freeze()
        try:
            text = self.document(self.run_record())
        finally:
            if freezing:
                gc.unfreeze()
        stream = self.open()
        stream.write(text)
        self.close_stream()

    def run_record(self) -> RunRecord:
        """What this run contributes: its features and the domain's glossary."""
        stopped = str(getattr(self.config, SETUP_FAILURE_ATTRIBUTE, "") or "")
        if stopped:  # the domain could not be read: there is no glossary to make of it
            return RunRecord(started=self._started, stopped=stopped)
        record = run_record(self._features, self._started, tag_selection(self))
        record.ended = str(getattr(self.config, RUN_END_FAILURE_ATTRIBUTE, "") or "")
        return record

    def document(self, record: RunRecord) -> str:
        """The text to write for ``record``."""
        raise NotImplementedError


class LivingDocFormatter(_RecordingFormatter):
    """Writes the living documentation: one self-contained HTML file (Markdown for ``*.md``)."""

    name = "living"
    description = "Living documentation: one offline HTML file (Markdown if the file is *.md)."

    def document(self, record: RunRecord) -> str:
        """HTML, or Markdown when the output file name ends in ``.md``."""
        target = str(getattr(self.stream_opener, "name", "") or "")
        return render(record, "markdown" if target.endswith(".md") else "html")

    def close(self) -> None:
        """Write the document; say so when it went to the console, and its file got another
        formatter's output (``-f pretty -f living -o doc.html``)."""
        super().close()
        if getattr(self.stream_opener, "name", None) is not None:
            return
        outputs = [str(getattr(o, "name", "") or "") for o in getattr(self.config, "outputs", ())]
        taken = [name for name in outputs if name.endswith(_DOCUMENT_SUFFIXES)]
        if taken:
            print(
                f"castle-bdd: the living document was written to the console, and {taken[0]} "
                "holds another formatter's output: behave gives the first -o to the first -f. "
                f"Write -f living -o {taken[0]} first, then the other formatters.",
                file=sys.stderr,
            )


class LivingMarkdownFormatter(_RecordingFormatter):
    """Writes the living documentation as Markdown."""

    name = "living-markdown"
    description = "Living documentation as Markdown."

    def document(self, record: RunRecord) -> str:
        """Markdown."""
        return render(record, "markdown")


class RunRecordFormatter(_RecordingFormatter):
    """Writes a JSON record of the run, for ``castle-bdd docs`` to render or merge later."""

    name = "castle-record"
    description = "JSON record of a run, merged into one living document by castle-bdd docs."

    def document(self, record: RunRecord) -> str:
        """JSON."""
        return json.dumps(record.to_json(), indent=1, default=str)
