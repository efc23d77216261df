# where: tests/mistakes/domains/saga_schedules_text_delay.py
# wrong: The saga handler CourseSaga.on_booked crashed with SchedulingError: a trigger must be a timedelta
# fix: in on_booked
Feature: A saga that schedules an event with a delay written as text

  Scenario: Booking
    When the event CourseBooked is published with course_id "C-1"
    Then no events are scheduled
