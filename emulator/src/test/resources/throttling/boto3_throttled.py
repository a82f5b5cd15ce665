"""boto3 against a server throttling at swf:0.01: a throttled call is retried by boto3 itself.

Usage: python3 boto3_throttled.py ENDPOINT_URL. The server's clock is frozen first, so a bucket
refills only when the clock is advanced: a 'needs-retry' hook advances it (POST /_relay/clock) when
boto3 sees a ThrottlingException, and boto3's own retry then succeeds. Prints one JSON object.
"""
import json
import sys
import urllib.request

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

endpoint = sys.argv[1]


def clock(command):
    request = urllib.request.Request(endpoint.rstrip("/") + "/_relay/clock", data=json.dumps(command).encode(),
                                     headers={"Content-Type": "application/json"}, method="POST")
    with urllib.request.urlopen(request) as answer:
        return json.load(answer)


def client(**config):
    return boto3.client("swf", endpoint_url=endpoint, region_name="us-east-1",
                        aws_access_key_id="AKIDBOTO3", aws_secret_access_key="secret",
                        config=Config(read_timeout=70, **config))


clock({"freeze": True})
seen = {"throttledAttempts": 0}

# boto3's default retries: the hook moves the clock on past the bucket's refill when it sees the fault
retrying = client()


def advance_on_throttle(response=None, **_):
    if response is not None and response[1].get("Error", {}).get("Code") == "ThrottlingException":
        seen["throttledAttempts"] += 1
        seen["throttledMessage"] = response[1]["Error"]["Message"]
        seen["throttledStatus"] = response[0].status_code
        clock({"advance": "PT20S"})


retrying.meta.events.register("needs-retry.swf", advance_on_throttle)
retrying.list_domains(registrationStatus="REGISTERED")  # ListDomains at 0.01: one token, 0.06 a second
second = retrying.list_domains(registrationStatus="REGISTERED")
seen["retryAttempts"] = second["ResponseMetadata"]["RetryAttempts"]

# a clock that stands still: the bucket stays empty and boto3 gives up with SWF's fault
giving_up = client(retries={"mode": "standard", "total_max_attempts": 2})
try:
    giving_up.list_domains(registrationStatus="REGISTERED")
    giving_up.list_domains(registrationStatus="REGISTERED")
    seen["gaveUp"] = None
except ClientError as e:
    seen["gaveUp"] = {"code": e.response["Error"]["Code"], "message": e.response["Error"]["Message"],
                      "attempts": e.response["ResponseMetadata"]["RetryAttempts"] + 1,
                      "status": e.response["ResponseMetadata"]["HTTPStatusCode"]}

print(json.dumps(seen))
