# wrong: a Given step comes after the When
# fix: move it before the When
# line: 15
# domain: examples.wallet
Feature: Wallet user named after the When

  Background:
    Given the events:
      | event          | wallet_id | owner | amount |
      | WalletOpened   | W-1       | ann   |        |
      | MoneyDeposited | W-1       |       | 100    |

  Scenario: the user who withdraws is named too late
    When the command WithdrawMoney is sent with wallet_id "W-1" and amount 30
    Given the commands are sent by "ann"
    Then the command fails with AuthorizationError
