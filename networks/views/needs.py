"""The pages of the annual shared-needs round: the rounds of a network, a round's hub, the
steps the secretariat takes, a representative's needs and ballot, consolidation, the result
and its export."""

import zoneinfo

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from cdfacil.downloads import content_disposition, download_name
from cdfacil.web import (
    act_and_redirect,
    apply_errors,
    confirm_action,
    form_saved,
    object_view,
    page_of,
    posted_ids,
    refusal_messages,
)
from networks.exports import XLSX_CONTENT_TYPE, round_workbook
from networks.forms.needs import CandidateForm, MergeForm, NeedForm, RoundForm
from networks.models import Candidate, NeedsRound
from networks.roles import roles_of
from networks.selectors import needs as selectors
from networks.selectors.network import network_for, round_for
from networks.services import needs as services


def _page(request, template, round_, **context):
    return render(request, template, {"network": round_.network, "round": round_, **context})


def _round_url(round_) -> str:
    return reverse("networks:round_detail", args=[round_.pk])


def _in_zone(network):
    return timezone.override(zoneinfo.ZoneInfo(network.time_zone))


def _form_page(request, network, *, form, title, cancel_url, round_=None, intro=None, submit=None):
    return render(
        request,
        "networks/round_form.html",
        {
            "network": network,
            "round": round_,
            "form": form,
            "title": title,
            "cancel_url": cancel_url,
            "intro": intro,
            "submit_label": submit or _("Save"),
        },
    )


# --- Rounds -----------------------------------------------------------------------------------


@object_view("networks.view_network", load=network_for)
def round_list(request, network):
    rounds = selectors.rounds_of_network(network=network)
    if not (request.user.is_superuser or roles_of(request.user, network).in_network):
        # A donor reads only the rounds whose result the network has published.
        rounds = rounds.filter(status=NeedsRound.Status.PUBLISHED)
    rounds = page_of(rounds, request)
    for round_ in rounds.object_list:
        round_.network = network
        round_.is_closed = selectors.round_is_closed(round_)
    return render(
        request,
        "networks/round_list.html",
        {
            "network": network,
            "page": rounds,
            "can_create": request.user.has_perm("networks.manage_network", network),
        },
    )


@object_view("networks.manage_network", load=network_for)
def round_create(request, network):
    with _in_zone(network):
        form = RoundForm(
            request.POST or None,
            initial={"year": timezone.localdate().year},
            time_zone=network.time_zone,
        )
        if request.method == "POST" and form.is_valid():
            try:
                round_ = services.round_create(
                    network=network, by=request.user, **form.cleaned_data
                )
            except ValidationError as error:
                apply_errors(form, error)
            else:
                messages.success(
                    request, _("The round is prepared. Open it when the needs may come in.")
                )
                return redirect(_round_url(round_))
        return _form_page(
            request,
            network,
            form=form,
            title=_("New shared-needs round"),
            cancel_url=reverse("networks:round_list", args=[network.pk]),
        )


@object_view("networks.manage_round", load=round_for)
def round_edit(request, round_):
    network = round_.network
    with _in_zone(network):
        form = RoundForm(request.POST or None, instance=round_, time_zone=network.time_zone)
        if request.method == "POST" and form.is_valid():
            data = {name: form.cleaned_data[name] for name in RoundForm.Meta.fields}
            round_.refresh_from_db()
            try:
                services.round_update(round_=round_, data=data, by=request.user)
            except ValidationError as error:
                apply_errors(form, error)
            else:
                messages.success(request, _("The round is saved."))
                return redirect(_round_url(round_))
        return _form_page(
            request,
            network,
            round_=round_,
            form=form,
            title=_("Round %(year)d") % {"year": round_.year},
            cancel_url=_round_url(round_),
        )


def _next_step(round_, member_ids, submitted, ballots) -> tuple[str, str] | None:
    """A representative's main button: (label, URL)."""
    if round_.status == NeedsRound.Status.PUBLISHED:
        return _("See the result"), reverse("networks:round_result", args=[round_.pk])
    if round_.is_closed:
        return None
    if round_.has_needs and len(ballots) < len(member_ids):
        return _("Spread your points"), reverse("networks:ballot", args=[round_.pk])
    if not submitted or not round_.has_needs:
        return _("Submit a need"), reverse("networks:need_submit", args=[round_.pk])
    return _("Change your ballot"), reverse("networks:ballot", args=[round_.pk])


