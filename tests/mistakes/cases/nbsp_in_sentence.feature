# wrong: no-break space
# fix: Then the command succeeds
# line: 9
Feature: Nbsp in sentence

  Scenario: nbsp in sentence
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds
