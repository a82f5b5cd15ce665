#!/usr/bin/env python3
"""Writes the emulator's copy of SWF's request shapes for wire validation.

Reads shared/swf-api/service-2.json (not swf-model.json, whose keys are sorted: AWS names
validation errors in the model's member order, which only service-2.json keeps) and writes
emulator/src/main/resources/dev/swfrelay/emulator/http/protocol/swf-shapes.json: for each operation its
input shape, and for each shape its type, members in model order, required members, and the
min / max / enum constraints. No documentation is copied.

Usage: scripts/gen_shapes.py [path/to/service-2.json]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "..", "shared", "swf-api", "service-2.json")
TARGET = os.path.join(HERE, "..", "emulator", "src", "main", "resources", "dev", "swfrelay", "emulator", "http", "protocol", "swf-shapes.json")


def shape(spec):
    out = {"type": spec["type"]}
    if "members" in spec:
        out["members"] = [[name, m["shape"]] for name, m in spec["members"].items()]
    if "member" in spec:
        out["member"] = spec["member"]["shape"]
    for key in ("required", "min", "max", "enum"):
        if key in spec:
            out[key] = spec[key]
    return out


def main():
    with open(SOURCE) as f:
        model = json.load(f)
    operations = {name: op["input"]["shape"] for name, op in model["operations"].items() if "input" in op}
    shapes = {name: shape(spec) for name, spec in model["shapes"].items() if not spec.get("exception")}
    with open(TARGET, "w") as f:
        json.dump({"generatedBy": "scripts/gen_shapes.py", "operations": operations, "shapes": shapes},
                  f, indent=1, sort_keys=False)
        f.write("\n")


if __name__ == "__main__":
    main()
