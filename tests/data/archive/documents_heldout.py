"""Two documents written after the recogniser was built, as a check on documents it was not tuned on
(their first score is recorded in docs/import.md): a commune Party standing committee typed with
abbreviations and "*" headings, and an English board meeting with resolutions and votes. Invented."""

from __future__ import annotations

from documents_vi import PARTY, Facts
from kit import Typed


def bat_trang_thuong_vu() -> tuple[Typed, Facts]:
    t = Typed(size=13)
    t.header(
        [
            ("ĐẢNG BỘ HUYỆN GIA LÂM", False),
            ("ĐẢNG ỦY XÃ BÁT TRÀNG", True),
            ("*", False),
            ("Số 12-BB/ĐU", False),
        ],
        [(PARTY, True, False), ("Bát Tràng, ngày 14 tháng 7 năm 2022", False, True)],
    )
    t.p("BIÊN BẢN", bold=True, center=True)
    t.p("họp Ban Thường vụ Đảng ủy xã tháng 7 năm 2022", bold=True, center=True)
    t.p("Thời gian: 14h00 ngày 14/7/2022.")
    t.p("Địa điểm: Phòng họp Đảng ủy xã.")
    t.p("I. THÀNH PHẦN DỰ HỌP:", bold=True)
    t.p("- Đ/c Vương Đình Khoa - Bí thư Đảng ủy, chủ trì;")
    t.p("- Đ/c Lã Thị Nguyệt - Phó Bí thư Thường trực Đảng ủy;")
    t.p("- Đ/c Tống Văn Hải - Phó Bí thư, Chủ tịch UBND xã;")
    t.p("- Đ/c Ông Thị Bưởi - Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy (vắng, có lý do).")
    t.p("Thư ký: Đ/c Lục Văn Sơn - Văn phòng Đảng ủy.")
    t.p("II. NỘI DUNG CUỘC HỌP:", bold=True)
    t.p("1. Đ/c Tống Văn Hải - Phó Bí thư, Chủ tịch UBND xã thông qua dự thảo Kế hoạch phát triển làng nghề gốm "
        "sứ giai đoạn 2022 - 2025.")  # fmt: skip
    t.p("* Ý kiến tham gia:")
    t.p("+ Đ/c Lã Thị Nguyệt: đề nghị bổ sung nội dung quảng bá sản phẩm trên môi trường số.")
    t.p("+ Đ/c Vương Đình Khoa: nhất trí với dự thảo, lưu ý nguồn vốn thực hiện.")
    t.p("* Kết luận:")
    t.p("- Thống nhất thông qua Kế hoạch phát triển làng nghề gốm sứ giai đoạn 2022 - 2025.")
    t.p("- Giao UBND xã hoàn thiện, ban hành Kế hoạch trước ngày 30/7/2022.")
    t.p("Cuộc họp kết thúc hồi 16h30 cùng ngày.")
    t.p("THƯ KÝ\t\t\tCHỦ TRÌ")
    t.p("Lục Văn Sơn\t\t\tVương Đình Khoa")
    facts: Facts = {
        "organisation": "Đảng ủy xã Bát Tràng",
        "superior_body": "Đảng bộ huyện Gia Lâm",
        "reference_number": "12-BB/ĐU",
        "title": "họp Ban Thường vụ Đảng ủy xã tháng 7 năm 2022",
        "date": "2022-07-14",
        "start_time": "14:00",
        "end_time": "16:30",
        "location": "Phòng họp Đảng ủy xã",
        "chair": ["Vương Đình Khoa", "Bí thư Đảng ủy, chủ trì"],
        "secretary": ["Lục Văn Sơn", "Văn phòng Đảng ủy"],
        "attendees": [
            ["Vương Đình Khoa", "Bí thư Đảng ủy, chủ trì", None, "present", None],
            ["Lã Thị Nguyệt", "Phó Bí thư Thường trực Đảng ủy", None, "present", None],
            ["Tống Văn Hải", "Phó Bí thư, Chủ tịch UBND xã", None, "present", None],
            ["Ông Thị Bưởi", "Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy", None, "absent", "có lý do"],
        ],
        "reports": [{"presenter": ["Tống Văn Hải", "Phó Bí thư, Chủ tịch UBND xã"],
                     "title": "Dự thảo Kế hoạch phát triển làng nghề gốm sứ giai đoạn 2022 - 2025", "figures": []}],
        "contributions": [
            ["Lã Thị Nguyệt", None, "đề nghị bổ sung nội dung quảng bá sản phẩm trên môi trường số."],
            ["Vương Đình Khoa", None, "nhất trí với dự thảo, lưu ý nguồn vốn thực hiện."],
        ],
        "conclusions": ["Thống nhất thông qua Kế hoạch phát triển làng nghề gốm sứ giai đoạn 2022 - 2025.",
                        "Giao UBND xã hoàn thiện, ban hành Kế hoạch trước ngày 30/7/2022."],
        "tasks": [{"text": "Giao UBND xã hoàn thiện", "lead": "UBND xã", "deadline": "2022-07-30"}],
        "signers": [["THƯ KÝ", "Lục Văn Sơn"], ["CHỦ TRÌ", "Vương Đình Khoa"]],
    }  # fmt: skip
    return t, facts