@object_view("networks.view_round", load=round_for)
def round_detail(request, round_):
    user = request.user
    roles = roles_of(user, round_.network)
    round_.is_closed = selectors.round_is_closed(round_)
    can_manage = user.has_perm("networks.manage_round", round_)
    context = {
        "can_manage": can_manage,
        "can_see_result": user.has_perm("networks.view_round_result", round_),
        "can_submit": user.has_perm("networks.submit_need", round_) and not round_.is_closed,
    }
    if can_manage:
        context["counts"] = selectors.round_counts(round_=round_)
    if roles.representative:
        members = selectors.members_of(network=round_.network, member_ids=roles.member_ids)
        submitted = list(selectors.member_candidates(round_=round_, member_ids=roles.member_ids))
        ballots = selectors.ballots_of(round_=round_, member_ids=roles.member_ids)
        round_.has_needs = round_.shared_needs.exists()
        for member in members:
            member.ballot = ballots.get(member.pk)
        context.update(
            members=members,
            submitted=submitted,
            next_step=_next_step(round_, members, submitted, ballots),
        )
    return _page(request, "networks/round_detail.html", round_, **context)


def _step(request, round_, *, act, title, message, button, done):
    return confirm_action(
        request,
        act=lambda: act(round_=round_, by=request.user),
        done_message=done,
        done_url=_round_url(round_),
        event=None,
        title=title,
        message=message,
        button=button,
    )


@object_view("networks.manage_round", load=round_for)
def round_open(request, round_):
    return _step(
        request,
        round_,
        act=services.round_open,
        title=_("Open the round %(year)d") % {"year": round_.year},
        message=_(
            "Members' representatives may then submit needs and spread their points until the "
            "round closes."
        ),
        button=_("Open the round"),
        done=_("The round is open."),
    )


@object_view("networks.manage_round", load=round_for)
def round_close(request, round_):
    return _step(
        request,
        round_,
        act=services.round_close,
        title=_("Close the round %(year)d") % {"year": round_.year},
        message=_("No need can be submitted and no ballot changed once it is closed."),
        button=_("Close the round"),
        done=_("The round is closed."),
    )


@object_view("networks.manage_round", load=round_for)
def round_publish(request, round_):
    return _step(
        request,
        round_,
        act=services.round_publish,
        title=_("Publish the result of %(year)d") % {"year": round_.year},
        message=_(
            "The ranking as it stands is frozen and shown to every person of the network and to "
            "donors. Later edits of the needs do not change it."
        ),
        button=_("Publish the result"),
        done=_("The result is published."),
    )


# --- A member's needs -------------------------------------------------------------------------


def _members(request, round_):
    roles = roles_of(request.user, round_.network)
    return selectors.members_of(network=round_.network, member_ids=roles.member_ids)


@object_view("networks.submit_need", load=round_for)
def need_submit(request, round_):
    members = _members(request, round_)
    if not members:
        raise Http404
    if selectors.round_is_closed(round_):
        messages.error(request, _("The round is closed; no need can be submitted."))
        return redirect(_round_url(round_))
    form = CandidateForm(request.POST or None, members=members)

    def save(form):
        data = dict(form.cleaned_data)
        member = data.pop("member", None) or members[0]
        return services.candidate_submit(round_=round_, member=member, by=request.user, **data)

    return form_saved(
        request,
        form,
        save=save,
        success_message=_("Your need is submitted. The secretariat will consolidate it."),
        done_url=_round_url(round_),
    ) or _form_page(
        request,
        round_.network,
        round_=round_,
        form=form,
        title=_("Submit a need"),
        intro=_("A need of your organisation for capacity development, for the round %(year)d.")
        % {"year": round_.year},
        cancel_url=_round_url(round_),
        submit=_("Submit the need"),
    )


def _own_candidate(request, round_, candidate_pk) -> Candidate:
    roles = roles_of(request.user, round_.network)
    return get_object_or_404(
        round_.candidates.select_related("round"), pk=candidate_pk, member_id__in=roles.member_ids
    )


