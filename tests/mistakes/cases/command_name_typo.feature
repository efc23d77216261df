# wrong: unknown command 'RedeemCrad'
# fix: did you mean RedeemCard?
# line: 8
Feature: Command name typo

  Scenario: command name typo
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCrad is sent with card_id "GC-1" and amount 30
    Then the command succeeds
