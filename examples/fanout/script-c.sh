#!/bin/sh
# Step C; runs on server C (task list c_tasks) at the same time as B. Its input is A's result.
input=$(cat)
printf '%s\n' "C ran on $(uname -n); got from A: ${input}"
