"""Run records written from inside each behave process, one file per finished scenario.

Parallel runners (behavex, behave-pool) run no formatter of the project's in their
workers. With ``-D castle_records=DIR`` (or the ``CASTLE_BDD_RECORDS`` environment
variable) every behave process writes into ``DIR``:

- one *process record* when it starts: the run it belongs to, its tag selection and the
  glossary of its domain;
- one *scenario record* as soon as each scenario (each outline row) ends, written again
  when behave fails the scenario after that (an ``after_scenario`` or ``after_tag`` hook
  or a cleanup that raised): the next scenario's start, or its feature's end, settles it;
  a scenario that a failed hook of its feature or Rule kept from starting is recorded
  as its feature ends;
- one *feature record* for a feature that behave failed after its scenarios (its
  ``after_feature``, ``after_rule`` or ``after_tag`` hook, or a cleanup it added, raised),
  written when the next feature starts or the run ends, once behave has settled it.

Each file is written under a temporary name and then renamed, so a process that is
killed leaves the record of every scenario it finished and no half-written file.
``castle-bdd docs --from DIR`` merges them (`castle_bdd.docs.merging`).

A *run* is one behave process together with the workers a parallel runner started for
it: workers inherit their parent's `multiprocessing` authentication key, which is
random for every process started from the command line, so a digest of it names the run
without writing the key itself anywhere.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
from collections.abc import MutableMapping, Sequence
from dataclasses import asdict, is_dataclass
from datetime import datetime, timezone
from itertools import count
from pathlib import Path
from typing import TYPE_CHECKING, Any

from castle_bdd.config import (
    ENVIRONMENT_VARIABLE as ENVIRONMENT_VARIABLE,
)
from castle_bdd.config import (
    USERDATA_KEY as USERDATA_KEY,
)
from castle_bdd.config import domain_modules, records_folder
from castle_bdd.hooks import Hook, chain_hook
from castle_bdd.marks import RUN_END_FAILURE_ATTRIBUTE

if TYPE_CHECKING:
    from castle_bdd.docs.model import FeatureRecord, RunRecord
    from castle_bdd.gherkin.model import Feature

#: The ``kind`` of the two records a process writes into a records folder.
PROCESS_KIND, SCENARIO_KIND = "castle-bdd process", "castle-bdd scenario"
#: The ``kind`` of the record of a feature that failed after its scenarios.
FEATURE_KIND = "castle-bdd feature"
_MARKER = "castle_record_writer"


def run_identity() -> str:
    """The name of the run this process belongs to (shared with the workers it starts)."""
    key = bytes(multiprocessing.current_process().authkey)
    return hashlib.sha256(b"castle-bdd run " + key).hexdigest()[:16]


def now() -> str:
    """The current instant, precise enough to order the processes of a machine."""
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def tag_selection(context: object) -> list[str]:
    """The tag expressions that chose this run's scenarios (empty: all of them)."""
    tags = getattr(getattr(context, "config", None), "tags", None) or []
    return [tags] if isinstance(tags, str) else [str(tag) for tag in tags]


