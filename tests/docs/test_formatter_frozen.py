"""The formatter freezes the run's objects only while it writes, and only its own freeze."""

from __future__ import annotations

import gc
import io
from types import SimpleNamespace

from castle_bdd.docs import LivingDocFormatter


def _formatter(seen: list[int]) -> LivingDocFormatter:
    stream = io.StringIO()
    opener = SimpleNamespace(stream=stream, open=lambda: stream)
    formatter = LivingDocFormatter(opener, SimpleNamespace())

    def document(record: object) -> str:
        seen.append(gc.get_freeze_count())
        return "written"

    formatter.run_record = lambda: None  # type: ignore[method-assign,assignment,return-value]
    formatter.document = document  # type: ignore[method-assign]
    formatter.open = lambda: stream
    formatter.close_stream = lambda: None
    return formatter


def test_the_run_is_frozen_while_the_document_is_written_and_thawed_after() -> None:
    before = gc.get_freeze_count()
    seen: list[int] = []
    _formatter(seen).close()
    assert seen and seen[0] > 0
    assert gc.get_freeze_count() == before


def test_objects_the_process_froze_itself_stay_frozen() -> None:
    kept = [[index] for index in range(100)]
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        seen: list[int] = []
        _formatter(seen).close()
        assert gc.get_freeze_count() == frozen
        assert kept
    finally:
        gc.unfreeze()
