"""The issuing organisation's profile: names, place, codes, numbering, signers and recipients.

Everything a clerk may need to change when names or rules change (official-formats.md: the 2025
reorganisation, newer Party guidance) lives here, not in the builders. Stored as JSON in
``org_profiles.data``; :func:`from_dict` fills missing keys with the defaults (old profiles keep working
when fields are added) and :data:`FIELDS` declares every editable key once for the CLI and the dialog.

Keys are dotted paths: ``issuing_body``, ``conclusion.type_code``, ``minutes.party.left``,
``report.recipients``. The defaults name no organisation (the example meeting brings its own profile,
``resources/demo/long-bien-profile.json``).
"""

from __future__ import annotations

import json
import string
from dataclasses import dataclass, field, fields, replace
from typing import Any, Literal, get_args

from minutes.domain.text import normalize_line
from minutes.errors import ValidationError
from minutes.export.vnformat import FAMILIES, NUMBER_BLANK, Family, ref_number

DocKind = Literal["minutes", "conclusion", "plan", "report"]
DOC_KINDS: tuple[DocKind, ...] = get_args(DocKind)
FieldKind = Literal["text", "lines", "family"]
PATTERN_FIELDS = ("number", "type", "issuer", "year")


@dataclass(frozen=True)
class Signers:
    """The signature headings of one document in one family.

    ``left`` is the left signature's role (the minutes' secretary; empty: no left signature);
    ``on_behalf`` the line above the right role ("T/M BAN THƯỜNG VỤ"; empty: none); ``right`` the
    signer's role ("CHỦ TỌA", "BÍ THƯ").
    """

    left: str = ""
    on_behalf: str = ""
    right: str = ""


@dataclass(frozen=True)
class DocumentProfile:
    """Settings of one kind of document. Empty names are taken from the meeting (secretary, chair)."""

    type_code: str
    state: Signers
    party: Signers
    plain: Signers
    left_name: str = ""
    right_name: str = ""
    recipients: tuple[str, ...] = ()

    def signers(self, family: Family) -> Signers:
        return {"state": self.state, "party": self.party, "plain": self.plain}[family]


_NO_SIGNER = Signers()


@dataclass(frozen=True)
class OrgProfileData:
    """One organisation's settings. The built-in values name no organisation: a clerk sets the names (the
    first export asks for them); only the official forms' own words are given (Mẫu 1.9's THƯ KÝ / CHỦ
    TỌA, HD 36's NGƯỜI GHI BIÊN BẢN / CHỦ TRÌ HỘI NGHỊ, the type codes BB, TB, KH, BC)."""

    family: Family = "state"
    superior_body: str = ""
    issuing_body: str = ""
    collective: str = ""
    office: str = ""
    place: str = ""
    issuer_code: str = ""
    numbering: str = ""
    archive: str = ""
    honorific: str = "Đồng chí"
    plain_superior_body: str = ""
    plain_issuing_body: str = ""
    plain_place: str = ""
    minutes: DocumentProfile = DocumentProfile(
        "BB",
        state=Signers(left="THƯ KÝ", right="CHỦ TỌA"),
        party=Signers(left="NGƯỜI GHI BIÊN BẢN", right="CHỦ TRÌ HỘI NGHỊ"),
        plain=Signers(left="SECRETARY", right="CHAIR"),
    )
    conclusion: DocumentProfile = DocumentProfile("TB", state=_NO_SIGNER, party=_NO_SIGNER, plain=_NO_SIGNER)
    plan: DocumentProfile = DocumentProfile("KH", state=_NO_SIGNER, party=_NO_SIGNER, plain=_NO_SIGNER)
    report: DocumentProfile = DocumentProfile("BC", state=_NO_SIGNER, party=_NO_SIGNER, plain=_NO_SIGNER)

    def document(self, kind: DocKind) -> DocumentProfile:
        if kind not in DOC_KINDS:
            raise ValueError(f"unknown document {kind!r}")
        return getattr(self, kind)  # type: ignore[no-any-return]

    def reference(self, kind: DocKind, number: int | None, family: Family, *, year: int | None = None) -> str:
        """The "Số, ký hiệu" line: the family's convention, or :attr:`numbering` when it is set."""
        type_code = self.document(kind).type_code
        if not self.numbering.strip():
            return ref_number(number, type_code, self.issuer_code, family)
        num = NUMBER_BLANK if number is None else f"{number:02d}"
        return self.numbering.format(number=num, type=type_code, issuer=self.issuer_code,
                                     year="" if year is None else str(year))  # fmt: skip


