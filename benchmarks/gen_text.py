"""Vietnamese names, units and phrase banks for the benchmark generator.

Every text is assembled from these banks with the generator's seeded ``random.Random``, so the same seed
gives the same words. Banks are NFC (normalised at import, whatever the editor saved), as the app stores.
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date


def _nfc(*items: str) -> tuple[str, ...]:
    return tuple(unicodedata.normalize("NFC", item) for item in items)


# Family names with rough national frequencies (Nguyễn about four in ten).
FAMILY = _nfc(
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
    "Đường",
    "Đinh",
    "Trịnh",
    "Mai",
    "Tạ",
    "Lương",
    "Đào",
    "Cao",
    "Chu",
    "Kiều",
    "Lại",
    "Tô",
)
FAMILY_WEIGHTS = (
    38,
    11,
    9.5,
    7,
    5,
    2,
    4.5,
    4,
    1.5,
    2.1,
    2,
    1.4,
    1.3,
    1.3,
    1,
    0.5,
    0.3,
    1,
    0.8,
    0.6,
    0.4,
    0.5,
    0.8,
    0.6,
    0.4,
    0.3,
    0.3,
    0.3,
)
MIDDLE_MALE = _nfc(
    "Văn",
    "Hữu",
    "Đức",
    "Minh",
    "Quang",
    "Mạnh",
    "Ngọc",
    "Xuân",
    "Thanh",
    "Tiến",
    "Công",
    "Đình",
    "Hoài",
    "Anh",
    "Việt",
    "Quốc",
    "Trọng",
    "Duy",
    "Thế",
    "Bá",
)
MIDDLE_FEMALE = _nfc(
    "Thị",
    "Ngọc",
    "Thu",
    "Thanh",
    "Minh",
    "Kim",
    "Hồng",
    "Phương",
    "Thúy",
    "Mai",
    "Lan",
    "Bích",
    "Diệu",
    "Khánh",
)
GIVEN_MALE = _nfc(
    "Nam",
    "Hùng",
    "Dũng",
    "Tuấn",
    "Hải",
    "Sơn",
    "Long",
    "Quân",
    "Thắng",
    "Cường",
    "Hà",
    "Phan",
    "Trung",
    "Hiếu",
    "Tùng",
    "Đạt",
    "Khánh",
    "Phúc",
    "Thành",
    "Huy",
    "Lâm",
    "Định",
    "Đông",
    "Bình",
    "Vinh",
    "Nghĩa",
    "Thịnh",
    "Tâm",
    "Quý",
    "Lợi",
    "Hưng",
    "Toàn",
    "Kiên",
    "Thuận",
    "Quyết",
    "Chiến",
    "Đức",
    "Việt",
    "Khải",
    "Nhật",
)
GIVEN_FEMALE = _nfc(
    "Hương",
    "Lan",
    "Hoa",
    "Linh",
    "Trang",
    "Hằng",
    "Nga",
    "Thảo",
    "Huyền",
    "Yến",
    "Ngọc",
    "Loan",
    "Phương",
    "Dung",
    "Hạnh",
    "Thủy",
    "Vân",
    "Anh",
    "Giang",
    "Nhung",
    "Oanh",
    "Tuyết",
    "Liên",
    "Mai",
    "Diệp",
    "Quyên",
    "Thư",
    "Ánh",
    "Hiền",
    "Nguyệt",
)

DISTRICT = unicodedata.normalize("NFC", "Long Biên")
WARDS = _nfc(
    "Phúc Đồng",
    "Bồ Đề",
    "Long Biên",
    "Ngọc Thụy",
    "Gia Thụy",
    "Việt Hưng",
    "Thạch Bàn",
    "Sài Đồng",
    "Cự Khối",
    "Đức Giang",
    "Giang Biên",
    "Ngọc Lâm",
    "Phúc Lợi",
    "Thượng Thanh",
)

# The 14 units of the default database: (name, short name, parent index or None).
CORE_UNITS: tuple[tuple[str, str, int | None], ...] = tuple(
    (unicodedata.normalize("NFC", n), unicodedata.normalize("NFC", s), p)
    for n, s, p in (
        ("Quận ủy Long Biên", "QU", None),
        ("Ủy ban nhân dân quận Long Biên", "UBND quận", None),
        ("Văn phòng HĐND và UBND quận", "VP", 1),
        ("Phòng Quản lý đô thị", "QLĐT", 1),
        ("Phòng Tài nguyên và Môi trường", "TNMT", 1),
        ("Phòng Tài chính - Kế hoạch", "TCKH", 1),
        ("Phòng Nội vụ", "NV", 1),
        ("Ban Quản lý dự án đầu tư xây dựng quận", "BQLDA", 1),
        ("Trung tâm Phát triển quỹ đất quận", "TTPTQĐ", 1),
        ("Đội Thanh tra trật tự xây dựng đô thị", "TTXD", 1),
        ("UBND phường Phúc Đồng", "UBND P. Phúc Đồng", 1),
        ("UBND phường Bồ Đề", "UBND P. Bồ Đề", 1),
        ("UBND phường Long Biên", "UBND P. Long Biên", 1),
        ("Đảng ủy phường Phúc Đồng", "ĐU P. Phúc Đồng", 0),
    )
)

LEADER_TITLES = _nfc("Trưởng phòng", "Phó Trưởng phòng", "Chuyên viên", "Chuyên viên chính", "Cán bộ")
WARD_TITLES = _nfc(
    "Chủ tịch",
    "Phó Chủ tịch",
    "Công chức Địa chính - Xây dựng",
    "Công chức Văn phòng - Thống kê",
    "Công chức Tài chính - Kế toán",
    "Cán bộ chuyên trách",
)
PARTY_TITLES = _nfc("Bí thư", "Phó Bí thư", "Ủy viên Ban Thường vụ", "Chánh Văn phòng", "Chuyên viên")

TOPICS = _nfc(
    "giải phóng mặt bằng",
    "trật tự đô thị",
    "trật tự xây dựng",
    "thu ngân sách",
    "đầu tư công",
    "chuyển đổi số",
    "cải cách hành chính",
    "vệ sinh môi trường",
    "an ninh trật tự",
    "xây dựng Đảng",
    "công tác cán bộ",
    "giáo dục và đào tạo",
    "y tế và phòng, chống dịch",
    "an sinh xã hội",
    "phòng cháy, chữa cháy",
    "quản lý đất đai",
    "chỉnh trang đô thị",
    "tiếp công dân",
)
PROJECTS = _nfc(
    "đường 40m Thạch Bàn",
    "tuyến đường Long Biên - Thạch Bàn",
    "cầu Vĩnh Tuy giai đoạn 2",
    "đường vành đai 2,5",
    "Trường THCS Phúc Đồng",
    "khu tái định cư Giang Biên",
    "công viên Long Biên",
    "hạ tầng kỹ thuật khu đấu giá Cự Khối",
    "tuyến đường 21m Ngọc Thụy",
    "Trạm y tế phường Bồ Đề",
    "nhà văn hóa tổ dân phố số 7",
    "cải tạo hồ Thạch Bàn",
    "nút giao Cổ Linh",
    "đường Nguyễn Văn Cừ kéo dài",
)
ISSUES = _nfc(
    "tình trạng lấn chiếm vỉa hè, lòng đường để kinh doanh",
    "một số hộ dân chưa đồng thuận với phương án bồi thường",
    "công trình xây dựng sai phép chưa được xử lý dứt điểm",
    "rác thải tồn đọng tại các điểm tập kết",
    "hồ sơ thủ tục hành chính trễ hạn",
    "việc thu thuế ngoài quốc doanh đạt thấp so với dự toán",
    "tiến độ giải ngân vốn đầu tư công còn chậm",
    "hạ tầng công nghệ thông tin chưa đồng bộ",
    "tình trạng đổ trộm phế thải xây dựng",
    "biển quảng cáo sai quy định",
    "ngập úng cục bộ khi mưa lớn",
    "đơn thư kéo dài, vượt cấp",
    "vi phạm hành lang an toàn giao thông",
    "nguồn gốc đất chưa được xác định",
)
CAUSES = _nfc(
    "vướng mắc về nguồn gốc đất",
    "thiếu quỹ nhà tái định cư",
    "chưa có hướng dẫn của Sở Tài nguyên và Môi trường",
    "nhân lực còn mỏng",
    "kinh phí chưa được bố trí kịp thời",
    "sự phối hợp giữa các đơn vị chưa chặt chẽ",
    "thời tiết mưa kéo dài",
    "nhà thầu thi công chậm",
    "người dân chưa hiểu rõ chủ trương",
    "phần mềm dùng chung chưa kết nối được với cơ sở dữ liệu quốc gia",
)
ACTIONS = _nfc(
    "rà soát, tổng hợp",
    "tập trung chỉ đạo",
    "xây dựng kế hoạch",
    "kiểm tra, xử lý dứt điểm",
    "tuyên truyền, vận động",
    "hoàn thiện",
    "báo cáo kết quả",
    "đôn đốc, hướng dẫn",
    "tham mưu đề xuất",
    "tổ chức thực hiện",
    "phối hợp giải quyết",
    "bố trí kinh phí cho",
    "đẩy nhanh tiến độ",
)
OBJECTS = _nfc(
    "các trường hợp vi phạm trật tự xây dựng",
    "hồ sơ bồi thường, hỗ trợ, tái định cư",
    "phương án thu hồi đất",
    "danh mục dự án đầu tư công năm {y}",
    "kế hoạch chuyển đổi số năm {y}",
    "các điểm tập kết rác thải",
    "hồ sơ thủ tục hành chính trực tuyến",
    "nguồn thu trên địa bàn",
    "các tuyến phố văn minh đô thị",
    "công tác phòng cháy, chữa cháy tại khu dân cư",
    "việc cấp giấy chứng nhận quyền sử dụng đất",
    "các kiến nghị của cử tri",
    "quy chế làm việc",
    "cơ sở dữ liệu dân cư",
    "các công trình chào mừng ngày thành lập quận",
)
PRODUCTS = _nfc(
    "Báo cáo kết quả gửi UBND quận",
    "Kế hoạch được phê duyệt",
    "Biên bản bàn giao mặt bằng",
    "Tờ trình",
    "Quyết định của UBND quận",
    "Văn bản hướng dẫn",
    "Danh sách các trường hợp vi phạm",
    "Báo cáo tiến độ hằng tuần",
    "Hồ sơ đề xuất dự án",
    "Phương án bồi thường được phê duyệt",
    "",
)
OPENERS = _nfc(
    "Cơ bản nhất trí với báo cáo.",
    "Thống nhất với dự thảo báo cáo do Văn phòng trình bày.",
    "Báo cáo đã đánh giá đầy đủ, sát thực tế.",
    "Xin bổ sung một số ý kiến như sau.",
    "Đề nghị làm rõ thêm một số nội dung.",
    "",
)
RESPONSES = _nfc(
    "UBND quận ghi nhận, giao Phòng Tài chính - Kế hoạch tham mưu.",
    "Đã được giải quyết tại cuộc họp.",
    "Quận sẽ xem xét khi bố trí kế hoạch vốn năm sau.",
    "Giao Văn phòng tổng hợp, báo cáo Thường trực.",
)
GROUP_TITLES = _nfc(
    "Kiến nghị với Quận ủy",
    "Kiến nghị với UBND quận",
    "Kiến nghị với các phòng, ban chuyên môn",
    "Đề xuất của phường {w}",
    "Kiến nghị của cử tri",
    "Kiến nghị với Thành phố",
)
ABSENCE = _nfc("Đi công tác", "Nghỉ phép", "Ốm", "Dự họp tại Thành phố", "Bận việc đột xuất")
GROUPS = _nfc(
    "Đại diện lãnh đạo các phòng, ban, ngành của quận",
    "Tập thể Đảng ủy phường {w}",
    "Các đồng chí Bí thư chi bộ, Tổ trưởng tổ dân phố",
    "Đại diện Mặt trận Tổ quốc và các đoàn thể",
)
LOCATIONS = _nfc(
    "Phòng họp 1, Trụ sở Quận ủy",
    "Hội trường UBND quận",
    "Phòng họp tầng 3, UBND phường {w}",
    "Hiện trường dự án {p}",
    "Phòng họp trực tuyến",
    "Hội trường Trung tâm Chính trị quận",
)
CANCEL_REASONS = _nfc(
    "Nội dung đã được thực hiện theo nhiệm vụ khác",
    "Dự án tạm dừng theo chỉ đạo của Thành phố",
    "Không còn phù hợp với tình hình thực tế",
    "Điều chỉnh theo Thông báo kết luận mới",
)
FIGURES: tuple[tuple[str, str, int, int], ...] = tuple(
    (unicodedata.normalize("NFC", label), unicodedata.normalize("NFC", unit), low, high)
    for label, unit, low, high in (
        ("Tổng thu ngân sách", "đồng", 5_000_000_000, 90_000_000_000),
        ("Thu thuế ngoài quốc doanh", "triệu đồng", 500, 40_000),
        ("Số hộ đã bàn giao mặt bằng", "hộ", 3, 400),
        ("Số vụ vi phạm trật tự xây dựng được phát hiện", "vụ", 0, 120),
        ("Số hồ sơ thủ tục hành chính tiếp nhận", "hồ sơ", 100, 20_000),
        ("Tỷ lệ hồ sơ giải quyết đúng hạn", "%", 80, 100),
        ("Diện tích đất đã thu hồi", "m²", 200, 90_000),
        ("Số công trình hoàn thành", "công trình", 1, 40),
        ("Số lượt tiếp công dân", "lượt", 10, 800),
        ("Giải ngân vốn đầu tư công", "triệu đồng", 1_000, 500_000),
        ("Số tuyến phố văn minh đô thị", "tuyến", 1, 30),
        ("Số đảng viên mới được kết nạp", "đảng viên", 0, 60),
    )
)


class TextMaker:
    """Sentences for one generator run, drawn from the banks with its seeded random source."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def pick(self, items: tuple[str, ...]) -> str:
        return items[self.rng.randrange(len(items))]

    def person_name(self) -> tuple[str, bool]:
        """A full name and whether it is a man's."""
        male = self.rng.random() < 0.6
        family = self.rng.choices(FAMILY, FAMILY_WEIGHTS)[0]
        middle = self.pick(MIDDLE_MALE if male else MIDDLE_FEMALE)
        given = self.pick(GIVEN_MALE if male else GIVEN_FEMALE)
        if self.rng.random() < 0.15:  # a second middle name: Nguyễn Thị Thu Hương
            middle = f"{middle} {self.pick(MIDDLE_MALE if male else MIDDLE_FEMALE)}"
        return f"{family} {middle} {given}", male

    def fill(self, template: str, year: int) -> str:
        return template.format(y=year, w=self.pick(WARDS), p=self.pick(PROJECTS))

    def short_date(self, day: date) -> str:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"

    def meeting_title(self, day: date) -> tuple[str, str]:
        """A title and the meeting kind it implies."""
        r, y, m, topic = self.rng.random(), day.year, day.month, self.pick(TOPICS)
        if r < 0.25:
            return f"Giao ban công tác {topic} tháng {m}/{y}", "regular"
        if r < 0.40:
            return f"Họp thường kỳ UBND quận tháng {m}/{y}", "regular"
        if r < 0.55:
            return (
                f"Ban Thường vụ Quận ủy làm việc với Đảng ủy phường {self.pick(WARDS)} về {topic}",
                "working_session",
            )
        if r < 0.70:
            return (
                f"Họp triển khai công tác giải phóng mặt bằng dự án {self.pick(PROJECTS)}",
                "working_session",
            )
        if r < 0.80:
            half = "6 tháng đầu năm" if m <= 7 else "9 tháng" if m <= 10 else "năm"
            return f"Hội nghị sơ kết công tác {topic} {half} {y}", "conference"
        if r < 0.88:
            return f"Kiểm tra tiến độ dự án {self.pick(PROJECTS)}", "working_session"
        if r < 0.95:
            return f"Họp Ban Chỉ đạo {topic} quận Long Biên quý {(m - 1) // 3 + 1}/{y}", "regular"
        return f"Họp đột xuất về {self.pick(ISSUES)} tại phường {self.pick(WARDS)}", "extraordinary"

    def big_title(self, day: date) -> str:
        return f"Hội nghị tổng kết công tác năm {day.year - 1} và triển khai nhiệm vụ năm {day.year}"

    def plan_title(self, day: date) -> str:
        return f"Hội nghị triển khai Kế hoạch thực hiện các nhiệm vụ trọng tâm năm {day.year}"

    def observation(self, year: int) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.2:
            return (
                f"Công tác {self.pick(TOPICS)} trên địa bàn phường {self.pick(WARDS)} còn "
                f"{self.pick(ISSUES)}."
            )
        if r < 0.4:
            return (
                f"Tiến độ dự án {self.pick(PROJECTS)} còn chậm so với kế hoạch, mới đạt "
                f"{rng.randint(20, 90)}% khối lượng, nguyên nhân do {self.pick(CAUSES)}."
            )
        if r < 0.55:
            return (
                f"Năm {year}, tổng thu ngân sách trên địa bàn đạt {rng.randint(12, 95)},{rng.randint(1, 9)} "
                f"tỷ đồng, bằng {rng.randint(70, 130)}% dự toán."
            )
        if r < 0.7:
            return (
                f"Việc {self.pick(ACTIONS)} {self.fill(self.pick(OBJECTS), year)} còn chậm do "
                f"{self.pick(CAUSES)}."
            )
        if r < 0.85:
            return (
                f"Đã vận động {rng.randint(3, 120)} hộ dân bàn giao mặt bằng, còn {rng.randint(1, 30)} hộ "
                f"chưa đồng thuận."
            )
        return f"Cần quan tâm hơn nữa đến {self.fill(self.pick(OBJECTS), year)}."

    def proposal(self, year: int, unit: str) -> str:
        rng = self.rng
        if rng.random() < 0.5:
            return (
                f"Đề nghị {unit} {self.pick(ACTIONS)} {self.fill(self.pick(OBJECTS), year)} trong "
                f"tháng {rng.randint(1, 12)}/{year}."
            )
        return (
            f"Đề nghị quận hỗ trợ kinh phí {rng.randint(50, 5000)} triệu đồng để "
            f"{self.pick(ACTIONS)} {self.fill(self.pick(OBJECTS), year)}."
        )

    def contribution(self, year: int, unit: str) -> str:
        parts = [self.pick(OPENERS)]
        parts += [self.observation(year) for _ in range(self.rng.randint(2, 5))]
        parts.append(self.proposal(year, unit))
        return " ".join(p for p in parts if p)

    def conclusion(self, year: int, lead: str, other: str, due: date | None) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.15:
            return (
                f"Ghi nhận, biểu dương kết quả công tác {self.pick(TOPICS)} của phường {self.pick(WARDS)} "
                f"năm {year}."
            )
        if r < 0.3:
            return (
                f"Yêu cầu phường {self.pick(WARDS)} tập trung khắc phục {self.pick(ISSUES)}, không để "
                f"phát sinh mới."
            )
        when = f", hoàn thành trước ngày {self.short_date(due)}" if due else ""
        return (
            f"Giao {lead} chủ trì, phối hợp với {other} {self.pick(ACTIONS)} "
            f"{self.fill(self.pick(OBJECTS), year)}{when}."
        )

    def task(self, year: int) -> str:
        rng = self.rng
        text = f"{self.pick(ACTIONS).capitalize()} {self.fill(self.pick(OBJECTS), year)}"
        if rng.random() < 0.5:
            text += f" trên địa bàn phường {self.pick(WARDS)}"
        if rng.random() < 0.3:
            text += f"; tập trung xử lý {self.pick(ISSUES)}"
        return text

    def recommendation(self, year: int) -> str:
        rng = self.rng
        if rng.random() < 0.5:
            return (
                f"Đề nghị quận bố trí vốn để triển khai dự án {self.pick(PROJECTS)} trong năm "
                f"{year + rng.randint(0, 1)}."
            )
        return f"Đề nghị có hướng dẫn cụ thể về {self.fill(self.pick(OBJECTS), year)} do {self.pick(CAUSES)}."

    def progress_note(self, percent: int, day: date) -> str:
        rng = self.rng
        r = rng.random()
        if percent >= 100:
            return f"Đã hoàn thành, có văn bản báo cáo số {rng.randint(10, 999)}/BC-UBND ngày {self.short_date(day)}."
        if r < 0.35:
            return f"Đã hoàn thành {percent}% khối lượng; đang {self.pick(ACTIONS)} {self.fill(self.pick(OBJECTS), day.year)}."
        if r < 0.6:
            return f"Đã tổ chức {rng.randint(1, 8)} cuộc họp vận động {rng.randint(2, 60)} hộ dân."
        if r < 0.8:
            return f"Đã ban hành văn bản số {rng.randint(10, 999)}/UBND-QLĐT ngày {self.short_date(day)}."
        return f"Vướng mắc: {self.pick(CAUSES)}; đề nghị quận hỗ trợ."

    def report_title(self, year: int) -> str:
        return (
            f"Báo cáo kết quả công tác {self.pick(TOPICS)} năm {year}, phương hướng nhiệm vụ năm {year + 1}"
        )

    def report_summary(self, year: int) -> str:
        return " ".join(self.observation(year) for _ in range(self.rng.randint(2, 4)))
