"""The endorsement rule in its edge cases, without a database."""

from actionplans.endorsement import endorsement_outcome

LEAD = 1


def test_lead_and_majority_endorse():
    endorsed, reasons = endorsement_outcome(
        stances={LEAD: "endorse", 2: "reservations", 3: "object"}, lead_organisation_id=LEAD
    )
    assert endorsed and reasons == []


def test_lead_objects_blocks_a_majority():
    endorsed, reasons = endorsement_outcome(
        stances={LEAD: "object", 2: "endorse", 3: "endorse", 4: "endorse"},
        lead_organisation_id=LEAD,
    )
    assert not endorsed
    assert reasons == ["The lead government organisation did not endorse the plan."]


def test_lead_abstaining_or_silent_is_not_endorsing():
    for stances in ({LEAD: "abstain", 2: "endorse"}, {2: "endorse", 3: "endorse"}):
        endorsed, reasons = endorsement_outcome(stances=stances, lead_organisation_id=LEAD)
        assert not endorsed and "did not endorse" in reasons[0]


def test_tie_is_not_a_majority():
    endorsed, reasons = endorsement_outcome(
        stances={LEAD: "endorse", 2: "reservations", 3: "object", 4: "abstain"},
        lead_organisation_id=LEAD,
    )
    assert not endorsed
    assert reasons == [
        "Only 2 of the 4 organisations that took a position endorsed it; a majority is needed."
    ]


def test_nobody_votes():
    endorsed, reasons = endorsement_outcome(stances={}, lead_organisation_id=LEAD)
    assert not endorsed
    assert "No organisation took a position." in reasons


def test_no_lead_organisation():
    endorsed, reasons = endorsement_outcome(stances={2: "endorse"}, lead_organisation_id=None)
    assert not endorsed and reasons[0] == "The core group has no lead government organisation."