@object_view("networks.submit_need", load=round_for)
def candidate_edit(request, round_, candidate_pk):
    candidate = _own_candidate(request, round_, candidate_pk)
    candidate.round = round_
    if candidate.shared_need_id is not None or selectors.round_is_closed(round_):
        messages.info(
            request,
            _("The round is closed; its needs no longer change.")
            if selectors.round_is_closed(round_)
            else _("The secretariat has put this need into a shared need; it no longer changes."),
        )
        return redirect(_round_url(round_))
    form = CandidateForm(request.POST or None, instance=candidate)
    if request.method == "POST" and form.is_valid():
        data = {name: form.cleaned_data[name] for name in CandidateForm.Meta.fields}
        candidate.refresh_from_db()
        candidate.round = round_
        try:
            services.candidate_update(candidate=candidate, data=data, by=request.user)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, _("Your need is saved."))
            return redirect(_round_url(round_))
    return _form_page(
        request,
        round_.network,
        round_=round_,
        form=form,
        title=_("Change a need"),
        cancel_url=_round_url(round_),
    )


@object_view("networks.submit_need", load=round_for)
def candidate_withdraw(request, round_, candidate_pk):
    candidate = _own_candidate(request, round_, candidate_pk)
    candidate.round = round_
    return confirm_action(
        request,
        act=lambda: services.candidate_withdraw(candidate=candidate, by=request.user),
        done_message=_("Your need is withdrawn."),
        done_url=_round_url(round_),
        event=None,
        title=_("Withdraw a need"),
        message=_("Withdraw “%(title)s”?") % {"title": candidate.title},
        button=_("Withdraw"),
    )


# --- Consolidation ----------------------------------------------------------------------------


@require_POST
@object_view("networks.manage_round", load=round_for)
def candidates_pull(request, round_):
    return act_and_redirect(
        request,
        act=lambda: services.candidates_pull(round_=round_, by=request.user),
        done_message=lambda count: (
            ngettext(
                "%(count)d candidate came in from the published plans.",
                "%(count)d candidates came in from the published plans.",
                count,
            )
            % {"count": count}
        ),
        done_url=reverse("networks:consolidate", args=[round_.pk]),
    )


@object_view("networks.manage_round", load=round_for)
def consolidate(request, round_):
    url = reverse("networks:consolidate", args=[round_.pk])
    if request.method == "POST":
        chosen = list(
            round_.candidates.filter(pk__in=posted_ids(request.POST.getlist("candidates")))
        )
        target = posted_ids([request.POST.get("need", "")]) if request.POST.get("add") else []
        try:
            if target:
                need = get_object_or_404(round_.shared_needs, pk=target[0])
                services.need_add_candidates(need=need, candidates=chosen, by=request.user)
                messages.success(request, _("Added to “%(title)s”.") % {"title": need.title})
            else:
                need = services.need_create(round_=round_, candidates=chosen, by=request.user)
                messages.success(
                    request, _("The shared need “%(title)s” is made.") % {"title": need.title}
                )
        except ValidationError as error:
            refusal_messages(request, error)
        return redirect(url)
    needs = selectors.needs_with_sources(round_=round_)
    return _page(
        request,
        "networks/round_consolidate.html",
        round_,
        waiting=list(selectors.waiting_candidates(round_=round_)),
        needs=needs,
        published=round_.status == NeedsRound.Status.PUBLISHED,
    )


def _need(round_, need_pk):
    need = get_object_or_404(round_.shared_needs, pk=need_pk)
    need.round = round_
    return need


@object_view("networks.manage_round", load=round_for)
def need_edit(request, round_, need_pk):
    need = _need(round_, need_pk)
    last = selectors.last_year_round(round_)
    last_needs = last.shared_needs.all() if last else None
    form = NeedForm(request.POST or None, instance=need, last_needs=last_needs)
    if request.method == "POST" and form.is_valid():
        data = {name: form.cleaned_data[name] for name in NeedForm.Meta.fields}
        need.refresh_from_db()
        need.round = round_
        try:
            services.need_update(need=need, data=data, by=request.user)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, _("The shared need is saved."))
            return redirect(reverse("networks:consolidate", args=[round_.pk]))
    return _form_page(
        request,
        round_.network,
        round_=round_,
        form=form,
        title=_("Shared need"),
        cancel_url=reverse("networks:consolidate", args=[round_.pk]),
    )


