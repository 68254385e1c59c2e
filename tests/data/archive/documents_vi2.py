"""More Vietnamese test documents (see documents_vi.py): a Party conclusion notice, a chi bộ's minutes
typed without any formatting, a People's Council standing committee session, a giao ban known by its
month only. Invented names and events."""

from __future__ import annotations

from documents_vi import MOTTO, NATION, PARTY, Facts
from kit import Typed


def quan_uy_thong_bao() -> tuple[Typed, Facts]:
    """A Party conclusion notice: the standing committee's conclusions on a ward, recommendations lettered by
    Word's numbering button, a lead unit with coordinating units and period deadlines."""
    t = Typed(size=14)
    t.header(
        [
            ("ĐẢNG BỘ THÀNH PHỐ HÀ NỘI", False),
            ("QUẬN ỦY LONG BIÊN", True),
            ("*", False),
            ("Số 120-TB/QU", False),
        ],
        [(PARTY, True, False), ("Long Biên, ngày 28 tháng 4 năm 2020", False, True)],
    )
    t.p("THÔNG BÁO", bold=True, center=True)
    t.p("kết luận của Thường trực Quận ủy làm việc với Đảng ủy phường Phúc Đồng", bold=True, center=True)
    t.p("-----", center=True)
    t.p("Ngày 24/4/2020, Thường trực Quận ủy làm việc với Ban Thường vụ Đảng ủy phường Phúc Đồng về kết quả "
        "thực hiện nhiệm vụ quý I và nhiệm vụ trọng tâm quý II năm 2020.")  # fmt: skip
    t.p("Sau khi nghe đồng chí Trịnh Văn Quang - Bí thư Đảng ủy phường Phúc Đồng báo cáo kết quả thực hiện nhiệm "
        "vụ quý I năm 2020 và 06 ý kiến phát biểu của các đại biểu dự họp, đồng chí Lương Thị Minh - Phó Bí thư "
        "Thường trực Quận ủy kết luận như sau:")  # fmt: skip
    t.p("1. Đánh giá kết quả", bold=True)
    t.p("Đảng ủy phường đã lãnh đạo hoàn thành các chỉ tiêu quý I; công tác phòng, chống dịch Covid-19 được "
        "triển khai quyết liệt.")  # fmt: skip
    t.p("Tuy nhiên, công tác quản lý trật tự xây dựng còn để xảy ra vi phạm.")
    t.p("2. Nhiệm vụ trọng tâm thời gian tới", bold=True)
    t.p("- Tập trung xử lý dứt điểm các vi phạm trật tự xây dựng.")
    t.p("Giao UBND phường Phúc Đồng chủ trì, phối hợp với Đội Quản lý trật tự xây dựng đô thị quận thực hiện, "
        "báo cáo kết quả trong quý II/2020.", italic=True)  # fmt: skip
    t.p("- Chuẩn bị tốt các điều kiện tổ chức Đại hội Đảng bộ phường nhiệm kỳ 2020 - 2025.")
    t.p("3. Về kiến nghị, đề xuất", bold=True)
    t.lettered(["Về đầu tư xây dựng:"])
    t.p("(1) Đề nghị quận đầu tư cải tạo trường Mầm non Phúc Đồng. Giao Ban Quản lý dự án đầu tư xây dựng quận "
        "chủ trì, báo cáo kết quả trước ngày 30/6/2020.")  # fmt: skip
    t.lettered(["Về quản lý đô thị:"], restart=False)
    t.p("(2) Đề nghị quận chỉ đạo xử lý điểm tập kết rác tự phát tại bãi sông.")
    t.p("Ý kiến trả lời: Phòng Quản lý đô thị đã làm việc với Công ty Môi trường đô thị, dự kiến xử lý trong "
        "tháng 5/2020.")  # fmt: skip
    t.p("4. Tổ chức thực hiện", bold=True)
    t.p("Giao Văn phòng Quận ủy theo dõi, đôn đốc việc thực hiện thông báo này.")
    t.p(
        "Thường trực Quận ủy thông báo để Đảng ủy phường Phúc Đồng và các cơ quan liên quan biết, thực hiện./."
    )
    t.table([["Nơi nhận:\n- Thường trực Quận ủy,\n- Đảng ủy phường Phúc Đồng,\n- Lưu Văn phòng Quận ủy.",
              "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC\n\n\nLương Thị Minh"]], grid=False, bold_header=False)  # fmt: skip
    facts: Facts = {
        "organisation": "Quận ủy Long Biên",
        "superior_body": "Đảng bộ thành phố Hà Nội",
        "reference_number": "120-TB/QU",
        "date": "2020-04-24",
        "document_date": "2020-04-28",
        "title": "Thường trực Quận ủy làm việc với Ban Thường vụ Đảng ủy phường Phúc Đồng về kết quả thực hiện "
                 "nhiệm vụ quý I và nhiệm vụ trọng tâm quý II năm 2020",
        "chair": ["Lương Thị Minh", "Phó Bí thư Thường trực Quận ủy"],
        "reports": [{"presenter": ["Trịnh Văn Quang", "Bí thư Đảng ủy phường Phúc Đồng"],
                     "title": "Báo cáo kết quả thực hiện nhiệm vụ quý I năm 2020", "figures": []}],
        "contribution_count": 6,
        "conclusions": [
            "Đảng ủy phường đã lãnh đạo hoàn thành các chỉ tiêu quý I; công tác phòng, chống dịch Covid-19 được "
            "triển khai quyết liệt.",
            "Tuy nhiên, công tác quản lý trật tự xây dựng còn để xảy ra vi phạm.",
            "Tập trung xử lý dứt điểm các vi phạm trật tự xây dựng.",
            "Chuẩn bị tốt các điều kiện tổ chức Đại hội Đảng bộ phường nhiệm kỳ 2020 - 2025.",
        ],
        "recommendations": [
            ["Về đầu tư xây dựng", "Đề nghị quận đầu tư cải tạo trường Mầm non Phúc Đồng.", None],
            ["Về quản lý đô thị", "Đề nghị quận chỉ đạo xử lý điểm tập kết rác tự phát tại bãi sông.",
             "Phòng Quản lý đô thị đã làm việc với Công ty Môi trường đô thị, dự kiến xử lý trong tháng 5/2020."],
        ],
        "tasks": [
            {"text": "Giao UBND phường Phúc Đồng chủ trì", "lead": "UBND phường Phúc Đồng",
             "coord": ["Đội Quản lý trật tự xây dựng đô thị quận"], "deadline": "2020-06-30",
             "deadline_kind": "quarter", "source": ["conclusion", "Tập trung xử lý dứt điểm"]},
            {"text": "Giao Ban Quản lý dự án đầu tư xây dựng quận chủ trì", "lead": "Ban Quản lý dự án đầu tư xây dựng quận",
             "deadline": "2020-06-30", "source": ["recommendation", "Đề nghị quận đầu tư cải tạo"]},
        ],
        "signers": [["T/M BAN THƯỜNG VỤ", "Lương Thị Minh"]],
        "recipients": ["Thường trực Quận ủy", "Đảng ủy phường Phúc Đồng", "Lưu Văn phòng Quận ủy"],
    }  # fmt: skip
    return t, facts


