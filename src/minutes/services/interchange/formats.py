"""The versions of the format and their JSON Schemas."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from minutes import paths
from minutes.errors import ImportFormatError
from minutes.services.interchange.jsonread import check_depth, json_path

FORMAT = "minutes.meeting"
FORMAT_VERSION = 2
KNOWN_VERSIONS = (1, 2)


@lru_cache(maxsize=2)
def schema(version: int = FORMAT_VERSION) -> dict[str, Any]:
    text = paths.resource("schema", f"meeting-v{version}.schema.json").read_text(encoding="utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


def version_of(data: Any) -> int:
    """The format version a file declares (refusing a newer one with a clear message)."""
    if not isinstance(data, dict):
        raise ImportFormatError(path="$", detail="not a JSON object")
    version = data.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool):
        if version > FORMAT_VERSION:
            raise ImportFormatError(
                path="$.format_version",
                detail=f"format version {version} is newer than this application ({FORMAT_VERSION})",
            )
        if version in KNOWN_VERSIONS:
            return version
    raise ImportFormatError(
        path="$.format_version", detail=f"must be one of {', '.join(map(str, KNOWN_VERSIONS))}"
    )


def validate(data: Any, source: str = "<data>") -> int:
    """Check ``data`` against the schema of its version; returns the version. Raises
    :class:`ImportFormatError` naming the JSON path of the first bad field."""
    check_depth(data)
    version = version_of(data)
    import jsonschema  # ~50 ms to import: only when a file is checked, not at every start

    validator = jsonschema.Draft202012Validator(schema(version))
    errors = sorted(
        validator.iter_errors(data), key=lambda e: (len(e.absolute_path), list(map(str, e.absolute_path)))
    )
    if errors:
        error = jsonschema.exceptions.best_match(errors) or errors[0]
        raise ImportFormatError(path=json_path(list(error.absolute_path)), detail=error.message[:300])
    return version
