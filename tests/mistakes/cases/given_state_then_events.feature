# wrong: the aggregate starts from the state a Given step gives, so it takes no events
# fix: give what happened before as commands (Given the command … was sent)
# line: 8
Feature: F

  Scenario: s
    Given the aggregate starts with the state remaining 50
    And the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds
