Feature: g_state

  Scenario: g_state
    Given the aggregate starts with the stat remaining 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds
