Feature: g_event

  Scenario: g_event
    Given the evnt CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds
