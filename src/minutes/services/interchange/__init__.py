"""JSON interchange (docs/interchange.md): dump a meeting with everything attached, import it back
all-or-nothing. Version 2 is written; versions 1 and 2 are read (a version 1 file is upgraded in memory,
:mod:`.upgrade`). Files are checked against the JSON Schema of their version (resources/schema), then
every field is cleaned and checked as typed text is (:mod:`.load`), each refusal naming its JSON path."""

from __future__ import annotations

from minutes.services.interchange.formats import FORMAT, FORMAT_VERSION, schema, validate
from minutes.services.interchange.service import InterchangeService

__all__ = ["FORMAT", "FORMAT_VERSION", "InterchangeService", "schema", "validate"]
