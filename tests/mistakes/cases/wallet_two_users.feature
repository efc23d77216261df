# wrong: the commands are already sent by "ann"
# fix: write "ann" here too, or remove one of the two steps
# line: 15
# domain: examples.wallet
Feature: F

  Background:
    Given the events:
      | event          | wallet_id | owner | amount |
      | WalletOpened   | W-1       | ann   |        |
      | MoneyDeposited | W-1       |       | 100    |

  Scenario: s
    Given the commands are sent by "ann"
    And the commands are sent by "bob"
    When the command DepositMoney is sent with wallet_id "W-1" and amount 50
    Then the command returns 150
