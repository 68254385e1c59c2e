"""The organisation profile: defaults, editable keys, JSON round trip, stored version-checked."""

from __future__ import annotations

import json
import unicodedata

import pytest

from minutes.errors import ConflictError, ValidationError
from minutes.export.profile import (
    FIELDS,
    OrgProfileData,
    dumps,
    from_dict,
    get_value,
    loads,
    parse_value,
    to_dict,
    with_value,
)
from minutes.services import Services
from minutes.services.demo import demo_profile


def test_defaults_name_no_organisation_only_the_forms_own_words() -> None:
    data = OrgProfileData()
    text = json.dumps(to_dict(data), ensure_ascii=False)
    for real in (
        "LONG BIÊN",
        "Long Biên",
        "HÀ NỘI",
        "Hà Nội",
        "Quận ủy",
        "QUẬN ỦY",
        "QU",
        "Long Bien",
        "Hanoi",
    ):
        assert real not in text, real
    assert (data.issuing_body, data.superior_body, data.collective, data.office, data.place) == ("",) * 5
    assert data.minutes.party.left == "NGƯỜI GHI BIÊN BẢN"  # HD 36's own words
    assert data.minutes.party.right == "CHỦ TRÌ HỘI NGHỊ"
    assert (data.minutes.state.left, data.minutes.state.right) == ("THƯ KÝ", "CHỦ TỌA")  # Mẫu 1.9's
    assert [data.document(k).type_code for k in ("minutes", "conclusion", "plan", "report")] == [
        "BB", "TB", "KH", "BC"]  # fmt: skip
    assert all(not data.document(k).recipients for k in ("minutes", "conclusion", "plan", "report"))


def test_the_example_brings_its_own_profile() -> None:
    data = demo_profile()
    assert (data.family, data.issuing_body, data.superior_body) == (
        "party", "QUẬN ỦY LONG BIÊN", "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI")  # fmt: skip
    assert (data.conclusion.party.on_behalf, data.conclusion.party.right) == ("T/M BAN THƯỜNG VỤ", "BÍ THƯ")


def test_reference_follows_the_family_or_the_pattern() -> None:
    data = demo_profile()
    assert data.reference("conclusion", 15, "party") == "Số 15-TB/QU"
    assert data.reference("minutes", 5, "state") == "Số: 05/BB-QU"
    assert data.reference("plan", None, "party") == "Số      -KH/QU"
    custom = with_value(data, "numbering", "Số {number}/{year}/{type}-{issuer}")
    assert custom.reference("report", 7, "party", year=2021) == "Số 07/2021/BC-QU"
    blank = OrgProfileData()  # no issuer code yet: no dangling hyphen or slash
    assert blank.reference("minutes", 5, "state") == "Số: 05/BB"
    assert blank.reference("conclusion", 3, "party") == "Số 03-TB"


def test_every_key_reads_and_writes() -> None:
    data = OrgProfileData()
    for spec in FIELDS:
        if spec.kind == "family":
            value: object = "state"
        elif spec.kind == "lines":
            value = ["Một", "Hai"]
        else:
            value = f"Giá trị {spec.key}"
        data = with_value(data, spec.key, value)
        expected = tuple(value) if isinstance(value, list) else value
        assert get_value(data, spec.key) == expected, spec.key
    assert loads(dumps(data)) == data


def test_values_are_cleaned_nfc_single_line() -> None:
    nfd = unicodedata.normalize("NFD", "ỦY BAN NHÂN DÂN\nPHƯỜNG")
    data = with_value(OrgProfileData(), "issuing_body", nfd)
    assert data.issuing_body == "ỦY BAN NHÂN DÂN PHƯỜNG"
    lines = with_value(data, "minutes.recipients", ["  Lưu: VT  ", "", unicodedata.normalize("NFD", "Hồ sơ")])
    assert lines.minutes.recipients == ("Lưu: VT", "Hồ sơ")


@pytest.mark.parametrize(
    ("key", "value"),
    [("family", "decree"), ("numbering", "Số {number}/{kind}"), ("numbering", "Số {"), ("nope", "x")],
)
def test_bad_values_are_refused(key: str, value: str) -> None:
    with pytest.raises(ValidationError):
        with_value(OrgProfileData(), key, value)


def test_cli_list_values() -> None:
    assert parse_value("plan.recipients", "A | B") == ["A ", " B"]
    assert parse_value("plan.recipients", '["A; x", "B"]') == ["A; x", "B"]
    assert parse_value("place", "Hà Nội") == "Hà Nội"
    with pytest.raises(ValidationError):
        parse_value("plan.recipients", "[1,")


def test_old_json_keeps_defaults_and_strict_import_refuses_typos() -> None:
    raw = to_dict(OrgProfileData())
    del raw["conclusion"]
    raw["place"] = "Gia Lâm"
    data = from_dict(raw)
    assert data.place == "Gia Lâm" and data.conclusion == OrgProfileData().conclusion
    raw["plcae"] = "x"
    assert from_dict(raw).place == "Gia Lâm"
    with pytest.raises(ValidationError, match="plcae"):
        from_dict(raw, strict=True)
    with pytest.raises(ValidationError):
        loads("{not json")


def test_service_stores_version_checked(services: Services, fresh: Services) -> None:
    record = services.profile.get_default()
    assert (record.id, record.version, record.data) == (None, 0, OrgProfileData())
    saved = services.profile.save(with_value(record.data, "place", "Gia Lâm"), expected_version=0)
    assert saved.is_default and saved.version == 1
    again = fresh.profile.get_default()
    assert again.data.place == "Gia Lâm" and again.version == 1
    fresh.profile.set_value("conclusion.party.right", "PHÓ BÍ THƯ")
    with pytest.raises(ConflictError):
        services.profile.save(saved.data, expected_version=saved.version)
    final = Services(fresh.db, fresh.actor).profile.get_default()
    assert final.data.conclusion.party.right == "PHÓ BÍ THƯ" and final.data.place == "Gia Lâm"
    assert [p.name for p in services.profile.list()] == [final.name]


def test_second_profile_and_switching_default(services: Services) -> None:
    services.profile.save(OrgProfileData(), expected_version=0)
    ward = with_value(OrgProfileData(), "issuing_body", "ĐẢNG ỦY PHƯỜNG LONG BIÊN")
    services.profile.save(ward, name="Phường", make_default=True)
    assert services.profile.get_default().data.issuing_body == "ĐẢNG ỦY PHƯỜNG LONG BIÊN"
    assert sum(p.is_default for p in services.profile.list()) == 1
    assert services.profile.get("Phường").name == "Phường"
    assert services.profile.reset(name="Phường").data == OrgProfileData()