def write_atomically(target: Path, text: str) -> None:
    """Write ``text`` to ``target`` so that no reader ever sees part of it."""
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    with open(temporary, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.replace(temporary, target)


class ScenarioRecordWriter:
    """Writes one process's records into a records folder as its scenarios end."""

    def __init__(self, folder: Path, selection: list[str], config: object = None) -> None:
        self.folder = folder
        #: the run's behave configuration: which scenarios the run chose
        self.config = config
        self.run = run_identity()
        self.started = now()
        self._stem = f"{self.run}-{os.getpid()}-{os.urandom(3).hex()}"
        self._numbers = count(1)
        self._headers: dict[int, tuple[object, dict[str, object]]] = {}
        self.selection = selection
        #: the last scenario written, its result then, and its record's file
        self._unsettled: tuple[Any, object, Path] | None = None
        #: the last feature that ended: behave may still fail it (``after_tag``, cleanups)
        self._ended: Any = None
        self._process: dict[str, object] = {}

    def start(self) -> Path:
        """Write the process record: the run, its selection, the domain's glossary."""
        from castle_bdd.docs.glossary import glossary

        messages, handlers = glossary(domain_modules())
        record = {
            "kind": PROCESS_KIND,
            "run": self.run,
            "started": self.started,
            "pid": os.getpid(),
            "selection": self.selection,
            "messages": [asdict(m) for m in messages],
            "handlers": [asdict(h) for h in handlers],
        }
        self.folder.mkdir(parents=True, exist_ok=True)
        self._process = record
        target = self.folder / f"{self._stem}-process.json"
        write_atomically(target, json.dumps(record, default=str))
        return target

    def run_ended(self, context: object) -> None:
        """Settle the last feature; when the project's ``after_all`` hook raised, write the
        process record again with why the run failed after its last feature."""
        self.feature_settled()
        config = getattr(context, "config", None) or context
        ended = str(getattr(config, RUN_END_FAILURE_ATTRIBUTE, "") or "")
        if ended:
            target = self.folder / f"{self._stem}-process.json"
            write_atomically(target, json.dumps({**self._process, "ended": ended}, default=str))

    def scenario_finished(self, scenario: Any) -> Path:
        """Write the record of a scenario that has just ended."""
        target = self.folder / f"{self._stem}-{next(self._numbers):06d}.json"
        self._write(scenario, target)
        self._unsettled = (scenario, scenario.status, target)
        return target

    def settle(self, *_: object) -> None:
        """Write the last scenario's record again if its result changed since it was written.

        behave fails a scenario whose ``after_scenario`` or ``after_tag`` hook, or one of
        whose cleanups, raised only after every ``after_scenario`` hook has run: by the
        next scenario's start, or its feature's end, its result is final.
        """
        unsettled, self._unsettled = self._unsettled, None
        if unsettled is not None and unsettled[0].status != unsettled[1]:
            self._write(unsettled[0], unsettled[2])

    def feature_finished(self, _: object, feature: Any) -> None:
        """Settle the feature's last record, and record the scenarios a failed hook of the
        feature or of one of its Rules kept from starting: no ``after_scenario`` hook ran
        for them."""
        self.settle()
        rules = getattr(feature, "rules", None) or ()
        if getattr(feature, "hook_failed", False) or any(r.hook_failed for r in rules):
            from castle_bdd.docs.collector import stopped_by_hook

            for scenario in feature.walk_scenarios():
                if stopped_by_hook(scenario, self.config) is not None:
                    self.scenario_finished(scenario)
        self._unsettled = None
        self._ended = feature

    def feature_settled(self, *_: object) -> Path | None:
        """Record the last feature that ended if behave failed it after its scenarios.

        behave fails a feature whose ``after_feature`` or ``after_tag`` hook, or one of
        whose cleanups, raised only after every ``after_feature`` hook has run: by the next
        feature's start, or the end of the run, its result is final.
        """
        feature, self._ended = self._ended, None
        if feature is None:
            return None
        from castle_bdd.docs.collector import feature_failure

        error = feature_failure(feature)
        if error is None:
            return None
        target = self.folder / f"{self._stem}-{next(self._numbers):06d}-feature.json"
        self._write_record(target, FEATURE_KIND, feature={**self._header(feature), "error": error})
        return target

    def _write(self, scenario: Any, target: Path) -> None:
        from castle_bdd.docs.collector import scenario_record

        self._write_record(
            target,
            SCENARIO_KIND,
            feature=self._header(scenario.feature),
            scenario=scenario_record(scenario, self.config),
        )

    def _write_record(self, target: Path, kind: str, **content: object) -> None:
        """Write a record of ``kind`` with this process's run and selection, finished now."""
        record = {
            "kind": kind,
            "run": self.run,
            "started": self.started,
            "finished": now(),
            "selection": self.selection,
            **content,
        }
        write_atomically(target, json.dumps(record, default=_plain))

    def _header(self, feature: Feature) -> dict[str, object]:
        # one feature's scenarios share its header: made once, while the feature runs
        kept = self._headers.get(id(feature))
        if kept is None or kept[0] is not feature:
            from castle_bdd.docs.collector import feature_header

            kept = (feature, asdict(feature_header(feature)))
            self._headers = {id(feature): kept}
        return kept[1]


def _plain(value: object) -> object:
    # a record's dataclasses are written field by field, as `dataclasses.asdict` would
    # give them, without its deep copy of every value: a record is written as it ends
    if is_dataclass(value) and not isinstance(value, type):
        return vars(value)
    return str(value)


def install_record_writer(context: object, hooks: MutableMapping[str, Hook]) -> None:
    """Record every scenario as it ends, when the run was asked to write records."""
    folder = records_folder(context)
    if folder is None:
        return
    writer = ScenarioRecordWriter(folder, tag_selection(context), getattr(context, "config", None))
    writer.start()
    chain_hook(
        hooks,
        "after_scenario",
        lambda _, scenario: writer.scenario_finished(scenario),
        _MARKER,
        always=True,
    )
    chain_hook(hooks, "before_scenario", writer.settle, _MARKER, always=True)
    chain_hook(hooks, "after_feature", writer.feature_finished, _MARKER, always=True)
    chain_hook(hooks, "before_feature", writer.feature_settled, _MARKER, always=True)
    chain_hook(hooks, "after_all", writer.run_ended, _MARKER, always=True)


def run_record(
    features: list[FeatureRecord], started: str, selection: Sequence[str] = ()
) -> RunRecord:
    """The record of a run: its features, the glossary of its domain, its tag selection."""
    from castle_bdd.docs.glossary import glossary
    from castle_bdd.docs.model import RunRecord

    messages, handlers = glossary(domain_modules())
    duration = sum(s.duration for f in features for s in f.scenarios)
    return RunRecord(
        features, messages, handlers, duration, started, run_identity(), list(selection)
    )
