Feature: t_no_such_event

  Scenario: t_no_such_event
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then no CardRedeemed event is publishd
