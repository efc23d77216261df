# wrong: " and "
# wrong: quote
# fix: reason "lost and found"
# line: 9
Feature: Value unquoted and

  Scenario: value unquoted and
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command CancelCard is sent with card_id "GC-1" and reason lost and found
    Then the command succeeds