def board_meeting() -> tuple[Typed, Facts]:
    t = Typed(font="Calibri", size=11)
    t.p("RED RIVER CERAMICS JSC", bold=True, center=True)
    t.p("MINUTES OF THE BOARD MEETING", bold=True, center=True)
    t.p("Date: Tuesday, 7 June 2022")
    t.p("Time: 10:00")
    t.p("Place: Board room, head office, Hanoi")
    t.p("Present: Mr. Henry Vo (Chairman); Ms. Grace Lim (Director); Mr. Omar Khan (Director)")
    t.p("Apologies: Mr. Lucas Ng (Director) - overseas")
    t.p("Secretary: Ms. Ruby Tan (Company Secretary)")
    t.p("1. Financial statements", bold=True)
    t.p("Ms. Grace Lim presented the audited financial statements for 2021.")
    t.p("RESOLVED that the audited financial statements for 2021 be approved. Votes: 3 for, 0 against, "
        "0 abstentions.")  # fmt: skip
    t.p("2. Dividend", bold=True)
    t.p("Mr. Omar Khan proposed a dividend of 8% for 2021.")
    t.p("Action points", bold=True)
    t.p("- Ruby Tan to file the approved statements with the registry by 30 June 2022.")
    t.p("- Grace Lim to prepare the dividend payment schedule by 15 July 2022.")
    t.p("There being no further business, the meeting closed at 11:45.")
    facts: Facts = {
        "organisation": "Red River Ceramics Jsc",
        "title": "Board meeting",
        "date": "2022-06-07",
        "start_time": "10:00",
        "end_time": "11:45",
        "location": "Board room, head office, Hanoi",
        "secretary": ["Ruby Tan", "Company Secretary"],
        "attendees": [
            ["Henry Vo", "Chairman", None, "present", None],
            ["Grace Lim", "Director", None, "present", None],
            ["Omar Khan", "Director", None, "present", None],
            ["Lucas Ng", "Director", None, "absent", "overseas"],
        ],
        "agenda": ["Financial statements", "Dividend"],
        "contributions": [["Omar Khan", None, "proposed a dividend of 8% for 2021."]],
        "conclusions": ["RESOLVED that the audited financial statements for 2021 be approved. Votes: 3 for, 0 "
                        "against, 0 abstentions."],
        "votes": [["RESOLVED that the audited", 3, 0, 0, None]],
        "tasks": [
            {"text": "Ruby Tan to file", "people": ["Ruby Tan"], "deadline": "2022-06-30"},
            {"text": "Grace Lim to prepare", "people": ["Grace Lim"], "deadline": "2022-07-15"},
        ],
    }  # fmt: skip
    return t, facts
