#!/bin/sh
# Step B of the seed workflow; runs on server B (task list b_tasks).
# Its input is step A's result; what it prints is the workflow's result.
input=$(cat)
echo "B ran on $(uname -n); got from A: ${input}"
