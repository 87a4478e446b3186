"""The plan report as a logframe, read back from the PDF of the demo's endorsed version: the
results chain, the timeline, the cost per objective, the funding now, the endorsement record
with its rule, tally and signatures, and how to check the fingerprint."""

import io
import re

import pypdf
import pytest
from django.core.management import call_command
from django.db import transaction

from actionplans.models import PlanVersion
from actionplans.selectors.versions import snapshot_actions
from builders.demo.content import FOLLOW_UP_TITLE
from cdfacil import pdf, reports, services
from events.models import Event

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def printed(django_db_setup, django_db_blocker):
    """The demo's endorsed plan, printed in English and French: (version, {language: (html,
    text)}). Rendered once for the module, in a transaction rolled back after."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("seed_demo", stdout=io.StringIO())
        event = Event.objects.get(title=FOLLOW_UP_TITLE)
        version = PlanVersion.objects.get(plan__event=event, status=PlanVersion.Status.ENDORSED)
        kind = reports.get("plan")
        documents = {}
        for language in ("en", "fr"):
            html = services.report_html(kind=kind, subject=version, language=language)
            data, _pages = pdf.render_pdf(html)
            reader = pypdf.PdfReader(io.BytesIO(data))
            documents[language] = (html, [page.extract_text() for page in reader.pages])
        snapshot = version.snapshot
        fingerprint = version.fingerprint
        transaction.set_rollback(True)
    return snapshot, fingerprint, documents


def flat(texts) -> str:
    return re.sub(r"\s+", " ", " ".join(texts)).replace("\xa0", " ")


def test_the_results_chain_has_its_columns_indicators_and_actions(printed):
    snapshot, _fingerprint, documents = printed
    text = flat(documents["en"][1])
    for column in (
        "Indicator",
        "Baseline",
        "Target",
        "Means of verification",
        "Action",
        "Responsible",
        "Dates",
        "Method",
        "Cost",
        "Funding now",
    ):
        assert column in text
    objective = snapshot["objectives"][0]
    assert f"Objective 1: {objective['title']}" in text
    output = objective["outputs"][0]
    assert f"Output 1.1: {output['title']}" in text
    # An output indicator with its years and means of verification: "20 (2026) 120 (2029)".
    indicator = output["indicators"][0]
    assert indicator["baseline_year"] and indicator["means_of_verification"]
    assert f"({indicator['baseline_year']})" in text and f"({indicator['target_year']})" in text
    row = text[text.index(indicator["description"][:30]) :][:400]
    assert "20 (2026)" in row and "120 (2029)" in row and "Ministry of Health" in row
    assert "20.00" not in text and "120.00 (" not in text  # indicator values without ".00"
    # Each action's row names its linked indicator, its dates in words and its method.
    first = snapshot_actions(snapshot)[0]
    row = text[text.index(first["title"]) :][:300]
    assert indicator["description"][:25] in row
    assert "1 October 2026" in row and "Coaching" in row and "180,000.00 USD" in row


def test_action_1_prints_its_funding_now_beside_its_status_at_freezing(printed):
    snapshot, _fingerprint, documents = printed
    text = flat(documents["en"][1])
    first = snapshot_actions(snapshot)[0]
    # Frozen as not funded; a committed pledge of USD 100,000 to its USD 180,000 since.
    assert first["funding_status"] == "unfunded"
    row = text[text.index(first["title"]) :][:400]
    assert "Partly funded at freezing: Not funded" in row
    # Per currency: the cost, and how much of it lies in funded, partly and not funded actions,
    # never a donor or a pledged sum (stakeholders read this document too).
    assert "USD 478,000.00 USD 0.00 USD 180,000.00 USD 298,000.00 USD" in text
    assert "UGX 510,000,000 UGX 0 UGX 0 UGX 510,000,000 UGX" in text
    assert "Donors and pledged amounts are not printed" in text
    assert "European Union" not in text.split("Funding now")[-1].split("Endorsement record")[0]


def test_ugx_has_no_decimals(printed):
    _snapshot, _fingerprint, documents = printed
    for language in ("en", "fr"):
        text = flat(documents[language][1])
        assert re.search(r"510[ ,.]000[ ,.]000 UGX", text), language
        assert not re.search(r"\d[.,]00 UGX", text), language


def test_the_timeline_is_an_svg_with_a_row_per_action_numbered_as_the_table(printed):
    snapshot, _fingerprint, documents = printed
    html = documents["en"][0]
    charts = re.findall(r'<figure class="lf-gantt">.*?</figure>', html, re.S)
    assert len(charts) == 1 and "<svg" in charts[0]
    assert 'font-family="DejaVu Sans"' in charts[0]
    for number, action in enumerate(snapshot_actions(snapshot), start=1):
        assert f">{number}. {action['title'][:20]}" in charts[0]
    assert "Timeline" in flat(documents["en"][1])


def test_the_cost_per_objective_and_for_the_whole_plan(printed):
    _snapshot, _fingerprint, documents = printed
    text = flat(documents["en"][1])
    costs = text[text.index("Cost per objective") :]
    assert "UGX 450,000,000 UGX" in costs and "USD 275,000.00 USD" in costs
    assert "The whole plan UGX 510,000,000 UGX" in costs


def test_the_endorsement_record_has_the_rule_the_tally_and_a_signature_block(printed):
    _snapshot, _fingerprint, documents = printed
    text = flat(documents["en"][1])
    assert "The rule: a version is endorsed when the lead government organisation" in text
    assert "The lead government organisation, Ministry of Health (MoH), endorsed it" in text
    majority = "7 of the 8 organisations that took a position endorsed it, and a majority is 5"
    assert f"{majority}: met." in text
    tally = text[text.index("Position Organisations") :][:200]
    assert "Endorse 5 Endorse with reservations 2 Object 1 Abstain 0" in tally
    signatures = text[text.index("Signatures") :]
    assert "For the lead ministry: Ministry of Health (MoH)" in signatures
    assert signatures.count("Facilitator") == 2
    assert signatures.count("Signature:") == 3 and signatures.count("Date:") == 3


def test_every_page_carries_the_fingerprint_and_one_line_says_how_to_check_it(printed):
    _snapshot, fingerprint, documents = printed
    texts = documents["en"][1]
    for page in texts:
        assert fingerprint in page.replace(" ", "").replace("\n", "")
    text = flat(texts)
    assert (
        "the fingerprint is the SHA-256 of the canonical JSON that the plan's page offers for "
        "download"
    ) in text
    assert "/donors/plans/" in text


def test_the_french_plan_puts_its_colons_as_french_does(printed):
    _snapshot, _fingerprint, documents = printed
    html, texts = documents["fr"]
    assert "Objectif 1\xa0: " in html and "Produit 1.1\xa0: " in html
    text = flat(texts)
    assert "Objectif 1:" not in text and ".:" not in text
    assert 'Partiellement financé<br><span class="muted">au gel\xa0: Non financé' in html
    assert "1 octobre 2026" in text
