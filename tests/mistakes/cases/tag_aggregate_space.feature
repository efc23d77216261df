# wrong: has a word without "@"
# fix: write: @aggregate:GiftCard
# alone: yes
# line: 7
Feature: Tag with space

  @aggregate GiftCard
  Scenario: tag with space
    Given the event CardIssued with card_id "GC-1" and amount 10
    When the command RedeemCard is sent with card_id "GC-1" and amount 3
    Then the command succeeds
