# wrong: cannot read "€100" as a whole number
# fix: write the number without its currency: 100
# line: 7
Feature: F

  Scenario: s
    Given the event CardIssued with card_id "GC-1" and amount €100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command returns 70
