# wrong: a Cyrillic "о" in "cоmmand"
# fix: write: Then the command succeeds
# line: 9
Feature: Cyrillic sentence

  Scenario: cyrillic sentence
    Given the event CardIssued with card_id "GC-1" and amount 10
    When the command RedeemCard is sent with card_id "GC-1" and amount 3
    Then the cоmmand succeeds
