# where: tests/mistakes/domains/saga_deadline_handler_fails.py
# wrong: The saga handler AuctionSaga.close failed with ValueError
# fix: in close
# not: The command failed
Feature: A saga deadline handler that fails on an empty list

  Scenario: Closing
    Given the event AuctionOpened was published with auction_id "A-1"
    When 8 days elapse
    Then the command CloseAuction is dispatched with auction_id "A-1"
