# wrong: the line has a zero-width no-break space after ""GC-1" and"
# fix: delete it, and write plain spaces
# line: 7
Feature: F

  Scenario: s
    Given the event CardIssued with card_id "GC-1" and﻿ amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command succeeds