# ------------------------------------------------------------------------------------- editable keys
@dataclass(frozen=True)
class FieldSpec:
    key: str
    kind: FieldKind
    help: str = field(default="", compare=False)


def _specs() -> tuple[FieldSpec, ...]:
    top = [
        FieldSpec("family", "family", "document family: state (Decree 30/2020), party (HD 36), plain (English)"),
        FieldSpec("superior_body", "text", "superior body, upper case (ĐẢNG BỘ THÀNH PHỐ HÀ NỘI)"),
        FieldSpec("issuing_body", "text", "issuing body, upper case (QUẬN ỦY LONG BIÊN)"),
        FieldSpec("collective", "text", "the body in running text (Ban Thường vụ Quận ủy)"),
        FieldSpec("office", "text", "the office that follows up (Văn phòng Quận ủy)"),
        FieldSpec("place", "text", "place name of the date line (Long Biên)"),
        FieldSpec("issuer_code", "text", "issuer code of the reference number (QU, UBND)"),
        FieldSpec("numbering", "text",
                  "reference pattern with {number} {type} {issuer} {year}; empty: the family's rule"),
        FieldSpec("archive", "text",
                  "file copy: state codes after 'Lưu: VT,' (TH); party office (Văn phòng Quận ủy); empty: the office"),
        FieldSpec("honorific", "text", "word before officials' names (Đồng chí); empty: none"),
        FieldSpec("plain_superior_body", "text", "superior body in the plain (English) family"),
        FieldSpec("plain_issuing_body", "text", "issuing body in the plain (English) family"),
        FieldSpec("plain_place", "text", "place name in the plain (English) family"),
    ]  # fmt: skip
    per_doc: list[FieldSpec] = []
    for kind in DOC_KINDS:
        per_doc.append(FieldSpec(f"{kind}.type_code", "text", "document type code (BB, TB, KH, BC)"))
        for family in FAMILIES:
            per_doc += [
                FieldSpec(f"{kind}.{family}.left", "text", "left signature role (empty: none)"),
                FieldSpec(f"{kind}.{family}.on_behalf", "text", "line above the signer's role (T/M ...)"),
                FieldSpec(f"{kind}.{family}.right", "text", "signer's role"),
            ]
        per_doc += [
            FieldSpec(f"{kind}.left_name", "text", "left signer's name (empty: from the meeting)"),
            FieldSpec(f"{kind}.right_name", "text", "signer's name (empty: the meeting's chair)"),
            FieldSpec(f"{kind}.recipients", "lines", "recipients (Nơi nhận), one per line"),
        ]
    return tuple(top + per_doc)


FIELDS: tuple[FieldSpec, ...] = _specs()
_BY_KEY = {spec.key: spec for spec in FIELDS}


def field_spec(key: str) -> FieldSpec:
    try:
        return _BY_KEY[key]
    except KeyError:
        raise ValidationError(field=key, detail="not a profile setting") from None


def get_value(data: OrgProfileData, key: str) -> Any:
    field_spec(key)
    value: Any = data
    for part in key.split("."):
        value = getattr(value, part)
    return value


