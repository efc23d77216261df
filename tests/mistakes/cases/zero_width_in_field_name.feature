# wrong: it has a zero-width space after "am"
# fix: delete it
# line: 7
Feature: ZW field

  Scenario: zw field
    Given the event CardIssued with card_id "GC-1" and am​ount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command returns 70
