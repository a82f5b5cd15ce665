#!/bin/sh
# Step B; runs on server B (task list b_tasks) at the same time as C. Its input is A's result.
input=$(cat)
printf '%s\n' "B ran on $(uname -n); got from A: ${input}"
