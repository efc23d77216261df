Feature: t_event_published

  Scenario: t_event_published
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the event CardRedeemed is publishd with amount 30
