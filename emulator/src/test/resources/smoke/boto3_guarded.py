"""boto3 against a guarded swf-relay server: argv = endpoint, key id, secret.

Registers a domain and lists it with the right keys, then tries with a wrong secret and
prints the error code and message botocore reports.
"""
import sys

import boto3
import botocore.config
import botocore.exceptions

endpoint, key_id, secret = sys.argv[1:4]
config = botocore.config.Config(retries={"max_attempts": 1, "mode": "standard"})


def client(secret_key):
    return boto3.client("swf", endpoint_url=endpoint, region_name="us-east-1", aws_access_key_id=key_id,
                        aws_secret_access_key=secret_key, config=config)


right = client(secret)
right.register_domain(name="boto3-guarded", workflowExecutionRetentionPeriodInDays="1")
names = [d["name"] for d in right.list_domains(registrationStatus="REGISTERED")["domainInfos"]]
print("listed", names)
try:
    client(secret + "-wrong").register_domain(name="boto3-wrong", workflowExecutionRetentionPeriodInDays="1")
    print("wrong secret let in")
except botocore.exceptions.ClientError as e:
    print("refused", e.response["ResponseMetadata"]["HTTPStatusCode"], e.response["Error"]["Code"], "|",
          e.response["Error"]["Message"])
names = [d["name"] for d in right.list_domains(registrationStatus="REGISTERED")["domainInfos"]]
print("after", names)
