"""Key issues and the dot vote: the ranked list, issues from the gaps of a round, the ballot.

Reading needs `actionplans.view_plan`, writing issues `edit_plan`, placing dots `vote` (core
group only) and running the ballot `manage_plan`. The vote is an htmx fragment of the list page
and works as a plain form too.
"""

import hashlib

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from actionplans.forms.key_issues import (
    BallotSettingsForm,
    KeyIssueForm,
    KeyIssueFromGapsForm,
    RoundChoiceForm,
    VoteForm,
)
from actionplans.models import KeyIssue
from actionplans.selectors.key_issues import ballot_of, ballot_voters, key_issues_ranked
from actionplans.services import key_issues as key_issue_services
from assessments.models import Question
from assessments.selectors.results import round_results
from cdfacil.web import (
    ItemPages,
    act_and_redirect,
    apply_errors,
    confirm_action,
    event_page,
    form_page,
    model_form_page,
)
from events.models import Participation
from events.permissions import event_view

GAPS_SHOWN = 20
# How often the list asks whether anything changed while the vote is open.
POLL_SECONDS = 5


def _list_url(event) -> str:
    return reverse("actionplans:key_issue_list", args=[event.pk])


def _list_context(request, event, **extra) -> dict:
    """What the list and its fragment show; a fixed number of queries whatever the data.

    While the vote is open and not revealed, nobody sees the totals nor the ranking they make
    (the issues come in the order they were written); the facilitator sees who still has dots.
    """
    can_vote = request.user.has_perm("actionplans.vote", event)
    can_manage = request.user.has_perm("actionplans.manage_plan", event)
    ballot = ballot_of(event=event)
    shown = ballot.totals_shown
    issues = list(
        key_issues_ranked(event=event, user=request.user if can_vote else None, ranked=shown)
    )
    if not shown:
        for issue in issues:
            issue.total_dots = None
    voters = ballot_voters(event=event) if can_manage else []
    for voter in voters:
        voter.dots_left = max(ballot.dots_per_member - voter.dots_spent, 0)
    spent = sum(issue.my_dots for issue in issues)
    can_edit = request.user.has_perm("actionplans.edit_plan", event)
    context = {
        "event": event,
        "issues": issues,
        "ballot": ballot,
        "is_closed": ballot.is_closed,
        "totals_shown": shown,
        "can_vote": can_vote and not ballot.is_closed,
        "is_voter": can_vote,
        "can_edit": can_edit,
        # The services' own rule: issues are written, changed and removed until the vote closes.
        "can_change_issues": can_edit and not ballot.is_closed,
        "can_manage": can_manage,
        "dots_spent": spent,
        "dots_left": max(ballot.dots_per_member - spent, 0),
        "voters": voters,
        "waiting": [voter for voter in voters if voter.dots_left],
        "dots_placed": sum(voter.dots_spent for voter in voters),
        "poll_seconds": POLL_SECONDS,
        "errors": [],
        "error_issue_pk": None,
        "typed_dots": None,
    }
    context["state"] = _state(context)
    context.update(extra)
    return context


def _state(context) -> str:
    """A fingerprint of what the person sees: the page asks every few seconds and gets the list
    again only when it changed (204 otherwise, so nothing half typed is replaced)."""
    ballot = context["ballot"]
    seen = (
        ballot.dots_per_member,
        ballot.closed_at,
        ballot.revealed_at,
        context["can_vote"],
        context["can_change_issues"],
        [
            (
                issue.pk,
                issue.title,
                issue.description,
                issue.source,
                [question.code for question in issue.questions.all()],
                issue.total_dots,
                issue.my_dots,
            )
            for issue in context["issues"]
        ],
        [(voter.pk, voter.dots_spent) for voter in context["voters"]],
    )
    return hashlib.sha256(repr(seen).encode()).hexdigest()[:16]


@event_view("actionplans.view_plan")
def key_issue_list(request, event):
    context = _list_context(request, event)
    if request.htmx and "v" in request.GET:
        if request.GET["v"] == context["state"]:
            return HttpResponse(status=204)
        return render(request, "actionplans/key_issue_list.html#issues", context)
    return render(request, "actionplans/key_issue_list.html", context)


