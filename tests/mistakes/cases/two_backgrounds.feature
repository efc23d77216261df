# wrong: a feature has one Background
# fix: put all its Given steps in one Background
# alone: yes
# line: 10
Feature: Two backgrounds

  Background:
    Given the event CardIssued with card_id "GC-1" and amount 100

  Background:
    Given the event CardRedeemed with card_id "GC-1" and amount 10

  Scenario: two backgrounds
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds
