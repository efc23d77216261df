Feature: g_current_time

  Scenario: g_current_time
    Given the curent time is 2026-01-01T00:00:00Z
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command fails with InsufficientBalance