def chi_bo_khu_dan_cu() -> tuple[Typed, Facts]:
    """A chi bộ's minutes typed with no formatting at all (as if retyped from a scanned page): capitals for
    headings, "1." typed by hand, an opening sentence instead of fields, a task table with people and
    periods, signatures on one tab-separated line."""
    t = Typed(size=13)
    t.p("ĐẢNG BỘ PHƯỜNG THẠCH BÀN")
    t.p("CHI BỘ KHU DÂN CƯ SỐ 3")
    t.p("BIÊN BẢN HỌP CHI BỘ THÁNG 01 NĂM 2021")
    t.p("Hôm nay, vào lúc 19 giờ 30 phút ngày 22 tháng 01 năm 2021, tại Nhà văn hóa tổ dân phố số 3, Chi bộ Khu "
        "dân cư số 3 tiến hành họp định kỳ tháng 01 năm 2021.")  # fmt: skip
    t.p("I. THÀNH PHẦN")
    t.p("1. Đồng chí Ngô Văn Bình - Bí thư Chi bộ.")
    t.p("2. Đồng chí Lý Thị Thu - Phó Bí thư Chi bộ.")
    t.p("3. Đồng chí Trương Văn Lợi - Đảng viên.")
    t.p("Vắng: đồng chí Đinh Thị Hoa - Đảng viên (ốm).")
    t.p("Chủ trì: đồng chí Ngô Văn Bình - Bí thư Chi bộ.")
    t.p("Thư ký: đồng chí Lý Thị Thu - Phó Bí thư Chi bộ.")
    t.p("II. NỘI DUNG")
    t.p("Đồng chí Bí thư Chi bộ quán triệt Nghị quyết của Đảng ủy phường về nhiệm vụ năm 2021.")
    t.p("Ý kiến thảo luận:")
    t.p("- Đồng chí Trương Văn Lợi: đề nghị Chi bộ quan tâm công tác vệ sinh môi trường ngõ 12.")
    t.p("- Đồng chí Lý Thị Thu: thống nhất với nội dung quán triệt.")
    t.p("III. KẾT LUẬN")
    t.p("- Chi bộ thống nhất triển khai Nghị quyết của Đảng ủy phường.")
    t.p("- Vận động nhân dân tham gia tổng vệ sinh ngõ 12 vào sáng Chủ nhật hằng tuần.")
    t.p("IV. PHÂN CÔNG NHIỆM VỤ")
    t.table([
        ["STT", "Nội dung công việc", "Người thực hiện", "Thời gian"],
        ["1", "Xây dựng chương trình công tác năm 2021 của Chi bộ", "Đồng chí Ngô Văn Bình", "Quý I/2021"],
        ["2", "Tổ chức tổng vệ sinh ngõ 12", "Tổ trưởng tổ dân phố số 3", "Thường xuyên"],
        ["3", "Thu đảng phí quý I", "Đồng chí Lý Thị Thu", "Tháng 3/2021"],
    ], bold_header=False)  # fmt: skip
    t.p("Cuộc họp kết thúc lúc 21 giờ 15 phút cùng ngày.")
    t.p("Biên bản đã được đọc lại cho các đồng chí dự họp cùng nghe và nhất trí thông qua.")
    t.p("THƯ KÝ\t\t\t\tCHỦ TRÌ")
    t.p("Lý Thị Thu\t\t\t\tNgô Văn Bình")
    facts: Facts = {
        "organisation": "Chi bộ khu dân cư số 3",
        "superior_body": "Đảng bộ phường Thạch Bàn",
        "title": "Họp chi bộ tháng 01 năm 2021",
        "date": "2021-01-22",
        "start_time": "19:30",
        "end_time": "21:15",
        "location": "Nhà văn hóa tổ dân phố số 3",
        "chair": ["Ngô Văn Bình", "Bí thư Chi bộ"],
        "secretary": ["Lý Thị Thu", "Phó Bí thư Chi bộ"],
        "attendees": [
            ["Ngô Văn Bình", "Bí thư Chi bộ", None, "present", None],
            ["Lý Thị Thu", "Phó Bí thư Chi bộ", None, "present", None],
            ["Trương Văn Lợi", "Đảng viên", None, "present", None],
            ["Đinh Thị Hoa", "Đảng viên", None, "absent", "ốm"],
        ],
        "contributions": [
            ["Trương Văn Lợi", None, "đề nghị Chi bộ quan tâm công tác vệ sinh môi trường ngõ 12."],
            ["Lý Thị Thu", None, "thống nhất với nội dung quán triệt."],
        ],
        "conclusions": [
            "Chi bộ thống nhất triển khai Nghị quyết của Đảng ủy phường.",
            "Vận động nhân dân tham gia tổng vệ sinh ngõ 12 vào sáng Chủ nhật hằng tuần.",
        ],
        "tasks": [
            {"text": "Xây dựng chương trình công tác năm 2021 của Chi bộ", "people": ["Ngô Văn Bình"],
             "deadline": "2021-03-31", "deadline_kind": "quarter", "deadline_wording": "Quý I/2021"},
            {"text": "Tổ chức tổng vệ sinh ngõ 12", "lead": "Tổ trưởng tổ dân phố số 3", "deadline_kind": "ongoing",
             "deadline_wording": "Thường xuyên"},
            {"text": "Thu đảng phí quý I", "people": ["Lý Thị Thu"], "deadline": "2021-03-31",
             "deadline_kind": "month", "deadline_wording": "Tháng 3/2021"},
        ],
        "signers": [["THƯ KÝ", "Lý Thị Thu"], ["CHỦ TRÌ", "Ngô Văn Bình"]],
    }  # fmt: skip
    return t, facts