@require_POST
@event_view("actionplans.vote")
def ballot_vote(request, event):
    """Set one's dots on one issue; the list comes back with the new totals, or the refusal."""
    form = VoteForm(request.POST, event=event)
    errors = []
    issue_pk = None
    if form.is_valid():
        key_issue = form.cleaned_data["key_issue"]
        issue_pk = key_issue.pk
        try:
            if form.cleaned_data["step"] is not None:
                key_issue_services.vote_step(
                    key_issue=key_issue, by=request.user, step=form.cleaned_data["step"]
                )
            else:
                key_issue_services.vote_cast(
                    key_issue=key_issue, by=request.user, dots=form.cleaned_data["dots"]
                )
        except ValidationError as error:
            errors = error.messages
    else:
        errors = [message for messages_ in form.errors.values() for message in messages_]
        issue_pk = form.cleaned_data["key_issue"].pk if "key_issue" in form.cleaned_data else None
    if not errors and not request.htmx:
        messages.success(request, _("Your dots were saved."))
        return redirect(_list_url(event) + (f"#issue-{issue_pk}" if issue_pk else ""))
    context = _list_context(
        request,
        event,
        errors=errors,
        error_issue_pk=issue_pk,
        typed_dots=request.POST.get("dots", "")[:10] if errors else None,
    )
    if request.htmx:
        return render(request, "actionplans/key_issue_list.html#issues", context)
    # Without JavaScript a refusal shows on the whole page, with the number typed kept.
    return render(request, "actionplans/key_issue_list.html", context)


# --- Writing and editing issues ---------------------------------------------------------------


@event_view("actionplans.edit_plan")
def key_issue_create(request, event):
    """Write a key issue that does not come from a gap."""

    def save(form):
        key_issue_services.key_issue_create(
            event=event,
            title=form.cleaned_data["title"],
            description=form.cleaned_data["description"],
            source=KeyIssue.Source.GROUP,
            by=request.user,
        )

    return model_form_page(
        request,
        event=event,
        form=KeyIssueForm(request.POST or None),
        save=save,
        title=_("Write a key issue"),
        success_message=_("The key issue was added."),
        done_url=_list_url(event),
    )


@event_view("actionplans.edit_plan")
def key_issue_from_gaps(request, event):
    """Tick some of the largest gaps of a round (the latest by default) and name the issue."""
    rounds = event.assessment_rounds.select_related("version").order_by("-number")
    chooser = RoundChoiceForm(request.GET or None, rounds=rounds)
    chosen = None
    if request.method == "POST":
        chosen = rounds.filter(pk=_int_or_none(request.POST.get("round"))).first()
    elif chooser.is_bound and chooser.is_valid():
        chosen = chooser.cleaned_data["round"]
    if chosen is None:
        chosen = rounds.first()
    if chosen is not None:
        chosen.event = event
        chooser = RoundChoiceForm(initial={"round": chosen.pk}, rounds=rounds)
    can_see = chosen is not None and request.user.has_perm("assessments.view_results", chosen)
    priorities = (
        round_results(assessment_round=chosen)["priorities"][:GAPS_SHOWN] if can_see else []
    )
    form = KeyIssueFromGapsForm(
        request.POST if request.method == "POST" else None, priorities=priorities
    )
    if request.method == "POST":
        valid = form.is_valid()
        if chosen is None or str(chosen.pk) != request.POST.get("round"):
            form.add_error(None, _("Choose one of this event's rounds."))
        elif valid:
            questions = list(
                Question.objects.filter(pk__in=form.cleaned_data["questions"]).order_by("code")
            )
            try:
                key_issue_services.key_issue_create(
                    event=event,
                    title=form.cleaned_data["title"],
                    description=form.cleaned_data["description"],
                    source=KeyIssue.Source.GAP,
                    assessment_round=chosen,
                    questions=questions,
                    by=request.user,
                )
            except ValidationError as error:
                apply_errors(form, error)
            else:
                messages.success(request, _("The key issue was added."))
                return redirect(_list_url(event))
    return event_page(
        request,
        event,
        "actionplans/key_issue_from_gaps.html",
        chooser=chooser,
        chosen=chosen,
        can_see_results=can_see,
        priorities=priorities,
        form=form,
        has_rounds=chosen is not None,
    )


