Feature: g_events

  Scenario: g_events
    Given the evetns:
      | event | card_id | amount |
      | CardIssued | GC-1 | 100 |
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds
