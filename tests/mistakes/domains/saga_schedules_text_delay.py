"""A saga that schedules an event with a delay written as text."""

from __future__ import annotations

from dataclasses import dataclass

from castle_bdd import Saga, saga_event_handler, start_saga


@dataclass(frozen=True)
class CourseBooked:
    course_id: str


@dataclass(frozen=True)
class CourseStarts:
    course_id: str


class CourseSaga(Saga):
    @start_saga
    @saga_event_handler(association="course_id")
    def on_booked(self, event: CourseBooked) -> None:
        self.scheduler.schedule("7 days", CourseStarts(event.course_id))  # type: ignore[arg-type]  # bug