def _int_or_none(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _update(form) -> KeyIssue:
    return key_issue_services.key_issue_update(
        key_issue=form.instance,
        title=form.cleaned_data["title"],
        description=form.cleaned_data["description"],
    )


key_issue_pages = ItemPages(
    guard=event_view("actionplans.edit_plan"),
    items="key_issues",
    form=KeyIssueForm,
    save=lambda request, form: _update(form),
    remove=lambda key_issue: key_issue_services.key_issue_delete(key_issue=key_issue),
    list_url=_list_url,
    edit_title=_("Edit the key issue"),
    saved=_("The key issue was saved."),
    remove_title=_("Remove this key issue?"),
    remove_message=lambda key_issue: (
        _("“%(title)s” will be removed; the dots placed on it go back to the members.")
        % {"title": key_issue.title}
    ),
    remove_button=_("Remove the key issue"),
    removed=lambda key_issue: (
        _("The key issue “%(title)s” was removed.") % {"title": key_issue.title}
    ),
)
key_issue_delete = key_issue_pages.delete


@event_view("actionplans.edit_plan")
def key_issue_edit(request, event, pk):
    """The edit page; once the vote is closed it says so instead (the service refuses too)."""
    if request.method != "POST" and ballot_of(event=event).is_closed:
        messages.info(
            request, _("The vote is closed; the ranking is final. No issue can be changed.")
        )
        return redirect(_list_url(event))
    key_issue = get_object_or_404(event.key_issues, pk=pk)
    return model_form_page(
        request,
        event=event,
        form=KeyIssueForm(request.POST or None, instance=key_issue),
        save=_update,
        title=_("Edit the key issue"),
        success_message=_("The key issue was saved."),
        done_url=_list_url(event),
    )


# --- Running the ballot -----------------------------------------------------------------------


@event_view("actionplans.manage_plan")
def ballot_settings(request, event):
    ballot = ballot_of(event=event)
    if ballot.closed_at:
        messages.info(request, _("The vote is closed; its settings can no longer change."))
        return redirect(_list_url(event))
    form = BallotSettingsForm(request.POST or None, instance=ballot)
    if request.method == "POST" and form.is_valid():
        try:
            key_issue_services.ballot_settings_update(
                event=event, dots_per_member=form.cleaned_data["dots_per_member"]
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, _("The dots per member were saved."))
            return redirect(_list_url(event))
    core_group = event.participations.filter(role=Participation.Role.CORE_GROUP).count()
    return form_page(
        request,
        event=event,
        form=form,
        title=_("Dot vote settings"),
        cancel_url=_list_url(event),
        intro=_(
            "%(count)d core-group members vote. Members can move their dots until you close "
            "the vote."
        )
        % {"count": core_group},
    )


@event_view("actionplans.manage_plan")
def ballot_close(request, event):
    if request.method != "POST" and ballot_of(event=event).closed_at:
        messages.info(request, _("The vote is already closed."))
        return redirect(_list_url(event))
    return confirm_action(
        request,
        act=lambda: key_issue_services.ballot_close(event=event),
        done_message=_("The vote is closed; the ranking is final."),
        done_url=_list_url(event),
        event=event,
        title=_("Close the dot vote?"),
        message=_(
            "Members can no longer move their dots, and key issues can no longer be added, "
            "changed or removed. The ranking as it stands becomes final."
        ),
        button=_("Close the vote"),
    )


@require_POST
@event_view("actionplans.manage_plan")
def ballot_reveal(request, event):
    """Show the totals to everyone while the vote goes on, or hide them again."""
    revealed = request.POST.get("revealed") == "1"
    return act_and_redirect(
        request,
        act=lambda: key_issue_services.ballot_reveal(event=event, revealed=revealed),
        done_message=(
            _("The totals now show to everyone.") if revealed else _("The totals are hidden again.")
        ),
        done_url=_list_url(event),
    )
