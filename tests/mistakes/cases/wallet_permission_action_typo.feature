# wrong: unknown action 'updat'
# fix: did you mean update?
# line: 14
# domain: examples.wallet
Feature: Wallet permission with a misspelt action

  Background:
    Given the events:
      | event          | wallet_id | owner | amount |
      | WalletOpened   | W-1       | ann   |        |
      | MoneyDeposited | W-1       |       | 100    |

  Scenario: the owner withdraws
    Given the user "ann" may updat the wallet
    When the command WithdrawMoney is sent with wallet_id "W-1" and amount 30
    Then the command returns 70
