# line: 8
# wrong: cannot tell which aggregate or saga
# fix: tag it, e.g. @aggregate:Name or @saga:Name
Feature: Event no handler in saga

  Scenario: event no handler in saga
    Given the aggregate "GC-1" published CardIssued with card_id "GC-1" and amount 1
    When 1 day elapses
    Then no commands are dispatched
