# wrong: "# langauge: fr" is a comment to behave, not a language line
# fix: write # language: fr
# alone: yes
# line: 6
# langauge: fr
Fonctionnalité: F

  Scénario: s
    Soit the event CardIssued with card_id "GC-1" and amount 100
    Quand the command RedeemCard is sent with card_id "GC-1" and amount 30
    Alors the command returns 70