def _clean(spec: FieldSpec, value: Any) -> Any:
    if spec.kind == "family":
        text = normalize_line(str(value)).lower()
        if text not in FAMILIES:
            raise ValidationError(field=spec.key, detail=f"must be one of {', '.join(FAMILIES)}")
        return text
    if spec.kind == "lines":
        items = value.splitlines() if isinstance(value, str) else list(value)
        return tuple(line for line in (normalize_line(str(item)) for item in items) if line)
    text = normalize_line("" if value is None else str(value))
    if spec.key == "numbering" and text:
        _check_pattern(spec.key, text)
    return text


def _check_pattern(key: str, pattern: str) -> None:
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(pattern) if name is not None}
    except ValueError as exc:
        raise ValidationError(field=key, detail=str(exc)) from None
    unknown = names - set(PATTERN_FIELDS)
    if unknown:
        raise ValidationError(field=key, detail=f"unknown field {{{sorted(unknown)[0]}}}")


def with_value(data: OrgProfileData, key: str, value: Any) -> OrgProfileData:
    """A copy of ``data`` with ``key`` set to ``value`` (cleaned: NFC, one line; lists of lines)."""
    spec = field_spec(key)
    cleaned = _clean(spec, value)
    parts = key.split(".")

    def set_in(obj: Any, path: list[str]) -> Any:
        if len(path) == 1:
            return replace(obj, **{path[0]: cleaned})
        return replace(obj, **{path[0]: set_in(getattr(obj, path[0]), path[1:])})

    return set_in(data, parts)  # type: ignore[no-any-return]


def parse_value(key: str, text: str) -> Any:
    """A value typed on the command line: lists as a JSON array or separated by " | " or new lines."""
    spec = field_spec(key)
    if spec.kind != "lines":
        return text
    stripped = text.strip()
    if stripped.startswith("["):
        try:
            items = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise ValidationError(field=key, detail=f"not a JSON list: {exc.msg}") from None
        if not isinstance(items, list):
            raise ValidationError(field=key, detail="not a JSON list")
        return [str(item) for item in items]
    return [part for chunk in text.splitlines() for part in chunk.split("|")]


# ----------------------------------------------------------------------------------------- JSON form
def to_dict(data: OrgProfileData) -> dict[str, Any]:
    def convert(obj: Any) -> Any:
        if isinstance(obj, tuple):
            return list(obj)
        if hasattr(obj, "__dataclass_fields__"):
            return {f.name: convert(getattr(obj, f.name)) for f in fields(obj)}
        return obj

    return convert(data)  # type: ignore[no-any-return]


def from_dict(raw: Any, *, strict: bool = False) -> OrgProfileData:
    """A profile from its JSON object; missing keys keep their defaults. ``strict`` refuses unknown
    keys and wrong types (importing a file); otherwise they are ignored (reading the database)."""
    if not isinstance(raw, dict):
        raise ValidationError(field="profile", detail="expected a JSON object")
    data = OrgProfileData()
    for key, value in _flatten(raw):
        if key not in _BY_KEY:
            if strict:
                raise ValidationError(field=key, detail="not a profile setting")
            continue
        spec = _BY_KEY[key]
        if not isinstance(value, list if spec.kind == "lines" else str):
            if strict:
                raise ValidationError(field=key, detail="wrong type of value")
            continue
        try:
            data = with_value(data, key, value)
        except ValidationError:
            if strict:
                raise
    return data


def _flatten(raw: dict[str, Any], prefix: str = "") -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    for name, value in raw.items():
        key = f"{prefix}{name}"
        if isinstance(value, dict):
            out += _flatten(value, f"{key}.")
        else:
            out.append((key, value))
    return out


def dumps(data: OrgProfileData) -> str:
    return json.dumps(to_dict(data), ensure_ascii=False, indent=2)


def loads(text: str, *, strict: bool = False) -> OrgProfileData:
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(field="profile", detail=f"not JSON ({exc.msg}, line {exc.lineno})") from None
    return from_dict(raw, strict=strict)
