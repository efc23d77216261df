# wrong: "Scenaro:" is no Gherkin keyword
# fix: did you mean Scenario:?
# line: 6
Feature: Typo

  Scenaro: typo
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds
