# wrong: unknown resource 'walet'
# fix: did you mean wallet?
# line: 14
# domain: examples.wallet
Feature: Wallet permission with a misspelt resource

  Background:
    Given the events:
      | event          | wallet_id | owner | amount |
      | WalletOpened   | W-1       | ann   |        |
      | MoneyDeposited | W-1       |       | 100    |

  Scenario: the owner withdraws
    Given the user "ann" may update the walet
    When the command WithdrawMoney is sent with wallet_id "W-1" and amount 30
    Then the command returns 70
