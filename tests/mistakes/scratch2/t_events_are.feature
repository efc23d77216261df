Feature: t_events_are

  Scenario: t_events_are
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the evnts are:
      | event | amount |
      | CardRedeemed | 30 |
