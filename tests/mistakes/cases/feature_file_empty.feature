# wrong: this feature file has no "Feature:" line
# fix: write a Feature: line and its scenarios, or delete the file
# alone: yes
# line: 1
