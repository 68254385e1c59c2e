"""The words official and typed minutes use, folded (no accents, đ -> d, lower case), Vietnamese and English.

Patterns here are matched against :func:`minutes.archive.textutil.afold` of a line, so "Thành phần tham
dự", "THÀNH PHẦN THAM DỰ" and "Thanh phan tham du" are the same. Keep them anchored and specific: a
label is only a label at the start of a line.
"""

from __future__ import annotations

import re

# ------------------------------------------------------------------------------------------- header
STATE_NATION = re.compile(r"^cong hoa xa hoi chu nghia viet nam$")
STATE_MOTTO = re.compile(r"^doc lap\s*[-–]\s*tu do\s*[-–]\s*hanh phuc$")
PARTY_NAME = re.compile(r"^dang cong san viet nam$")
RULE = re.compile(r"^[\s*_\-–—=.~]+$")
REFERENCE = re.compile(r"^(?:so|no\.?|ref\.?|reference)\s*[:.]?\s*(.*)$")
#: The type of document, alone on its line or followed by the subject.
DOC_TYPE = re.compile(
    r"^(?P<type>bien ban|thong bao ket luan|thong bao|minutes of (?:the )?meeting|meeting minutes|minutes(?: of the)?|"
    r"conclusion notice|notice of conclusions|notice)\b[\s:.]*(?P<rest>.*)$"
)
SUBJECT_PREFIX = re.compile(r"^(?:v/v|ve viec|ve|trich yeu|subject|re)\s*[:.]?\s*")

# ------------------------------------------------------------------------------------------- labels
#: Labelled fields at the start of a line: the value follows (on the line or on the next ones).
LABELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("start", re.compile(r"^(?:thoi gian bat dau|thoi gian hop|thoi gian|bat dau|vao luc|vao hoi|start(?: time)?|time|"
                         r"date and time|date)\s*[:.]\s*")),
    ("location", re.compile(r"^(?:dia diem(?: hop)?|noi hop|venue|location|place)\s*[:.]\s*")),
    ("attendance", re.compile(r"^(?:thanh phan tham du(?: cuoc hop| hoi nghi)?|thanh phan du hop|thanh phan|"
                              r"thanh phan moi|co mat|dai bieu tham du|attendance|attendees|present|participants|"
                              r"in attendance)\s*(?:gom(?: co)?|:)?\s*")),
    ("absent", re.compile(r"^(?:vang mat(?: co ly do)?|vang|absent|apologies|absent with apologies)\s*:\s*")),
    ("chair", re.compile(r"^(?:chu tri(?: \(chu toa\))?(?: cuoc hop| hoi nghi)?|chu toa(?: cuoc hop)?|"
                         r"chair(?:ed by|person|man)?)\s*[:.]\s*")),
    ("secretary", re.compile(r"^(?:thu ky(?: \(nguoi ghi bien ban\))?(?: cuoc hop| hoi nghi)?|nguoi ghi bien ban|"
                             r"secretary(?: \(minute-taker\))?|minute[- ]taker|minutes taken by|recorder|"
                             r"note[- ]taker)\s*[:.]\s*")),
    ("content", re.compile(r"^(?:noi dung(?: \(theo dien bien cuoc hop\))?(?: cuoc hop| hoi nghi)?|dien bien cuoc hop|"
                           r"proceedings)\s*:?\s*$")),
    ("agenda", re.compile(r"^(?:chuong trinh(?: hop| cuoc hop| hoi nghi| lam viec)?|noi dung chuong trinh|agenda)"
                          r"\s*:?\s*")),
    ("next", re.compile(r"^(?:cuoc hop tiep theo|lan hop tiep theo|phien hop tiep theo|next meeting)\s*[:.]?\s*")),
    ("recipients", re.compile(r"^(?:noi nhan|distribution|copy to|cc)\s*:\s*")),  # RECIPIENTS
    ("project", re.compile(r"^(?:du an|project)\s*:\s*")),
)  # fmt: skip

RECIPIENTS = dict(LABELS)["recipients"]

# ------------------------------------------------------------------------------------------- sections
SECTIONS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("attendance", re.compile(r"^(?:thanh phan(?: tham du| du hop)?|attendance|attendees|participants)\b")),
    ("agenda", re.compile(r"^(?:chuong trinh|agenda)\b")),
    ("reports", re.compile(r"^(?:bao cao|nghe bao cao|noi dung bao cao|report|reports|presentation)s?\b")),
    ("contributions", re.compile(r"^(?:(?:cac )?y kien(?: phat bieu| thao luan| dong gop| cua cac dai bieu)?|"
                                 r"thao luan|phat bieu|discussion|contributions|comments)\b")),
    # the notice's parts by kinds of conclusions; the minutes' "Quyết định, nghị quyết:" (what was adopted)
    ("decisions", re.compile(r"^(?:quyet dinh|decisions|quyet dinh, nghi quyet|decisions and resolutions)$")),
    ("resolutions", re.compile(r"^(?:nghi quyet|resolutions)$")),
    ("conclusions", re.compile(r"^(?:ket luan|y kien chi dao|chi dao cua|conclusions?|decisions?|resolutions?)\b")),
    ("recommendations", re.compile(r"^(?:(?:ve )?kien nghi|(?:ve )?de xuat|(?:on |about )?(?:the )?recommendations?|"
                                   r"proposals?|requests?)\b")),
    ("tasks", re.compile(r"^(?:nhiem vu duoc giao|phan cong(?: nhiem vu)?|giao nhiem vu|action items?|actions?|other tasks|"
                         r"tasks?(?: assigned)?|follow[- ]up actions?|cong viec duoc giao)\b")),
    ("assessment", re.compile(r"^(?:danh gia|assessment)\b")),
    ("directives", re.compile(r"^(?:nhiem vu trong tam|nhiem vu thoi gian toi|nhiem vu,? giai phap|"
                              r"phuong huong|key tasks|tasks ahead)\b")),
    ("implementation", re.compile(r"^(?:to chuc thuc hien|implementation)\b")),
    ("votes", re.compile(r"^(?:bieu quyet|ket qua bieu quyet|voting|vote)\b")),
    ("next", re.compile(r"^(?:cuoc hop tiep theo|lan hop tiep theo|next meeting)\b")),
)  # fmt: skip

# ---------------------------------------------------------------------------------------- sentences
#: "Cuộc họp kết thúc vào 11 giờ 30 phút, ngày ..."; "The meeting closed at 11:30".
CLOSING = re.compile(
    r"(?:^|^there being no further business,\s*)"
    r"(?:cuoc hop|hoi nghi|buoi lam viec|phien hop|ky hop|the meeting|the conference|meeting|the session)\s+"
    r"(?:da\s+)?(?:ket thuc|be mac|closed|ended|adjourned|was closed)\b"
)
#: "RESOLVED that ...", "Nghị quyết: ...": a resolution wherever it stands.
RESOLVED = re.compile(r"^(?:(?:it was )?resolved\b|quyet nghi\s*:|nghi quyet\s*:)")
RECORD_CLOSING = re.compile(r"^bien ban (?:nay )?(?:duoc|da duoc|lap xong|ket thuc)")
#: "Đồng chí ... kết luận:", "Chủ tọa kết luận như sau:", "The chair concluded:".
CONCLUDES = re.compile(
    r"(?:ket luan(?: nhu sau| hoi nghi| cuoc hop)?|concluded(?: as follows)?|summed up)\s*:\s*$"
)
#: The notice's "Sau khi nghe ..., đồng chí ... kết luận như sau:".
HEARD = re.compile(r"^(?:sau khi nghe|having heard|after hearing)\s+")
#: "Có 10 ý kiến phát biểu", "đã có 10 ý kiến", "10 contributions".
CONTRIBUTION_COUNT = re.compile(r"(?:co|da co|gom)?\s*(\d{1,3})\s+(?:luot )?y kien|(\d{1,3})\s+contributions")
NOTICE_CLOSING = re.compile(r"thong bao (?:de|cho) .* (?:biet|thuc hien)|issues this notice")
REPORT_CUE = re.compile(
    r"\b(?:trinh bay|bao cao|thong qua|quan triet|presented|reported on|gave (?:a|the) report)\b"
)
SPEECH_CUE = re.compile(
    r"^(?:phat bieu|y kien|neu y kien|de nghi|cho rang|dong y|thong nhat|bo sung|said|noted|asked|"
    r"suggested|proposed|agreed|raised|commented|explained|reported)\b"
)
ASSIGN = re.compile(r"\b(?:giao(?: cho)?|assigned to|assign)\s+")
LEAD = re.compile(r"\s*(?:\(lead\)|chu tri)\s*")
COORDINATE = re.compile(r"(?:phoi hop(?: voi)?|with|supported by|in coordination with)\s+")
DEADLINE_CUE = re.compile(
    r"(?:thoi han|han hoan thanh|hoan thanh(?: truoc| trong)?|truoc ngay|truoc|xong truoc|bao cao ket qua truoc|"
    r"cham nhat|trong(?= (?:quy|thang|nam|6 thang|tuan))|thuong xuyen|hang (?:thang|quy|nam|tuan)|due|deadline|by|"
    r"within|ongoing)\b"
)
PRODUCT = re.compile(r"(?:san pham|product|output|deliverable)\s*:\s*")
UNASSIGNED = re.compile(r"\[(?:chua giao|not yet assigned)\].*$")
#: The first version's notice under a task without a lead unit: "Chưa giao đơn vị chủ trì; thời hạn trước
#: ngày ...", "Not yet assigned to a lead unit; due ...". A task whose lead is not named.
#: The line the app prints under a decision: "Kết quả biểu quyết: ...", "Vote: ...".
VOTE_LINE = re.compile(r"^(?:ket qua bieu quyet|vote)\s*:\s*")
NO_LEAD = re.compile(r"^(?:chua giao don vi chu tri|not yet assigned to a lead unit)\b\s*[,;.]?\s*")
#: The first version's sentences for an empty section: nothing was recorded there (kept in the notes).
NOTHING_RECORDED = re.compile(
    r"^(?:khong co (?:y kien phat bieu|nhiem vu duoc giao|kien nghi, de xuat)|"
    r"no (?:contributions were made|tasks were assigned|recommendations were made))\.?$"
)
#: "Kết quả biểu quyết: 17/17 đồng chí tán thành (100%)"; "15 for, 2 against, 1 abstention".
VOTES_FOR = re.compile(r"(\d{1,4})(?:\s*(?:/|of)\s*(\d{1,4}))?\s*(?:dong chi|dai bieu|thanh vien|phieu|nguoi|members?)?"
                       r"(?:\s+co mat|\s+present)?\s*(?:\([\d.,]+\s*%\))?\s*"
                       r"(?:tan thanh|dong y|nhat tri|for|in favour|in favor)\b")  # fmt: skip
VOTES_AGAINST = re.compile(
    r"(\d{1,4})\s*(?:dong chi|dai bieu|phieu|nguoi)?\s*(?:khong tan thanh|phan doi|against)"
)
VOTES_ABSTAIN = re.compile(r"(\d{1,4})\s*(?:dong chi|dai bieu|phieu|nguoi)?\s*(?:khong bieu quyet|"
                           r"phieu trang|abstentions?|abstained)")  # fmt: skip

# ------------------------------------------------------------------------------------------- people
HONORIFIC = re.compile(r"^(?:(?:cac )?dong chi|d/c|dc\.|ong|ba|mr\.?|mrs\.?|ms\.?|miss|dr\.?|prof\.?)\s+")
PERSON_SEPARATOR = re.compile(r"\s*(?:\s[-–—]\s|,\s|\(|:\s|;)\s*")
VN_SURNAMES = frozenset(
    "nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh dao truong lam mai trinh ha "
    "luu cao ta to luong chu kieu dam thai la quach trieu tang vuong khong mac ton than lai nghiem au kim "
    "giang luc phung doan chau hua tu khuc vi lo nong hau ninh bach doan cong diep dong tong ong quan khuat "
    "trinh be lieu dieu luyen mau tong thach son".split()
)
#: Words a unit's name starts with ("Phòng Quản lý đô thị", "UBND phường ...").
UNIT_HEAD = re.compile(
    r"^(?:phong|ban|ubnd|hdnd|uy ban|hoi dong|dang uy|dang bo|quan uy|thanh uy|huyen uy|van phong|trung tam|"
    r"cong an|quan su|ban chi huy|hoi|mttq|mat tran|doan|chi bo|truong|tram|so|cuc|chi cuc|to|doi|bo phan|"
    r"cong ty|ban quan ly|bql|ttpt|kho bac|chi nhanh|vien|benh vien|thanh tra|lien doan|cac phong|cac don vi|"
    r"cac co quan|ubmttq|department|team|office|unit|division|committee|board|group|section|contractor|"
    r"consultant|the )\b"
)
#: Verbs that end a list of units ("... phối hợp với Phòng A, Phòng B thực hiện ...").
ACTION_VERB = re.compile(
    r"\s(?:thuc hien|xem xet|giai quyet|kiem tra|ra soat|xay dung|trien khai|to chuc|tham muu|huong dan|"
    r"bao cao|de xuat|xu ly|hoan thanh|tong hop|chuan bi|nghien cuu|don doc|theo doi|lap|trinh|cap nhat|"
    r"khan truong|tap trung|chu dong|tiep tuc|phan cong|ban hanh|dieu chinh|bo sung|hoan thien|lam viec|"
    r"tra loi|quyet toan|thanh toan|giam sat|van dong|tuyen truyen|thong bao|ket noi|chi dao|dam bao|bao dam|"
    r"quan ly|ho tro|thu hoi|cuong che|xac minh|lam ro|to prepare|to review|"
    r"to submit|to update|to draft|to finalise|to finalize|to check|to send|to organise|to organize|to)\b"
)

# ------------------------------------------------------------------------------------------- signatures
SIGNER_ROLE = re.compile(
    r"^(?:t/m|tm\.?|kt\.?|tl\.?|q\.|ttl\.?|tuq\.?|thu ky|chu toa|chu tri|nguoi ghi bien ban|chu tri hoi nghi|"
    r"bi thu|pho bi thu|chu tich|pho chu tich|chanh van phong|pho chanh van phong|truong phong|giam doc|"
    r"secretary|chair|chairperson|on behalf of|for the|minute-taker|project manager|director)\b"
)
SIGNED_MARK = re.compile(r"^\(?\s*(?:da ky|ky,? ghi ro ho ten|ky ten|signed|ky va ghi ro ho ten)\s*\)?\.?$")

# ------------------------------------------------------------------------------------------- kinds
MEETING_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("working_session", re.compile(r"\b(?:lam viec voi|buoi lam viec|working session)\b")),
    ("extraordinary", re.compile(r"\b(?:bat thuong|extraordinary)\b")),
    (
        "regular",
        re.compile(r"\b(?:thuong ky|giao ban|dinh ky|hang thang|thuong le|regular|monthly|weekly)\b"),
    ),
    ("conference", re.compile(r"\b(?:hoi nghi|conference)\b")),
)

#: Kinds of conclusions (interchange v2) by their section or wording.
CONCLUSION_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "resolution",
        re.compile(r"\b(?:bieu quyet thong qua|thong qua nghi quyet|resolved|resolution (?:was )?adopted)\b"),
    ),
    (
        "decision",
        re.compile(
            r"^(?:thong nhat|dong y|quyet dinh|the meeting (?:decided|agreed)|it was (?:decided|agreed))\b"
        ),
    ),
)
