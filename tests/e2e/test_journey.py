"""The whole journey of one event, in the browser, as the people themselves take it.

Only the two accounts nobody can create from the site are made through the ORM (a facilitator
holding `events.add_event`, a donor); invitation links are read from the outbox. Everything else
is clicked and typed: the facilitator creates the event and invites a government-led core group
and two stakeholders, who join through their links; the event moves through its phases; three
members score the assessment on a phone (one leaves halfway and comes back), the facilitator
records a consensus, the group writes key issues and votes with dots, drafts the plan; the
facilitator freezes it, organisations record positions, the endorsement closes endorsed and the
version is published; the event report is made as PDF and downloaded; the donor pledges; a
progress update is recorded.

The facilitator's pages run at desktop and phone widths, the assessment always on a phone. Each
main page is photographed (`shot`) and every page visited is checked with axe-core; the serious
and critical violations of the whole run are asserted at the end, in one list.

`language` is passed through: the event's language, each browser's locale and, for a language
other than English, the footer's language switcher. Words on the pages are asserted only in
English runs.
"""

import pytest

from tests.e2e.helpers import DESKTOP, PHONE
from tests.e2e.journey import Journey, make_accounts
from tests.e2e.journey_event import (
    facilitator_creates_the_event,
    facilitator_invites,
    facilitator_names_the_lead_and_starts,
    facilitator_opens_a_round,
    invitees_join,
    members_fill_the_assessment,
)
from tests.e2e.journey_plan import (
    core_group_drafts_the_plan,
    donor_pledges,
    facilitator_closes_and_publishes,
    facilitator_downloads_the_event_report,
    facilitator_freezes,
    facilitator_records_consensus,
    group_writes_key_issues_and_votes,
    organisations_record_positions,
    progress_is_recorded,
)

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


# --- The test -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("width", "language"),
    [(DESKTOP[0], "en"), (PHONE[0], "en"), (DESKTOP[0], "fr")],
    ids=["desktop-en", "phone-en", "desktop-fr"],
)
def test_the_whole_journey_of_an_event(
    width, language, new_page, sign_in, check_a11y, shot, live_server
):
    make_accounts()
    j = Journey(width=width, language=language, new_page=new_page, check_a11y=check_a11y, shot=shot)

    facilitator_creates_the_event(j, sign_in)
    facilitator_invites(j)
    invitees_join(j)
    facilitator_names_the_lead_and_starts(j)
    facilitator_opens_a_round(j)
    members_fill_the_assessment(j)
    facilitator_records_consensus(j)
    group_writes_key_issues_and_votes(j)
    core_group_drafts_the_plan(j)
    facilitator_freezes(j)
    organisations_record_positions(j)
    facilitator_closes_and_publishes(j)
    facilitator_downloads_the_event_report(j)
    donor_pledges(j, sign_in)
    progress_is_recorded(j)

    print(
        f"\n{width}px, {language}: axe checked {check_a11y.pages_checked} pages "
        f"({check_a11y.seconds:.1f} s), {len(j.shots)} screenshots in {j.shots[0].parent}"
    )
    assert not check_a11y.violations, check_a11y.report()
