"""Vietnamese test documents, typed for the tests the way ward, district and Party offices type them.

Every name, number and event here is invented. The layouts follow what such offices file: Decree 30
Mẫu 1.9 minutes with a header table and an attendee table, Guidance 36 Party minutes, state and Party
conclusion notices, a freely typed chi bộ minutes without any formatting, a People's Council standing
committee session, a giao ban known only by its month. Each function returns the document and the facts
a clerk would read from it (the sidecar JSON).
"""

from __future__ import annotations

from typing import Any

from kit import Typed

NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM"

Facts = dict[str, Any]


def ubnd_ngoc_thuy_giao_ban() -> tuple[Typed, Facts]:
    """State minutes (Mẫu 1.9) of a ward People's Committee's monthly meeting: header table, attendee
    table, typed "+" figures, "a)"-"d)" conclusions with assignments, signatures in a table."""
    t = Typed(size=14)
    t.header(
        [
            ("UBND QUẬN LONG BIÊN", False),
            ("ỦY BAN NHÂN DÂN\nPHƯỜNG NGỌC THỤY", True),
            ("Số: 12/BB-UBND", False),
        ],
        [(NATION, True, False), (MOTTO, True, False), ("Ngọc Thụy, ngày 05 tháng 3 năm 2019", False, True)],
    )
    t.blank()
    t.p("BIÊN BẢN", bold=True, center=True)
    t.p("Cuộc họp giao ban UBND phường tháng 3 năm 2019", bold=True, center=True)
    t.blank()
    t.p("8 giờ 00 phút, ngày 05/3/2019.", lead="Thời gian bắt đầu: ")
    t.p("Hội trường tầng 3, trụ sở UBND phường Ngọc Thụy.", lead="Địa điểm: ")
    t.p("Thành phần tham dự:", bold=True)
    t.table([
        ["STT", "Họ và tên", "Chức vụ", "Ghi chú"],
        ["1", "Nguyễn Văn Hùng", "Chủ tịch UBND phường", ""],
        ["2", "Trần Minh Đức", "Phó Chủ tịch UBND phường", ""],
        ["3", "Đặng Thị Thu Trang", "Phó Chủ tịch UBND phường", "Vắng - đi học"],
        ["4", "Phạm Văn Tiến", "Trưởng Công an phường", ""],
        ["5", "Hoàng Thị Lan", "Chủ tịch Hội Liên hiệp Phụ nữ phường", ""],
        ["6", "Lê Thị Mai", "Công chức Văn phòng - Thống kê", ""],
    ])  # fmt: skip
    t.p("Đồng chí Nguyễn Văn Hùng - Chủ tịch UBND phường.", lead="Chủ trì: ")
    t.p("Đồng chí Lê Thị Mai - Công chức Văn phòng - Thống kê.", lead="Thư ký: ")
    t.p("NỘI DUNG CUỘC HỌP", bold=True)
    t.p("1. Báo cáo tình hình tháng 02 và nhiệm vụ tháng 3", bold=True)
    t.p("Đồng chí Trần Minh Đức - Phó Chủ tịch UBND phường trình bày báo cáo tình hình kinh tế - xã hội "
        "tháng 02, nhiệm vụ trọng tâm tháng 3 năm 2019.")  # fmt: skip
    t.p("Trong tháng 02, phường tổ chức tốt các hoạt động mừng Đảng, mừng Xuân; đảm bảo an ninh trật tự "
        "trong dịp Tết Nguyên đán; công tác vệ sinh môi trường được duy trì.")  # fmt: skip
    t.p("Một số chỉ tiêu chủ yếu:", italic=True)
    t.p("+ Thu ngân sách trên địa bàn: 2.345.600.000 đồng, đạt 18,5% dự toán;")
    t.p("+ Cấp giấy phép xây dựng: 14/15 hồ sơ;")
    t.p("+ Tỷ lệ trẻ em được tiêm chủng mở rộng: 97,5%.")
    t.p("2. Ý kiến thảo luận", bold=True)
    t.p("- Đồng chí Phạm Văn Tiến - Trưởng Công an phường: tình hình an ninh trật tự ổn định; đề nghị tăng "
        "cường tuần tra khu vực bãi sông.")  # fmt: skip
    t.p("- Đ/c Hoàng Thị Lan (Chủ tịch Hội Liên hiệp Phụ nữ phường): đề nghị UBND phường hỗ trợ kinh phí tổ "
        "chức các hoạt động kỷ niệm Ngày Quốc tế Phụ nữ 8/3.")  # fmt: skip
    t.p("Hội đã xây dựng kế hoạch chi tiết, dự kiến tổ chức giao lưu văn nghệ tại Nhà văn hóa phường.")
    t.p("3. Kết luận của chủ trì", bold=True)
    t.p("Đồng chí Chủ tịch UBND phường kết luận:")
    t.p("a) Cơ bản thống nhất với báo cáo tình hình tháng 02 và nhiệm vụ tháng 3 năm 2019.")
    t.p("b) Giao Công an phường chủ trì, phối hợp với Ban Chỉ huy Quân sự phường xây dựng kế hoạch tuần tra "
        "khu vực bãi sông, hoàn thành trước ngày 15/3/2019.")  # fmt: skip
    t.p("c) Giao Văn phòng - Thống kê tham mưu dự toán kinh phí hỗ trợ Hội Liên hiệp Phụ nữ phường tổ chức "
        "kỷ niệm Ngày Quốc tế Phụ nữ, trình trước ngày 07/3/2019.")  # fmt: skip
    t.p("d) Các bộ phận chuyên môn tập trung hoàn thành các chỉ tiêu thu ngân sách quý I năm 2019.")
    t.p("Cuộc họp kết thúc vào hồi 11 giờ 30 phút cùng ngày./.")
    t.table([["THƯ KÝ", "CHỦ TỌA"], ["", ""], ["Lê Thị Mai", "Nguyễn Văn Hùng"]], grid=False,
            bold_cells=[(2, 0), (2, 1)])  # fmt: skip
    facts: Facts = {
        "organisation": "Ủy ban nhân dân phường Ngọc Thụy",
        "superior_body": "UBND quận Long Biên",
        "reference_number": "12/BB-UBND",
        "title": "Cuộc họp giao ban UBND phường tháng 3 năm 2019",
        "date": "2019-03-05",
        "start_time": "08:00",
        "end_time": "11:30",
        "location": "Hội trường tầng 3, trụ sở UBND phường Ngọc Thụy",
        "chair": ["Nguyễn Văn Hùng", "Chủ tịch UBND phường"],
        "secretary": ["Lê Thị Mai", "Công chức Văn phòng - Thống kê"],
        "attendees": [
            ["Nguyễn Văn Hùng", "Chủ tịch UBND phường", None, "present", None],
            ["Trần Minh Đức", "Phó Chủ tịch UBND phường", None, "present", None],
            ["Đặng Thị Thu Trang", "Phó Chủ tịch UBND phường", None, "absent", "đi học"],
            ["Phạm Văn Tiến", "Trưởng Công an phường", None, "present", None],
            ["Hoàng Thị Lan", "Chủ tịch Hội Liên hiệp Phụ nữ phường", None, "present", None],
            ["Lê Thị Mai", "Công chức Văn phòng - Thống kê", None, "present", None],
        ],
        "reports": [{
            "presenter": ["Trần Minh Đức", "Phó Chủ tịch UBND phường"],
            "title": "Báo cáo tình hình kinh tế - xã hội tháng 02, nhiệm vụ trọng tâm tháng 3 năm 2019",
            "figures": [
                ["Thu ngân sách trên địa bàn", "2345600000", "đồng", None, "18.5"],
                ["Cấp giấy phép xây dựng", "14", "hồ sơ", "15", None],
                ["Tỷ lệ trẻ em được tiêm chủng mở rộng", None, "", None, "97.5"],
            ],
        }],
        "contributions": [
            ["Phạm Văn Tiến", None, "tình hình an ninh trật tự ổn định; đề nghị tăng cường tuần tra khu vực bãi sông."],
            ["Hoàng Thị Lan", None, "đề nghị UBND phường hỗ trợ kinh phí tổ chức các hoạt động kỷ niệm Ngày Quốc tế "
             "Phụ nữ 8/3.\nHội đã xây dựng kế hoạch chi tiết, dự kiến tổ chức giao lưu văn nghệ tại Nhà văn hóa "
             "phường."],
        ],
        "conclusions": [
            "Cơ bản thống nhất với báo cáo tình hình tháng 02 và nhiệm vụ tháng 3 năm 2019.",
            "Giao Công an phường chủ trì, phối hợp với Ban Chỉ huy Quân sự phường xây dựng kế hoạch tuần tra khu "
            "vực bãi sông, hoàn thành trước ngày 15/3/2019.",
            "Giao Văn phòng - Thống kê tham mưu dự toán kinh phí hỗ trợ Hội Liên hiệp Phụ nữ phường tổ chức kỷ niệm "
            "Ngày Quốc tế Phụ nữ, trình trước ngày 07/3/2019.",
            "Các bộ phận chuyên môn tập trung hoàn thành các chỉ tiêu thu ngân sách quý I năm 2019.",
        ],
        "tasks": [
            {"text": "Giao Công an phường chủ trì", "lead": "Công an phường",
             "coord": ["Ban Chỉ huy Quân sự phường"], "deadline": "2019-03-15"},
            {"text": "Giao Văn phòng - Thống kê tham mưu", "lead": "Văn phòng - Thống kê", "deadline": "2019-03-07"},
        ],
        "signers": [["THƯ KÝ", "Lê Thị Mai"], ["CHỦ TỌA", "Nguyễn Văn Hùng"]],
    }  # fmt: skip
    return t, facts


