"""Exports of a round: pseudonymised answers, consensus and results, for facilitators only."""

import csv
import io
import zipfile

import openpyxl
import pytest
from django.test import Client
from django.urls import reverse

from assessments import exports
from assessments.models import Question
from assessments.services import answers as answer_services
from builders.factories import OrganisationFactory, UserFactory
from builders.rounds import answered_round, consensus_agreed
from cdfacil.models import AuditEntry
from events.models import Participation
from events.services.people import participation_add
from tests.helpers import client_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def questions(version):
    return list(
        Question.objects.filter(dimension__level__version=version).order_by(
            "dimension__level__order", "dimension__order", "order", "pk"
        )
    )


@pytest.fixture
def members(event, add_core_member):
    """Six members whose names, emails and organisations are easy to look for."""
    organisation = OrganisationFactory(name="Xylophone Ministry of Zebras", acronym="XMZ")
    return [
        add_core_member(
            event,
            organisation,
            is_lead=index == 0,
            username=f"quokka{index}",
            email=f"quokka{index}@secret.example",
            first_name=f"Quinella{index}",
            last_name="Vandersnoot",
        ).user
        for index in range(6)
    ]


def make_round(event, version, members, questions, number_of_respondents):
    def scores(index, _position):
        return {"current": 1 + index % 3, "desired": 4, "evidence": f"Evidence é {index}"}

    return answered_round(
        event=event,
        members=members[:number_of_respondents],
        version=version,
        questions=questions,
        scores=scores,
    )


@pytest.fixture
def assessment_round(event, version, members, questions):
    return make_round(event, version, members, questions, 3)


def export_url(name, assessment_round):
    return reverse(f"assessments:{name}", args=[assessment_round.event_id, assessment_round.pk])


def workbook_of(response):
    return openpyxl.load_workbook(io.BytesIO(response.content))


def csv_rows(response):
    text = response.content.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


def test_workbook_has_the_three_sheets_with_pseudonyms(
    event, assessment_round, facilitator, questions
):
    consensus_agreed(
        assessment_round=assessment_round,
        questions=questions[:1],
        scores=(2, 4),
        rationale="Agreed after discussion",
        dissent="One member thought 3",
        by=facilitator,
    )
    response = client_for(facilitator).get(export_url("export_xlsx", assessment_round))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert response["Content-Disposition"].startswith(
        'attachment; filename="Assessment answers - Health Uganda - Baseline (round 1).xlsx"; '
    )
    workbook = workbook_of(response)
    assert workbook.sheetnames == ["Answers", "Consensus", "Results"]

    answers = list(workbook["Answers"].iter_rows(values_only=True))
    assert answers[0] == (
        "Member",
        "Question code",
        "Question",
        "Answer",
        "Current",
        "Desired",
        "Evidence",
    )
    assert workbook["Answers"]["A1"].font.b
    assert len(answers) == 1 + 3 * len(questions)
    assert {row[0] for row in answers[1:]} == {"Member A", "Member B", "Member C"}
    # Stable order: Member A is the first response, so the one who rated 1 everywhere.
    first = answers[1]
    assert first[:2] == ("Member A", questions[0].code)
    assert first[3:] == ("Rated", 1, 4, "Evidence é 0")
    assert {row[4] for row in answers[1:] if row[0] == "Member C"} == {3}

    consensus = list(workbook["Consensus"].iter_rows(values_only=True))
    assert consensus[1][0] == questions[0].code
    assert consensus[1][2:] == (2, 4, "Agreed after discussion", "One member thought 3")

    results = list(workbook["Results"].iter_rows(values_only=True))
    assert results[0][:3] == ("Level", "Dimension code", "Dimension")
    dimension_codes = {q.dimension.code for q in questions}
    assert {row[1] for row in results[1:]} == dimension_codes
    assert all(row[4] == 4 for row in results[1:])
    consensus_counts = [row[6] for row in results[1:]]
    assert sorted(consensus_counts)[-1] == 1 and sum(consensus_counts) == 1
    assert workbook["Answers"].column_dimensions["C"].width > 20


