"""The action-plan app's whole URL list."""

from django.urls import path

from actionplans.views import (
    donors,
    endorsement,
    fingerprints,
    followup,
    key_issues,
    plan,
    versions,
)

app_name = "actionplans"

issues = "events/<int:event_pk>/plan/key-issues/"
plan_prefix = "events/<int:event_pk>/plan/"
version_prefix = plan_prefix + "versions/<int:number>/"
followup_prefix = plan_prefix + "follow-up/"

urlpatterns = [
    # Key issues and the dot vote
    path(issues, key_issues.key_issue_list, name="key_issue_list"),
    path(f"{issues}new/", key_issues.key_issue_create, name="key_issue_create"),
    path(f"{issues}from-gaps/", key_issues.key_issue_from_gaps, name="key_issue_from_gaps"),
    path(f"{issues}<int:pk>/edit/", key_issues.key_issue_edit, name="key_issue_edit"),
    path(f"{issues}<int:pk>/delete/", key_issues.key_issue_delete, name="key_issue_delete"),
    path(f"{issues}vote/", key_issues.ballot_vote, name="ballot_vote"),
    path(f"{issues}vote/settings/", key_issues.ballot_settings, name="ballot_settings"),
    path(f"{issues}vote/close/", key_issues.ballot_close, name="ballot_close"),
    path(f"{issues}vote/reveal/", key_issues.ballot_reveal, name="ballot_reveal"),
    # The editable plan
    path(plan_prefix, plan.plan_detail, name="plan_detail"),
    path(f"{plan_prefix}new/", plan.plan_create, name="plan_create"),
    path(f"{plan_prefix}history/", plan.plan_history, name="plan_history"),
    path(f"{plan_prefix}<str:kind>/new/", plan.plan_part_create, name="plan_part_create"),
    path(f"{plan_prefix}<str:kind>/<int:pk>/edit/", plan.plan_part_edit, name="plan_part_edit"),
    path(
        f"{plan_prefix}<str:kind>/<int:pk>/delete/",
        plan.plan_part_delete,
        name="plan_part_delete",
    ),
    # Frozen versions
    path(f"{plan_prefix}freeze/", versions.plan_freeze, name="plan_freeze"),
    path(version_prefix, versions.version_detail, name="version_detail"),
    path(f"{version_prefix}publish/", versions.version_publish, name="version_publish"),
    path(f"{version_prefix}withdraw/", versions.version_withdraw, name="version_withdraw"),
    # The endorsement
    path(f"{version_prefix}position/", endorsement.version_position, name="version_position"),
    path(f"{version_prefix}close/", endorsement.version_close, name="version_close"),
    # Donors
    path("donors/", donors.donor_portfolio, name="donor_portfolio"),
    path("donors/export.xlsx", donors.donor_portfolio_export, name="donor_portfolio_export"),
    path("donors/plans/<int:version_pk>/", donors.donor_plan, name="donor_plan"),
    # The frozen text whose SHA-256 is the version's fingerprint
    path(
        "donors/plans/<int:version_pk>/canonical.json",
        fingerprints.version_json,
        name="version_json",
    ),
    path(
        "donors/plans/<int:version_pk>/actions/<int:action_pk>/pledge/",
        donors.pledge_create,
        name="pledge_create",
    ),
    path("donors/pledges/<int:pk>/", donors.pledge_edit, name="pledge_edit"),
    path("donors/pledges/<int:pk>/withdraw/", donors.pledge_withdraw, name="pledge_withdraw"),
    path(f"{plan_prefix}pledges/", donors.plan_pledges, name="plan_pledges"),
    # The follow-up
    path(f"{plan_prefix}dashboard/", followup.plan_dashboard, name="plan_dashboard"),
    path(
        "donors/plans/<int:version_pk>/progress/",
        followup.version_progress,
        name="version_progress",
    ),
    path(
        f"{followup_prefix}actions/<int:action_pk>/progress/",
        followup.progress_create,
        name="progress_create",
    ),
    path(
        f"{followup_prefix}indicators/<int:indicator_pk>/measurement/",
        followup.measurement_create,
        name="measurement_create",
    ),
]
