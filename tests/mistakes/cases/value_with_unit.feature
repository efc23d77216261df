# wrong: has no field 'amount 100'
# fix: amount "100 …"
# line: 7
Feature: Int with unit

  Scenario: int with unit
    When the command IssueCard is sent with card_id "GC-1" and amount 100 EUR
    Then the command succeeds
