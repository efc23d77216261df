# wrong: no step reads
# fix: Then the aggregate is marked deleted
# line: 9
Feature: Deleted typo

  Scenario: deleted typo
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command CancelCard is sent with card_id "GC-1"
    Then the aggregate is marked as deleted
