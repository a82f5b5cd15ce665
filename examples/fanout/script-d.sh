#!/bin/sh
# Step D; runs on server A once B and C have both completed. Its input is one JSON object of
# their results, each a JSON string: {"B":"B ran on ...\n","C":"C ran on ...\n"}
# (with jq: jq -r .B). What it prints is the workflow's result.
input=$(cat)
# printf, not echo: the JSON's \n escapes must reach the result as written.
printf '%s\n' "D ran on $(uname -n); got from B and C: ${input}"