def dang_uy_ngoc_lam_hoi_nghi() -> tuple[Typed, Facts]:
    """Party minutes (HD 36) of a ward Party committee: agenda by Word numbering, counts of those present,
    a count of contributions without their words, a resolution voted, period deadlines."""
    t = Typed(size=14)
    t.header(
        [
            ("ĐẢNG BỘ QUẬN LONG BIÊN", False),
            ("ĐẢNG ỦY PHƯỜNG NGỌC LÂM", True),
            ("*", False),
            ("Số 45-BB/ĐU", False),
        ],
        [(PARTY, True, False), ("Ngọc Lâm, ngày 10 tháng 12 năm 2018", False, True)],
    )
    t.p("BIÊN BẢN", bold=True, center=True)
    t.p("hội nghị Ban Chấp hành Đảng bộ phường tháng 12 năm 2018", bold=True, center=True)
    t.p("-----", center=True)
    t.p("Thời gian: 14 giờ 00 phút, ngày 10 tháng 12 năm 2018.")
    t.p("Địa điểm: Hội trường Đảng ủy phường Ngọc Lâm.")
    t.p("Thành phần: Ban Chấp hành Đảng bộ phường; có mặt 17/19 đồng chí.")
    t.p("Vắng:")
    t.p("- Đồng chí Bùi Văn Nam - Ủy viên Ban Chấp hành (đi học lớp Trung cấp lý luận chính trị);")
    t.p("- Đồng chí Cao Thị Hạnh - Ủy viên Ban Chấp hành (ốm).")
    t.p("Chủ trì hội nghị: đồng chí Đỗ Thị Hương - Bí thư Đảng ủy phường.")
    t.p("Thư ký hội nghị: đồng chí Vũ Văn Khánh - Ủy viên Ban Chấp hành, Chánh Văn phòng Đảng ủy.")
    t.p("Chương trình hội nghị:")
    t.numbered([
        "Thông qua báo cáo kết quả lãnh đạo thực hiện nhiệm vụ năm 2018, phương hướng nhiệm vụ năm 2019.",
        "Thảo luận, biểu quyết thông qua Nghị quyết lãnh đạo thực hiện nhiệm vụ năm 2019.",
    ])  # fmt: skip
    t.p("NỘI DUNG HỘI NGHỊ", bold=True)
    t.p("Đồng chí Nguyễn Thị Thanh - Phó Bí thư Thường trực Đảng ủy trình bày dự thảo Báo cáo kết quả lãnh đạo "
        "thực hiện nhiệm vụ năm 2018, phương hướng nhiệm vụ năm 2019.")  # fmt: skip
    t.p("Hội nghị đã thảo luận, có 05 ý kiến phát biểu, tập trung vào công tác giải phóng mặt bằng và xây dựng "
        "Đảng.")  # fmt: skip
    t.p("KẾT QUẢ BIỂU QUYẾT", bold=True)
    t.p("Hội nghị biểu quyết thông qua Nghị quyết lãnh đạo thực hiện nhiệm vụ năm 2019 với 17/17 đồng chí có mặt "
        "tán thành (đạt 100%).")  # fmt: skip
    t.p("KẾT LUẬN CỦA ĐỒNG CHÍ BÍ THƯ", bold=True)
    t.p("+ Các chi bộ tổ chức quán triệt Nghị quyết đến đảng viên, hoàn thành trong tháng 01/2019.")
    t.p(
        "+ Giao Ủy ban Kiểm tra Đảng ủy chủ trì kiểm tra việc thu, nộp đảng phí, hoàn thành trong quý I/2019."
    )
    t.p("+ Giao 2 đồng chí Phó Bí thư theo dõi, đôn đốc các chi bộ thực hiện Nghị quyết.")
    t.p("Hội nghị kết thúc lúc 17 giờ 00 phút cùng ngày.")
    t.table([["NGƯỜI GHI BIÊN BẢN", "T/M ĐẢNG ỦY\nBÍ THƯ"], ["", ""], ["Vũ Văn Khánh", "Đỗ Thị Hương"]],
            grid=False)  # fmt: skip
    facts: Facts = {
        "organisation": "Đảng ủy phường Ngọc Lâm",
        "superior_body": "Đảng bộ quận Long Biên",
        "reference_number": "45-BB/ĐU",
        "title": "hội nghị Ban Chấp hành Đảng bộ phường tháng 12 năm 2018",
        "date": "2018-12-10",
        "start_time": "14:00",
        "end_time": "17:00",
        "location": "Hội trường Đảng ủy phường Ngọc Lâm",
        "chair": ["Đỗ Thị Hương", "Bí thư Đảng ủy phường"],
        "secretary": ["Vũ Văn Khánh", "Ủy viên Ban Chấp hành, Chánh Văn phòng Đảng ủy"],
        "attendees": [
            [None, None, "Ban Chấp hành Đảng bộ phường", "present", None],
            ["Bùi Văn Nam", "Ủy viên Ban Chấp hành", None, "absent", "đi học lớp Trung cấp lý luận chính trị"],
            ["Cao Thị Hạnh", "Ủy viên Ban Chấp hành", None, "absent", "ốm"],
        ],
        "agenda": [
            "Thông qua báo cáo kết quả lãnh đạo thực hiện nhiệm vụ năm 2018, phương hướng nhiệm vụ năm 2019",
            "Thảo luận, biểu quyết thông qua Nghị quyết lãnh đạo thực hiện nhiệm vụ năm 2019",
        ],
        "reports": [{
            "presenter": ["Nguyễn Thị Thanh", "Phó Bí thư Thường trực Đảng ủy"],
            "title": "Dự thảo Báo cáo kết quả lãnh đạo thực hiện nhiệm vụ năm 2018, phương hướng nhiệm vụ năm 2019",
            "figures": [],
        }],
        "contribution_count": 5,
        "conclusions": [
            "Hội nghị biểu quyết thông qua Nghị quyết lãnh đạo thực hiện nhiệm vụ năm 2019 với 17/17 đồng chí có mặt "
            "tán thành (đạt 100%).",
            "Các chi bộ tổ chức quán triệt Nghị quyết đến đảng viên, hoàn thành trong tháng 01/2019.",
            "Giao Ủy ban Kiểm tra Đảng ủy chủ trì kiểm tra việc thu, nộp đảng phí, hoàn thành trong quý I/2019.",
            "Giao 2 đồng chí Phó Bí thư theo dõi, đôn đốc các chi bộ thực hiện Nghị quyết.",
        ],
        "votes": [["Hội nghị biểu quyết thông qua Nghị quyết", 17, None, None, 17]],
        "tasks": [
            {"text": "Giao Ủy ban Kiểm tra Đảng ủy chủ trì", "lead": "Ủy ban Kiểm tra Đảng ủy",
             "deadline": "2019-03-31", "deadline_kind": "quarter", "deadline_wording": "hoàn thành trong quý I/2019"},
            {"text": "Giao 2 đồng chí Phó Bí thư", "assignee_text": "2 đồng chí Phó Bí thư"},
        ],
        "signers": [["NGƯỜI GHI BIÊN BẢN", "Vũ Văn Khánh"], ["T/M ĐẢNG ỦY", "Đỗ Thị Hương"]],
    }  # fmt: skip
    return t, facts


