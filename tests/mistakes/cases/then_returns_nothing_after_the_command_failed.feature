# wrong: expected to return null, but it failed with NoLockerFree
# fix: Then the command fails with NoLockerFree
# line: 10
# domain: tests.mistakes.domains.lockers
Feature: A refused command returned nothing, not even null

  Scenario: The last locker is taken and the customer does not wait
    Given the event LockersInstalled with bank_id "B-1" and free 0
    When the command RentLocker is sent with bank_id "B-1"
    Then the command returns null
