# wrong: has no field 'amount minus'
# fix: amount "minus …"
# line: 7
Feature: minus word

  Scenario: minus
    When the command IssueCard is sent with card_id "GC-1" and amount minus 5
    Then the command fails with ValueError
