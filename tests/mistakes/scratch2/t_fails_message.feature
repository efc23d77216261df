Feature: t_fails_message

  Scenario: t_fails_message
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command fails with mesage "x"
