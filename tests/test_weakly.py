"""Weak callbacks: they call through while their object lives, and hold nothing back."""

from __future__ import annotations

import gc
import weakref

import pytest

from castle_bdd.weakly import nothing, weak_method


class Recorder:
    def __init__(self) -> None:
        self.heard: list[tuple[object, ...]] = []

    def hear(self, *args: object, loud: bool = False) -> str:
        self.heard.append((*args, loud))
        return "heard"


def test_a_weak_method_calls_through_while_its_object_lives() -> None:
    recorder = Recorder()
    hear = weak_method(recorder.hear, lambda: "gone")

    assert hear(1, 2, loud=True) == "heard"
    assert recorder.heard == [(1, 2, True)]


def test_a_weak_method_answers_with_when_gone_once_its_object_is_freed() -> None:
    recorder = Recorder()
    hear = weak_method(recorder.hear, lambda: "gone")
    del recorder

    assert hear(1) == "gone"


def test_a_weak_method_keeps_its_object_out_of_a_cycle() -> None:
    recorder = Recorder()
    recorder.callback = weak_method(recorder.hear, nothing)  # type: ignore[attr-defined]
    freed = weakref.ref(recorder)
    gc.disable()
    try:
        del recorder
        assert freed() is None  # reference counting alone freed it
    finally:
        gc.enable()


def test_when_gone_may_raise() -> None:
    def ended() -> str:
        raise LookupError("the scenario ended")

    recorder = Recorder()
    hear = weak_method(recorder.hear, ended)
    del recorder

    with pytest.raises(LookupError, match="scenario ended"):
        hear()


def test_nothing_does_nothing() -> None:
    assert nothing() is None