def vp_ubnd_quan_thong_bao() -> tuple[Typed, Facts]:
    """A state conclusion notice of a district office: the chair named only by office in the "heard"
    sentence, "a)"-"c)" tasks, recommendations grouped by "- Về ...:" with "+" items."""
    t = Typed(size=14)
    t.header(
        [("UBND QUẬN LONG BIÊN", False), ("VĂN PHÒNG HĐND VÀ UBND", True), ("Số: 215/TB-VP", False)],
        [(NATION, True, False), (MOTTO, True, False), ("Long Biên, ngày 16 tháng 5 năm 2019", False, True)],
    )
    t.p("THÔNG BÁO", bold=True, center=True)
    t.p("Kết luận của đồng chí Chủ tịch UBND quận tại cuộc họp về công tác giải phóng mặt bằng các dự án trên địa "
        "bàn quận", bold=True, center=True)  # fmt: skip
    t.blank()
    t.p("Ngày 14/5/2019, đồng chí Lê Minh Tuấn - Chủ tịch UBND quận chủ trì cuộc họp về công tác giải phóng mặt "
        "bằng các dự án trên địa bàn quận. Tham dự có đồng chí Phan Thanh Sơn - Phó Chủ tịch UBND quận; lãnh đạo "
        "các phòng, ban liên quan; Chủ tịch UBND các phường Ngọc Thụy, Thượng Thanh, Giang Biên.")  # fmt: skip
    t.p("Sau khi nghe báo cáo của Trung tâm Phát triển quỹ đất quận và ý kiến của các đại biểu dự họp, đồng chí "
        "Chủ tịch UBND quận kết luận như sau:")  # fmt: skip
    t.p("1. Đánh giá chung", bold=True)
    t.p("Thời gian qua, các đơn vị đã tích cực triển khai công tác giải phóng mặt bằng; tuy nhiên tiến độ một số "
        "dự án còn chậm so với kế hoạch.")  # fmt: skip
    t.p("2. Nhiệm vụ thời gian tới", bold=True)
    t.p("a) Giao Trung tâm Phát triển quỹ đất quận chủ trì, phối hợp với UBND phường Ngọc Thụy, UBND phường "
        "Thượng Thanh hoàn thành công tác kiểm đếm, lập phương án bồi thường dự án đường gom chân đê, báo cáo "
        "UBND quận trước ngày 30/6/2019.")  # fmt: skip
    t.p("b) Giao Phòng Tài nguyên và Môi trường rà soát nguồn gốc đất các hộ còn vướng mắc, hoàn thành trong "
        "tháng 6/2019.")  # fmt: skip
    t.p(
        "c) Giao Công an quận đảm bảo an ninh trật tự tại các điểm giải phóng mặt bằng, thực hiện thường xuyên."
    )
    t.p("3. Về kiến nghị của các phường", bold=True)
    t.p("- Về kinh phí:")
    t.p("+ UBND phường Ngọc Thụy đề nghị bổ sung kinh phí tổ chức cưỡng chế thu hồi đất. Giao Phòng Tài chính - Kế "
        "hoạch xem xét, tham mưu trước ngày 31/5/2019.")  # fmt: skip
    t.p("- Về thủ tục:")
    t.p("+ UBND phường Giang Biên đề nghị hướng dẫn thủ tục xác nhận nguồn gốc đất nông nghiệp.")
    t.p("Văn phòng HĐND và UBND quận thông báo để các đơn vị biết, thực hiện./.")
    t.table([["Nơi nhận:\n- Chủ tịch, các PCT UBND quận;\n- Các đơn vị liên quan;\n- Lưu: VT.",
              "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\n\nNgô Quang Vinh"]], grid=False, bold_header=False)  # fmt: skip
    facts: Facts = {
        "organisation": "Văn phòng HĐND và UBND",
        "superior_body": "UBND quận Long Biên",
        "reference_number": "215/TB-VP",
        "date": "2019-05-14",
        "document_date": "2019-05-16",
        "title": "Đồng chí Lê Minh Tuấn - Chủ tịch UBND quận chủ trì cuộc họp về công tác giải phóng mặt bằng các "
                 "dự án trên địa bàn quận",
        "conclusions": [
            "Thời gian qua, các đơn vị đã tích cực triển khai công tác giải phóng mặt bằng; tuy nhiên tiến độ một số "
            "dự án còn chậm so với kế hoạch.",
            "Giao Trung tâm Phát triển quỹ đất quận chủ trì, phối hợp với UBND phường Ngọc Thụy, UBND phường Thượng "
            "Thanh hoàn thành công tác kiểm đếm, lập phương án bồi thường dự án đường gom chân đê, báo cáo UBND quận "
            "trước ngày 30/6/2019.",
            "Giao Phòng Tài nguyên và Môi trường rà soát nguồn gốc đất các hộ còn vướng mắc, hoàn thành trong tháng "
            "6/2019.",
            "Giao Công an quận đảm bảo an ninh trật tự tại các điểm giải phóng mặt bằng, thực hiện thường xuyên.",
        ],
        "recommendations": [
            ["Về kinh phí", "UBND phường Ngọc Thụy đề nghị bổ sung kinh phí tổ chức cưỡng chế thu hồi đất.", None],
            ["Về thủ tục", "UBND phường Giang Biên đề nghị hướng dẫn thủ tục xác nhận nguồn gốc đất nông nghiệp.", None],
        ],
        "tasks": [
            {"text": "Giao Trung tâm Phát triển quỹ đất quận chủ trì", "lead": "Trung tâm Phát triển quỹ đất quận",
             "coord": ["UBND phường Ngọc Thụy", "UBND phường Thượng Thanh"], "deadline": "2019-06-30"},
            {"text": "Giao Phòng Tài nguyên và Môi trường", "lead": "Phòng Tài nguyên và Môi trường",
             "deadline": "2019-06-30", "deadline_kind": "month", "deadline_wording": "hoàn thành trong tháng 6/2019"},
            {"text": "Giao Công an quận", "lead": "Công an quận", "deadline_kind": "ongoing"},
            {"text": "Giao Phòng Tài chính - Kế hoạch xem xét", "lead": "Phòng Tài chính - Kế hoạch",
             "deadline": "2019-05-31", "source": ["recommendation", "UBND phường Ngọc Thụy đề nghị"]},
        ],
        "signers": [["TL. CHỦ TỊCH", "Ngô Quang Vinh"]],
        "recipients": ["Chủ tịch, các PCT UBND quận", "Các đơn vị liên quan", "Lưu: VT"],
    }  # fmt: skip
    return t, facts
