#!/bin/sh
# Step A of the seed workflow; runs on server A (task list a_tasks).
# Its input (the workflow's input) is on standard input and in $SWF_INPUT.
# What it prints on standard output is its result, which becomes step B's input.
input=$(cat)
echo "A ran on $(uname -n) for ${SWF_WORKFLOW_ID} with input '${input}'"
