# wrong: cannot tell which aggregate or saga this scenario exercises
# fix: @aggregate:Name
# line: 8
Feature: Nothing names the fixture

  Scenario: nothing names the fixture
    Given no prior activity
    When 1 day elapses
    Then no events are published
