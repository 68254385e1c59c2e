"""The simplified preview's HTML (used when LibreOffice is missing): content, emphasis, tables, pages."""

from __future__ import annotations

from datetime import date

from minutes.export.documents import build
from minutes.export.html_preview import document_html, page_setup
from minutes.services import Services
from minutes.services.demo import demo_profile


def test_plan_html_keeps_content_emphasis_tables_and_page_breaks(services: Services) -> None:
    meeting = services.meetings.get(services.demo.load())
    doc = build("plan", meeting, demo_profile(), "state", as_of=date(2021, 3, 1))
    html = document_html(doc)
    assert 'font-weight:bold">KẾ HOẠCH</span>' in html
    assert 'text-decoration:underline">Độc lập - Tự do - Hạnh phúc</span>' in html
    assert '<hr width="' in html  # the short rules
    assert 'align="justify"' in html and "text-indent:48px" in html  # 1.27 cm first-line indent
    assert html.count("page-break-before:always") == 1  # the landscape biểu starts a new page
    assert 'colspan="8"' in html and "Nhóm I: mức độ ưu tiên cao" in html
    for task in meeting.tasks:
        assert task.text in html
    assert 'border="0"' in html and 'border="1"' in html  # borderless header, bordered biểu
    assert "Số: &nbsp; &nbsp; &nbsp;/KH-QU" in html  # the blank of the number kept
    setup = page_setup(doc)
    assert (round(setup.width_mm), round(setup.height_mm)) == (210, 297)
    assert tuple(round(m) for m in setup.margins_mm) == (20, 20, 30, 15)
