# wrong: the step "Then" has no words after it
# fix: write the sentence after the keyword
# line: 10
# alone: yes
Feature: F

  Scenario: s
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then
    And the command succeeds
