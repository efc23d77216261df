Feature: t_include_in_order

  Scenario: t_include_in_order
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the events include, in ordr:
      | event | amount |
      | CardRedeemed | 30 |
