#!/usr/bin/env python3
"""Checks JSON reports against the published schemas in docs/schema.

usage: validate_reports.py SCHEMA REPORT [REPORT ...]
"""
import json
import pathlib
import sys
import warnings

import jsonschema
from jsonschema.validators import Draft202012Validator


def main() -> int:
    # RefResolver is deprecated in newer jsonschema releases but is the API Debian 12's has.
    warnings.simplefilter("ignore", DeprecationWarning)
    schema_path = pathlib.Path(sys.argv[1]).resolve()
    schema = json.loads(schema_path.read_text())
    common = json.loads((schema_path.parent / "common.schema.json").read_text())
    resolver = jsonschema.RefResolver(base_uri=schema["$id"], referrer=schema,
                                      store={common["$id"]: common})
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema, resolver=resolver)
    failed = 0
    for report in sys.argv[2:]:
        errors = sorted(validator.iter_errors(json.loads(pathlib.Path(report).read_text())),
                        key=lambda e: list(e.path))
        for error in errors[:10]:
            print(f"{report}: {'/'.join(map(str, error.path))}: {error.message}")
        failed += bool(errors)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
