# wrong: a feature file holds one Feature
# fix: move this one to a file of its own
# alone: yes
# line: 12
Feature: One

  Scenario: one
    Given the event CardIssued with card_id "GC-1" and amount 10
    When the command RedeemCard is sent with card_id "GC-1" and amount 3
    Then the command succeeds

Feature: Two

  Scenario: two
    Given the event CardIssued with card_id "GC-1" and amount 10
    When the command RedeemCard is sent with card_id "GC-1" and amount 3
    Then the command succeeds