@object_view("networks.manage_round", load=round_for)
def need_merge(request, round_, need_pk):
    need = _need(round_, need_pk)
    done_url = reverse("networks:consolidate", args=[round_.pk])
    form = MergeForm(request.POST or None, others=round_.shared_needs.exclude(pk=need.pk))
    if request.method == "POST" and form.is_valid():
        try:
            into = services.need_merge(need=need, into=form.cleaned_data["into"], by=request.user)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(
                request,
                _("Merged into “%(title)s”, with every source.") % {"title": into.title},
            )
            return redirect(done_url)
    return _page(
        request, "networks/need_merge.html", round_, need=need, form=form, cancel_url=done_url
    )


@object_view("networks.manage_round", load=round_for)
def need_delete(request, round_, need_pk):
    need = _need(round_, need_pk)
    return confirm_action(
        request,
        act=lambda: services.need_delete(need=need, by=request.user),
        done_message=_("The shared need is removed."),
        done_url=reverse("networks:consolidate", args=[round_.pk]),
        event=None,
        title=_("Remove a shared need"),
        message=_("Remove “%(title)s”?") % {"title": need.title},
        button=_("Remove"),
    )


# --- The ballot -------------------------------------------------------------------------------


def _number(value):
    value = (value or "").strip()
    return int(value) if value.isascii() and value.isdigit() and len(value) < 4 else None


@object_view("networks.cast_ballot", load=round_for)
def ballot(request, round_):
    members = _members(request, round_)
    if not members:
        raise Http404
    chosen = posted_ids([request.POST.get("member") or request.GET.get("member") or ""])
    member = next((m for m in members if chosen and m.pk == chosen[0]), members[0])
    closed = selectors.round_is_closed(round_)
    needs = list(round_.shared_needs.order_by("title", "pk"))
    allocation = selectors.ballots_of(round_=round_, member_ids=[member.pk]).get(member.pk)
    lines = selectors.ballot_lines(allocation=allocation)
    errors = []
    if request.method == "POST":
        wanted = {}
        for need in needs:
            points_text = request.POST.get(f"points_{need.pk}", "").strip()
            points = _number(points_text) if points_text else 0
            if points is None:
                errors.append(
                    _("“%(title)s”: the points are a whole number.") % {"title": need.title}
                )
                points = 0
            wanted[need.pk] = (
                points,
                _number(request.POST.get(f"importance_{need.pk}")),
                _number(request.POST.get(f"feasibility_{need.pk}")),
            )
        if not errors:
            try:
                services.ballot_cast(round_=round_, member=member, lines=wanted, by=request.user)
            except ValidationError as error:
                errors.extend(error.messages)
            else:
                messages.success(
                    request,
                    _("The ballot of %(organisation)s is saved. You may change it until the close.")
                    % {"organisation": member.organisation},
                )
                return redirect(_round_url(round_))
        for need in needs:
            points, importance, feasibility = wanted[need.pk]
            need.given = request.POST.get(f"points_{need.pk}", "")
            need.importance, need.feasibility = importance, feasibility
    else:
        for need in needs:
            line = lines.get(need.pk)
            need.given = line.points if line else 0
            need.importance = line.importance if line else None
            need.feasibility = line.feasibility if line else None
    spent = sum(_number(str(need.given)) or 0 for need in needs)
    return _page(
        request,
        "networks/round_ballot.html",
        round_,
        members=members,
        member=member,
        needs=needs,
        allocation=allocation,
        closed=closed,
        errors=errors,
        left=round_.points_per_member - spent,
        ratings=range(1, 6),
    )


# --- The result -------------------------------------------------------------------------------


@object_view("networks.view_round_result", load=round_for)
def round_result(request, round_):
    result = selectors.round_result(round_=round_)
    return _page(
        request,
        "networks/round_result.html",
        round_,
        result=result,
        can_manage=request.user.has_perm("networks.manage_round", round_),
    )


@object_view("networks.manage_round", load=round_for)
def round_export(request, round_):
    content = round_workbook(
        round_=round_,
        result=selectors.round_result(round_=round_),
        needs=selectors.needs_with_sources(round_=round_),
        candidates=round_.candidates.select_related(
            "member__organisation", "event", "shared_need"
        ).order_by("pk"),
    )
    response = HttpResponse(content, content_type=XLSX_CONTENT_TYPE)
    name = download_name(_("Shared needs"), round_.network.name, str(round_.year), extension="xlsx")
    response["Content-Disposition"] = content_disposition(name)
    return response