def hdnd_thuong_truc() -> tuple[Typed, Facts]:
    """A People's Council standing committee session (state): agenda, Word-numbered conclusions,
    voters' petitions grouped "a)", "b)" typed by hand with responses, the next session announced."""
    t = Typed(size=13)
    t.header(
        [("HĐND QUẬN LONG BIÊN", False), ("THƯỜNG TRỰC HĐND", True), ("Số: 08/BB-TTHĐND", False)],
        [(NATION, True, False), (MOTTO, True, False), ("Long Biên, ngày 12 tháng 4 năm 2022", False, True)],
    )
    t.p("BIÊN BẢN", bold=True, center=True)
    t.p("Phiên họp Thường trực HĐND quận tháng 4 năm 2022", bold=True, center=True)
    t.p("Thời gian bắt đầu: 14h00, ngày 12/4/2022.")
    t.p("Địa điểm: Phòng họp số 2, trụ sở HĐND - UBND quận.")
    t.p("Thành phần tham dự:")
    t.p("- Đồng chí Hà Thị Ngọc - Chủ tịch HĐND quận;")
    t.p("- Đồng chí Kiều Văn Thắng - Phó Chủ tịch HĐND quận;")
    t.p("- Các đồng chí Trưởng, Phó các Ban HĐND quận;")
    t.p("- Đồng chí Mai Văn Phúc - Phó Chủ tịch UBND quận (dự, trả lời kiến nghị).")
    t.p("Chủ trì: đồng chí Hà Thị Ngọc - Chủ tịch HĐND quận.")
    t.p("Thư ký: đồng chí Tạ Thu Hà - Chuyên viên Văn phòng HĐND và UBND quận.")
    t.p("Nội dung:", bold=True)
    t.p("1. Báo cáo kết quả giám sát", bold=True)
    t.p("Đồng chí Kiều Văn Thắng - Phó Chủ tịch HĐND quận trình bày Báo cáo kết quả giám sát việc giải quyết "
        "kiến nghị cử tri quý I năm 2022.")  # fmt: skip
    t.p("- Số kiến nghị cử tri đã giải quyết: 42/56 kiến nghị, đạt 75%;")
    t.p("- Số kiến nghị quá hạn: 6 kiến nghị.")
    t.p("2. Kiến nghị của cử tri", bold=True)
    t.p("a) Lĩnh vực đô thị:", italic=True)
    t.p("(1) Cử tri phường Việt Hưng kiến nghị sửa chữa hệ thống chiếu sáng tuyến phố Hoa Lâm.")
    t.p("Ý kiến trả lời: UBND quận đã giao Phòng Quản lý đô thị khảo sát, sửa chữa trong quý II/2022.")
    t.p("(2) Cử tri phường Đức Giang kiến nghị nạo vét mương thoát nước ngõ 83.")
    t.p("b) Lĩnh vực đất đai:", italic=True)
    t.p("(3) Cử tri phường Giang Biên kiến nghị đẩy nhanh cấp giấy chứng nhận quyền sử dụng đất.")
    t.p("3. Kết luận của chủ trì", bold=True)
    t.p("Đồng chí Hà Thị Ngọc - Chủ tịch HĐND quận kết luận:")
    t.numbered([
        "Đề nghị UBND quận chỉ đạo giải quyết dứt điểm 6 kiến nghị quá hạn, báo cáo Thường trực HĐND trước ngày "
        "30/5/2022.",
        "Giao Ban Pháp chế HĐND quận giám sát việc cấp giấy chứng nhận quyền sử dụng đất, trong quý III/2022.",
    ])  # fmt: skip
    t.p("Phiên họp tiếp theo dự kiến tổ chức vào ngày 10/5/2022.")
    t.p("Phiên họp kết thúc vào 16 giờ 45 phút cùng ngày./.")
    t.table([["THƯ KÝ", "CHỦ TỌA"], ["\n\n", "\n\n"], ["Tạ Thu Hà", "Hà Thị Ngọc"]], grid=False)
    facts: Facts = {
        "organisation": "Thường trực HĐND",
        "superior_body": "HĐND quận Long Biên",
        "reference_number": "08/BB-TTHĐND",
        "title": "Phiên họp Thường trực HĐND quận tháng 4 năm 2022",
        "date": "2022-04-12",
        "start_time": "14:00",
        "end_time": "16:45",
        "location": "Phòng họp số 2, trụ sở HĐND - UBND quận",
        "chair": ["Hà Thị Ngọc", "Chủ tịch HĐND quận"],
        "secretary": ["Tạ Thu Hà", "Chuyên viên Văn phòng HĐND và UBND quận"],
        "attendees": [
            ["Hà Thị Ngọc", "Chủ tịch HĐND quận", None, "present", None],
            ["Kiều Văn Thắng", "Phó Chủ tịch HĐND quận", None, "present", None],
            [None, None, "Các đồng chí Trưởng, Phó các Ban HĐND quận", "present", None],
            ["Mai Văn Phúc", "Phó Chủ tịch UBND quận", None, "present", None],
        ],
        "reports": [{
            "presenter": ["Kiều Văn Thắng", "Phó Chủ tịch HĐND quận"],
            "title": "Báo cáo kết quả giám sát việc giải quyết kiến nghị cử tri quý I năm 2022",
            "figures": [["Số kiến nghị cử tri đã giải quyết", "42", "kiến nghị", "56", "75"],
                        ["Số kiến nghị quá hạn", "6", "kiến nghị", None, None]],
        }],
        "recommendations": [
            ["Lĩnh vực đô thị", "Cử tri phường Việt Hưng kiến nghị sửa chữa hệ thống chiếu sáng tuyến phố Hoa Lâm.",
             "UBND quận đã giao Phòng Quản lý đô thị khảo sát, sửa chữa trong quý II/2022."],
            ["Lĩnh vực đô thị", "Cử tri phường Đức Giang kiến nghị nạo vét mương thoát nước ngõ 83.", None],
            ["Lĩnh vực đất đai", "Cử tri phường Giang Biên kiến nghị đẩy nhanh cấp giấy chứng nhận quyền sử dụng "
             "đất.", None],
        ],
        "conclusions": [
            "Đề nghị UBND quận chỉ đạo giải quyết dứt điểm 6 kiến nghị quá hạn, báo cáo Thường trực HĐND trước ngày "
            "30/5/2022.",
            "Giao Ban Pháp chế HĐND quận giám sát việc cấp giấy chứng nhận quyền sử dụng đất, trong quý III/2022.",
        ],
        "tasks": [
            {"text": "Giao Ban Pháp chế HĐND quận", "lead": "Ban Pháp chế HĐND quận", "deadline": "2022-09-30",
             "deadline_kind": "quarter"},
        ],
        "next_meeting": "2022-05-10",
        "signers": [["THƯ KÝ", "Tạ Thu Hà"], ["CHỦ TỌA", "Hà Thị Ngọc"]],
    }  # fmt: skip
    return t, facts


