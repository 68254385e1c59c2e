"""Reading an interchange file as JSON, refusing what ``json.loads`` would accept silently or crash on:
duplicate object keys (the last one would win), nesting deeper than any meeting file needs (Python's
parser and the schema validator recurse), NaN and Infinity, numbers too long to read. Every refusal
names the JSON path (``$.meeting.tasks[2].text``) and, for the text, the line and column."""

from __future__ import annotations

import json
import re
from typing import Any

from minutes.errors import ImportFormatError

#: A meeting file is about 8 levels deep (meeting, tasks, a task, updates, an update, attachments...).
MAX_DEPTH = 32

# A JSON string (with escapes) or one structural character; everything between is skipped.
_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{},:]', re.DOTALL)


def json_path(parts: list[str | int]) -> str:
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in parts)


def _where(text: str, offset: int) -> str:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return f"line {line}, column {column}"


def _scan(text: str) -> None:
    """Check nesting depth and duplicate keys in one pass over the tokens (no recursion)."""
    # Each frame: [kind "{" or "[", index or current key, keys seen (objects), expecting a key?]
    stack: list[list[Any]] = []
    last_string: str | None = None
    for match in _TOKENS.finditer(text):
        token = match.group()
        if token[0] == '"':
            last_string = token
            continue
        if token in "[{":
            if len(stack) >= MAX_DEPTH:
                path = json_path([frame[1] for frame in stack])
                raise ImportFormatError(
                    path=path,
                    detail=f"nested deeper than {MAX_DEPTH} levels ({_where(text, match.start())})",
                )
            stack.append([token, 0 if token == "[" else "", set(), True])
        elif token in "]}":
            if stack:
                stack.pop()
        elif token == ":" and stack and stack[-1][0] == "{" and last_string is not None:
            try:
                key = json.loads(last_string)
            except ValueError:
                key = last_string[1:-1]
            frame = stack[-1]
            if key in frame[2]:
                path = json_path([f[1] for f in stack[:-1]] + [key])
                raise ImportFormatError(
                    path=path,
                    detail=f"the key {key!r} appears twice in one object ({_where(text, match.start())})",
                )
            frame[2].add(key)
            frame[1] = key
        elif token == "," and stack and stack[-1][0] == "[":
            stack[-1][1] += 1
        last_string = None if token != ":" else last_string


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def parse(text: str, source: str = "<data>") -> Any:
    """The JSON value of ``text``; raises :class:`ImportFormatError` naming what is wrong and where."""
    _scan(text)
    try:
        return json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise ImportFormatError(path=f"{source}:{exc.lineno}:{exc.colno}", detail=exc.msg) from exc
    except (ValueError, RecursionError) as exc:
        raise ImportFormatError(path=source, detail=str(exc)) from exc


def check_depth(data: Any) -> None:
    """The same depth limit for data that was parsed elsewhere (walked without recursion)."""
    pending: list[tuple[Any, list[str | int]]] = [(data, [])]
    while pending:
        value, path = pending.pop()
        if isinstance(value, dict | list):
            if len(path) >= MAX_DEPTH:
                raise ImportFormatError(path=json_path(path), detail=f"nested deeper than {MAX_DEPTH} levels")
            items = value.items() if isinstance(value, dict) else enumerate(value)
            pending.extend((v, [*path, k]) for k, v in items)