def test_in_progress_answers_are_not_exported(event, version, members, questions, facilitator):
    assessment_round = answered_round(
        event=event, members=members[:2], version=version, scores=None, submitted=False
    )
    first, second = assessment_round.responses.order_by("pk")
    answer_services.answer_save(
        response=first, question=questions[0], current=2, desired=3, evidence="Draft"
    )
    answer_services.answer_save(
        response=second, question=questions[0], current=3, desired=4, evidence="Final"
    )
    answer_services.response_submit(response=second)
    rows = csv_rows(client_for(facilitator).get(export_url("export_csv", assessment_round)))
    assert len(rows) == 2
    assert rows[1][0] == "Member B" and rows[1][-1] == "Final"


def test_no_name_email_or_organisation_anywhere(event, assessment_round, members, facilitator):
    client = client_for(facilitator)
    xlsx = client.get(export_url("export_xlsx", assessment_round)).content
    csv_text = client.get(export_url("export_csv", assessment_round)).content.decode("utf-8-sig")
    with zipfile.ZipFile(io.BytesIO(xlsx)) as archive:
        xml = "".join(archive.read(name).decode("utf-8") for name in archive.namelist())
    cells = " ".join(
        str(value)
        for sheet in openpyxl.load_workbook(io.BytesIO(xlsx)).worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    )
    assert "Member A" in cells and "Member A" in csv_text
    for person in (*members[:3], facilitator):
        forbidden = [
            person.username,
            person.email,
            person.first_name,
            person.last_name,
            person.organisation.name,
        ]
        for text in filter(None, forbidden):
            for haystack in (xml, cells, csv_text):
                assert text.lower() not in haystack.lower(), text
    assert "XMZ" not in cells and "XMZ" not in csv_text


def test_csv_is_the_answers_table_in_utf8_with_bom(event, assessment_round, facilitator, questions):
    response = client_for(facilitator).get(export_url("export_csv", assessment_round))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith(
        'attachment; filename="Assessment answers - Health Uganda - Baseline (round 1).csv"; '
    )
    assert response.content.startswith(b"\xef\xbb\xbf")
    rows = csv_rows(response)
    assert rows[0][0] == "Member" and len(rows) == 1 + 3 * len(questions)
    assert rows[1][0] == "Member A" and rows[1][-1] == "Evidence é 0"


def hostile_round(event, version, members, questions, facilitator, payloads, rationale, dissent):
    """One member's submitted answers with `payloads` as evidence, and a consensus on the first
    question with a hostile rationale and dissent."""
    assessment_round = answered_round(
        event=event, members=members[:1], version=version, scores=None, submitted=False
    )
    response = assessment_round.responses.get()
    for question, payload in zip(questions, payloads, strict=False):
        answer_services.answer_save(
            response=response, question=question, current=2, desired=3, evidence=payload
        )
    answer_services.response_submit(response=response)
    consensus_agreed(
        assessment_round=assessment_round,
        questions=questions[:1],
        rationale=rationale,
        dissent=dissent,
        by=facilitator,
    )
    return assessment_round


def test_formula_injection_is_neutralised(event, version, members, questions, facilitator):
    payloads = ['=HYPERLINK("http://evil.example","x")', "+1+1", "-2+3", "@SUM(A1:A2)"]
    assessment_round = hostile_round(
        event, version, members, questions, facilitator, payloads, "=1+1", "@cmd"
    )
    client = client_for(facilitator)
    workbook = workbook_of(client.get(export_url("export_xlsx", assessment_round)))
    answers = workbook["Answers"]
    evidence = [answers.cell(row=row, column=7) for row in range(2, 2 + len(payloads))]
    assert [cell.value for cell in evidence] == ["'" + payload for payload in payloads]
    assert all(cell.data_type == "s" for cell in evidence)
    consensus = workbook["Consensus"]
    assert consensus["E2"].value == "'=1+1" and consensus["E2"].data_type == "s"
    assert consensus["F2"].value == "'@cmd"

    rows = csv_rows(client.get(export_url("export_csv", assessment_round)))
    assert [row[6] for row in rows[1:]] == ["'" + payload for payload in payloads]


# Control characters first, so that stripping them (the XML cannot hold them) cannot uncover a
# formula; and tab and carriage return, which spreadsheets also take as a formula's start.
HOSTILE = [
    '\x01=HYPERLINK("http://evil.example","x")',
    "\x1f\x02+1+1",
    "\x0b-2+3",
    "\x08@SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
]