def ubnd_giao_ban_thang() -> tuple[Typed, Facts]:
    """A ward's giao ban minutes known only by its month, with an agenda, contributions counted but not
    recorded, and tasks assigned to people by office."""
    t = Typed(size=13)
    t.header(
        [("UBND QUẬN LONG BIÊN", False), ("UBND PHƯỜNG BỒ ĐỀ", True), ("Số: 03/BB-UBND", False)],
        [(NATION, True, False), (MOTTO, True, False)],
    )
    t.p("BIÊN BẢN HỌP GIAO BAN", bold=True, center=True)
    t.p("Thời gian: tháng 01/2023.")
    t.p("Địa điểm: Phòng họp UBND phường Bồ Đề.")
    t.p("Chương trình:", bold=True)
    t.p("1. Đánh giá kết quả thực hiện nhiệm vụ tháng 12/2022.")
    t.p("2. Triển khai nhiệm vụ tháng 01/2023 và công tác chuẩn bị Tết Quý Mão.")
    t.p("Ý kiến phát biểu:", bold=True)
    t.p("Có 04 ý kiến phát biểu của các đồng chí trưởng các ngành, đoàn thể.")
    t.p("Kết luận:", bold=True)
    t.p("1. Giao 2 đồng chí Phó Chủ tịch UBND phường chỉ đạo các bộ phận hoàn thành công tác chuẩn bị Tết, "
        "xong trước ngày 15/01/2023.")  # fmt: skip
    t.p("2. Giao đồng chí Chu Văn Toàn - Phó Chủ tịch UBND phường chủ trì rà soát, chi trả quà Tết cho các đối "
        "tượng chính sách, hoàn thành trong tháng 01/2023.")  # fmt: skip
    t.p("Cuộc họp kết thúc lúc 11 giờ 00 phút.")
    facts: Facts = {
        "organisation": "UBND phường Bồ Đề",
        "superior_body": "UBND quận Long Biên",
        "reference_number": "03/BB-UBND",
        "date": "2023-01-01",
        "date_precision": "month",
        "title": "Họp giao ban",
        "location": "Phòng họp UBND phường Bồ Đề",
        "end_time": "11:00",
        "agenda": ["Đánh giá kết quả thực hiện nhiệm vụ tháng 12/2022",
                   "Triển khai nhiệm vụ tháng 01/2023 và công tác chuẩn bị Tết Quý Mão"],
        "contribution_count": 4,
        "conclusions": [
            "Giao 2 đồng chí Phó Chủ tịch UBND phường chỉ đạo các bộ phận hoàn thành công tác chuẩn bị Tết, xong "
            "trước ngày 15/01/2023.",
            "Giao đồng chí Chu Văn Toàn - Phó Chủ tịch UBND phường chủ trì rà soát, chi trả quà Tết cho các đối "
            "tượng chính sách, hoàn thành trong tháng 01/2023.",
        ],
        "tasks": [
            {"text": "Giao 2 đồng chí Phó Chủ tịch", "assignee_text": "2 đồng chí Phó Chủ tịch UBND phường",
             "deadline": "2023-01-15"},
            {"text": "Giao đồng chí Chu Văn Toàn", "people": ["Chu Văn Toàn"], "deadline": "2023-01-31",
             "deadline_kind": "month"},
        ],
    }  # fmt: skip
    return t, facts
