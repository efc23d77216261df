"""A value object whose __repr__ crashes while a failure is reported."""

from __future__ import annotations

from dataclasses import dataclass

from castle_bdd import Aggregate, command_handler, event_sourcing_handler


class Grade:
    def __init__(self, text: str) -> None:
        self.text = text

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Grade) and other.text == self.text

    def __hash__(self) -> int:
        return hash(self.text)

    def __repr__(self) -> str:
        return "Grade(" + self.txt + ")"  # type: ignore[attr-defined,no-any-return]  # bug


@dataclass(frozen=True)
class MarkExam:
    exam_id: str
    grade: Grade


@dataclass(frozen=True)
class ExamMarked:
    exam_id: str
    grade: Grade


class Exam(Aggregate):
    @command_handler
    def mark(self, command: MarkExam) -> None:
        self.apply(ExamMarked(command.exam_id, command.grade))

    @event_sourcing_handler
    def on_marked(self, event: ExamMarked) -> None:
        self.id = event.exam_id
