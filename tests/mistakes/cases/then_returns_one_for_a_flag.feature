# wrong: the command returned true, not 1
# fix: true
# line: 10
# domain: tests.mistakes.domains.lockers
Feature: A flag is no number

  Scenario: A locker is free
    Given the event LockersInstalled with bank_id "B-1" and free 3
    When the command CheckLockers is sent with bank_id "B-1"
    Then the command returns 1
