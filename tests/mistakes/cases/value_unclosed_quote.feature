# wrong: quote
# fix: "
# line: 7
Feature: Value unclosed quote

  Scenario: value unclosed quote
    Given the event CardIssued with card_id "GC-1 and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds
