"""Removing a record that has children (a report with figures, a group with recommendations)."""

from __future__ import annotations

from datetime import date

from minutes.services import Services


def test_a_report_with_figures_and_a_group_with_recommendations_can_be_removed(
    services: Services, fresh: Services
) -> None:
    meeting = services.meetings.create("Họp", date(2021, 1, 19))
    report = services.items.add_report(meeting, title="Báo cáo")
    services.items.add_figure(report, "Tổng thu", "19.885.177.001", "đồng")
    group = services.items.add_group(meeting, "Công tác quản lý đô thị")
    services.items.add_recommendation(group, "Kiến nghị 1")
    other = services.items.add_group(meeting, "Khác")
    services.items.remove_report(report)
    services.items.remove_group(group)
    detail = fresh.meetings.get(meeting)
    assert detail.reports == []
    assert [(g.title, g.position) for g in detail.recommendation_groups] == [("Khác", 0)]
    assert detail.recommendation_groups[0].id == other
