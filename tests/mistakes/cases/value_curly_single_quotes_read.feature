# wrong: cannot read "abc" as a whole number
# fix: a whole number
# line: 7
Feature: F

  Scenario: s
    Given the event CardIssued with card_id ‘GC-1’ and amount ‘abc’
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds
