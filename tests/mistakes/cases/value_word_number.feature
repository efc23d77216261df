# wrong: cannot read "thirty" as a whole number
# fix: a whole number
# line: 8
Feature: Value word number

  Scenario: value word number
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount thirty
    Then the command succeeds
