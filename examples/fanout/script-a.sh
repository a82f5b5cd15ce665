#!/bin/sh
# Step A; runs on server A. Its input is the workflow's input, on standard input and in $SWF_INPUT.
# What it prints is its result: the input of both B and C.
input=$(cat)
printf '%s\n' "A ran on $(uname -n) for ${SWF_WORKFLOW_ID} with input '${input}'"
