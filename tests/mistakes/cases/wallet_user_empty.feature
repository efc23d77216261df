# wrong: name the user who sends the commands
# fix: inside the double quotes, e.g. Given the commands are sent by "ann"
# line: 14
# domain: examples.wallet
Feature: Wallet user left empty

  Background:
    Given the events:
      | event          | wallet_id | owner | amount |
      | WalletOpened   | W-1       | ann   |        |
      | MoneyDeposited | W-1       |       | 100    |

  Scenario: nobody sends the withdrawal
    Given the commands are sent by ""
    When the command WithdrawMoney is sent with wallet_id "W-1" and amount 30
    Then the command fails with AuthorizationError
