Feature: t_fails_with

  Scenario: t_fails_with
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command fials with InsufficientBalance
