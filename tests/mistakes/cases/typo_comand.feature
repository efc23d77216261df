# wrong: When
# fix: When the command RedeemCard is sent
# line: 8
Feature: Typo comand

  Scenario: typo comand
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the comand RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds
