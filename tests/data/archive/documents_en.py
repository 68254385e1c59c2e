"""English test documents, typed for the tests the way project offices and consultants type them:
a project kick-off with a details table, Word bullets and an action-item table owned by people; a
technical meeting in plain paragraphs with inline attendance and "Action:" lines. Invented names."""

from __future__ import annotations

from documents_vi import Facts
from kit import Typed


def bridge_kickoff() -> tuple[Typed, Facts]:
    t = Typed(font="Calibri", size=11)
    t.p("HANOI TRANSPORT WORKS PMU", bold=True)
    t.p("MINUTES OF MEETING", bold=True, center=True)
    t.p("Project kick-off - Bridge Rehabilitation Package 3", bold=True, center=True)
    t.blank()
    t.table([
        ["Date:", "15 March 2022"],
        ["Time:", "09:00 - 11:30"],
        ["Venue:", "Meeting Room 3, PMU office"],
        ["Chair:", "Mr David Nguyen (PMU Director)"],
        ["Minute-taker:", "Ms Linh Pham (Project Secretary)"],
    ], bold_header=False)  # fmt: skip
    t.p("Attendees:", bold=True)
    for line in ("David Nguyen - PMU Director", "John Smith - Lead Engineer, Acme Consulting",
                 "Linh Pham - Project Secretary", "Tom Baker - Contractor Site Manager"):  # fmt: skip
        t.p(line, style="List Bullet")
    t.p("Apologies:", bold=True)
    t.p("Sarah Jones - Design Lead (travelling)", style="List Bullet")
    t.p("Agenda", bold=True)
    t.numbered(["Project scope and schedule", "Site access and safety", "Reporting arrangements"])
    t.p("Discussion", bold=True)
    t.p(
        "John Smith (Lead Engineer): the design review of piers P3 to P5 is complete; two bearings need replacing."
    )
    t.p("Tom Baker (Contractor Site Manager): site access from the east bank is limited until the temporary road "
        "is built.")  # fmt: skip
    t.p("The contractor will submit a traffic management plan with the method statement.")
    t.p("Decisions", bold=True)
    t.p("1. The baseline schedule is approved with completion in December 2023.")
    t.p("2. Monthly progress reports are due on the 5th of each month.")
    t.p("Action items", bold=True)
    t.table([
        ["No.", "Action", "Owner", "Due"],
        ["1", "Submit the traffic management plan", "Tom Baker", "30/03/2022"],
        ["2", "Issue revised bearing drawings", "John Smith and Sarah Jones", "end of April 2022"],
        ["3", "Set up the shared document register", "Linh Pham", "ongoing"],
        ["4", "Complete the temporary access road", "Contractor", "Q3 2022"],
    ])  # fmt: skip
    t.p("Next meeting: 12 April 2022, 09:00, Meeting Room 3.")
    t.p("The meeting closed at 11:30.")
    facts: Facts = {
        "organisation": "Hanoi Transport Works Pmu",
        "title": "Project kick-off - Bridge Rehabilitation Package 3",
        "date": "2022-03-15",
        "start_time": "09:00",
        "end_time": "11:30",
        "location": "Meeting Room 3, PMU office",
        "chair": ["David Nguyen", "PMU Director"],
        "secretary": ["Linh Pham", "Project Secretary"],
        "attendees": [
            ["David Nguyen", "PMU Director", None, "present", None],
            ["John Smith", "Lead Engineer, Acme Consulting", None, "present", None],
            ["Linh Pham", "Project Secretary", None, "present", None],
            ["Tom Baker", "Contractor Site Manager", None, "present", None],
            ["Sarah Jones", "Design Lead", None, "absent", "travelling"],
        ],
        "agenda": ["Project scope and schedule", "Site access and safety", "Reporting arrangements"],
        "contributions": [
            ["John Smith", None, "the design review of piers P3 to P5 is complete; two bearings need replacing."],
            ["Tom Baker", None, "site access from the east bank is limited until the temporary road is built.\n"
             "The contractor will submit a traffic management plan with the method statement."],
        ],
        "conclusions": ["The baseline schedule is approved with completion in December 2023.",
                        "Monthly progress reports are due on the 5th of each month."],
        "tasks": [
            {"text": "Submit the traffic management plan", "people": ["Tom Baker"], "deadline": "2022-03-30"},
            {"text": "Issue revised bearing drawings", "people": ["John Smith", "Sarah Jones"],
             "deadline": "2022-04-30", "deadline_kind": "month", "deadline_wording": "end of April 2022"},
            {"text": "Set up the shared document register", "people": ["Linh Pham"], "deadline_kind": "ongoing"},
            {"text": "Complete the temporary access road", "lead": "Contractor", "deadline": "2022-09-30",
             "deadline_kind": "quarter"},
        ],
        "next_meeting": "2022-04-12",
    }  # fmt: skip
    return t, facts


def water_plant_meeting() -> tuple[Typed, Facts]:
    t = Typed(font="Arial", size=10.5)
    t.p("Minutes of the technical meeting on the Gia Lam water plant upgrade", bold=True)
    t.p("Date: 18 November 2021")
    t.p("Time: 2:00 pm")
    t.p("Location: Site office, Gia Lam water plant")
    t.p("Present: Mr. Peter Tran (Process Engineer); Ms. Hoa Le (Operations Manager); Mr. Kevin Brown "
        "(Electrical Engineer).")  # fmt: skip
    t.p("Absent with apologies: Ms. Mai Dang (Procurement Officer).")
    t.p("Chair: Ms. Hoa Le")
    t.p("1. Pump station commissioning", bold=True)
    t.p("Mr. Peter Tran reported on the pump tests: three of four pumps reached their design flow.")
    t.p("Ms. Hoa Le said the fourth pump must be repaired before the plant takes the new load.")
    t.p("2. Electrical works", bold=True)
    t.p("Mr. Kevin Brown noted that the new switchgear was delivered on 15 November 2021.")
    t.p("Actions:", bold=True)
    t.p("Action: Peter Tran to submit the revised pump schedule by 5 December 2021.")
    t.p("Action: Kevin Brown to complete the switchgear installation by 20 December 2021.")
    t.p("The meeting closed at 4:15 pm.")
    facts: Facts = {
        "title": "Technical meeting on the Gia Lam water plant upgrade",
        "date": "2021-11-18",
        "start_time": "14:00",
        "end_time": "16:15",
        "location": "Site office, Gia Lam water plant",
        "chair": ["Hoa Le", "Operations Manager"],
        "attendees": [
            ["Peter Tran", "Process Engineer", None, "present", None],
            ["Hoa Le", "Operations Manager", None, "present", None],
            ["Kevin Brown", "Electrical Engineer", None, "present", None],
            ["Mai Dang", "Procurement Officer", None, "absent", None],
        ],
        "agenda": ["Pump station commissioning", "Electrical works"],
        "contributions": [
            ["Hoa Le", None, "said the fourth pump must be repaired before the plant takes the new load."],
            ["Kevin Brown", None, "noted that the new switchgear was delivered on 15 November 2021."],
        ],
        "reports": [{"presenter": ["Peter Tran", "Process Engineer"], "title": None, "figures": []}],
        "tasks": [
            {"text": "Action: Peter Tran to submit the revised pump schedule", "people": ["Peter Tran"],
             "deadline": "2021-12-05"},
            {"text": "Action: Kevin Brown to complete the switchgear installation", "people": ["Kevin Brown"],
             "deadline": "2021-12-20"},
        ],
    }  # fmt: skip
    return t, facts
