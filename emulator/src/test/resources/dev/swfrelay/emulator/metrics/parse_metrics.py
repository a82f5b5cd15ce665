"""Reads Prometheus' text format on stdin with the Prometheus Python client's own parser and prints
every sample as one JSON object a line: {"family", "type", "name", "labels", "value"}. A scrape the
parser refuses fails here, with the parser's error."""
import json
import sys

from prometheus_client.parser import text_string_to_metric_families

for family in text_string_to_metric_families(sys.stdin.read()):
    for sample in family.samples:
        print(json.dumps({"family": family.name, "type": family.type, "name": sample.name,
                          "labels": sample.labels, "value": sample.value}))
