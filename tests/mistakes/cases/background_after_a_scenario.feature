# wrong: the Background comes before the first Scenario
# fix: move it, with its Given steps, above the first Scenario
# line: 11
# alone: yes
Feature: F

  Scenario: s
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds

  Background:
    Given the event CardIssued with card_id "GC-1" and amount 100