def test_control_characters_do_not_uncover_a_formula(
    event, version, members, questions, facilitator
):
    assessment_round = hostile_round(
        event, version, members, questions, facilitator, HOSTILE, HOSTILE[0], "\x03@cmd"
    )
    client = client_for(facilitator)
    workbook = workbook_of(client.get(export_url("export_xlsx", assessment_round)))
    cells = [cell for sheet in workbook for row in sheet.iter_rows() for cell in row]
    assert [cell.coordinate for cell in cells if cell.data_type == "f"] == []
    evidence = [workbook["Answers"].cell(row=row, column=7).value for row in range(2, 8)]
    assert all(value.startswith("'") for value in evidence), evidence
    assert workbook["Consensus"]["E2"].value == "'" + HOSTILE[0][1:]
    assert workbook["Consensus"]["F2"].value == "'@cmd"

    rows = csv_rows(client.get(export_url("export_csv", assessment_round)))
    assert [row[6] for row in rows[1:]] == [
        "'" + exports.ILLEGAL_CHARACTERS_RE.sub("", payload) for payload in HOSTILE
    ]


def test_safe_cell_leaves_numbers_and_plain_text_alone():
    assert exports.safe_cell(-1) == -1
    assert exports.safe_cell("Plain - text") == "Plain - text"
    assert exports.safe_cell("-3") == "'-3"
    assert exports.pseudonym(0) == "Member A"
    assert exports.pseudonym(25) == "Member Z"
    assert exports.pseudonym(26) == "Member AA"


def test_every_export_is_recorded_in_the_audit_log(event, assessment_round, members, facilitator):
    for name in ("export_xlsx", "export_csv"):
        assert client_for(members[0]).get(export_url(name, assessment_round)).status_code == 403
    assert not AuditEntry.objects.filter(action=AuditEntry.Action.ANSWERS_EXPORTED).exists()

    client = Client(REMOTE_ADDR="198.51.100.9")
    client.force_login(facilitator)
    for name in ("export_xlsx", "export_csv"):
        assert client.get(export_url(name, assessment_round)).status_code == 200
    entries = AuditEntry.objects.filter(action=AuditEntry.Action.ANSWERS_EXPORTED).order_by("pk")
    assert [entry.summary for entry in entries] == [
        f"Answers of assessment round {assessment_round.number} exported (XLSX).",
        f"Answers of assessment round {assessment_round.number} exported (CSV).",
    ]
    for entry in entries:
        assert entry.actor == facilitator and entry.event_id == event.pk
        assert entry.ip_address == "198.51.100.9"
        assert entry.details["round"] == assessment_round.pk


def test_only_facilitators_export(
    event, assessment_round, members, outsider, civil_society_org, make_event
):
    stakeholder = UserFactory(organisation=civil_society_org)
    participation_add(event=event, user=stakeholder, role=Participation.Role.STAKEHOLDER)
    other_facilitator = UserFactory()
    make_event(title="Other event", created_by=other_facilitator)
    for name in ("export_xlsx", "export_csv"):
        url = export_url(name, assessment_round)
        assert client_for(members[0]).get(url).status_code == 403, name
        assert client_for(stakeholder).get(url).status_code == 403, name
        assert client_for(outsider).get(url).status_code == 404, name
        assert client_for(other_facilitator).get(url).status_code == 404, name


def test_round_of_another_event_is_404(event, assessment_round, facilitator, make_event):
    other = make_event(title="Other event")
    url = reverse("assessments:export_xlsx", args=[other.pk, assessment_round.pk])
    assert client_for(facilitator).get(url).status_code == 404


@pytest.mark.parametrize("name", ["export_xlsx", "export_csv"])
def test_export_queries_do_not_grow(
    event, version, members, questions, facilitator, django_assert_num_queries, name
):
    client = client_for(facilitator)
    for size in (3, 6):
        assessment_round = make_round(event, version, members, questions, size)
        consensus_agreed(
            assessment_round=assessment_round, questions=questions[:size], by=facilitator
        )
        with django_assert_num_queries(QUERIES[name]):
            response = client.get(export_url(name, assessment_round))
        assert response.status_code == 200


# Each with the one insert of its audit entry.
QUERIES = {"export_xlsx": 10, "export_csv": 7}
