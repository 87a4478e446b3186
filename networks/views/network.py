"""The network's own pages: the list of a person's networks, creating one, its home and
details, its members, its people and its events (invitations: `views.invitations`)."""

import re

from django.contrib import messages
from django.core.exceptions import BadRequest, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from cdfacil.organisations import ANY_COUNTRY, organisation_search, organisations_in_scope
from cdfacil.web import act_and_redirect, apply_errors, form_saved, object_view, page_of
from cdfacil.widgets import picker_options, typed_name
from networks.forms.network import (
    MemberAddForm,
    NetworkEventForm,
    NetworkForm,
)
from networks.models import Network, Representative
from networks.selectors.network import (
    events_to_add,
    member_for,
    network_events,
    network_for,
    network_home,
    network_members,
    network_people,
    networks_of,
)
from networks.services import network as services
from networks.services.network import member_leave_refusal


def network_page(request, network, template, **context):
    return render(request, template, {"network": network, **context})


def network_form_page(request, network, *, form, title, cancel_url, submit=None, intro=None):
    return network_page(
        request,
        network,
        "networks/network_form.html",
        form=form,
        title=title,
        submit_label=submit or _("Save"),
        cancel_url=cancel_url,
        intro=intro,
    )


def network_confirm(
    request, network, *, act, done_message, done_url, title, message, button, refusal=""
):
    """Ask first on a page of the network's; only the POST of its button acts. A `refusal`
    known beforehand is said on the page, its button disabled."""
    if request.method == "POST":
        return act_and_redirect(request, act=act, done_message=done_message, done_url=done_url)
    return network_page(
        request,
        network,
        "networks/network_confirm.html",
        title=title,
        message=message,
        action_url=request.path,
        cancel_url=done_url,
        button_label=button,
        refusal=refusal,
        disabled=bool(refusal),
    )


# The network


@object_view("networks.view_networks")
def network_list(request):
    networks = page_of(networks_of(user=request.user).order_by("name"), request)
    return render(
        request,
        "networks/network_list.html",
        {"page": networks, "can_create": request.user.has_perm("networks.create_network")},
    )


@object_view("networks.create_network")
def network_create(request):
    form = NetworkForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            network = services.network_create(by=request.user, data=form.cleaned_data)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(
                request,
                _("The network %(name)s was created. Invite its secretariat next.")
                % {"name": network.name},
            )
            return redirect("networks:people", network.pk)
    return render(
        request,
        "form_page.html",
        {
            "form": form,
            "title": _("New network"),
            "submit_label": _("Create the network"),
            "cancel_url": reverse("networks:list"),
        },
    )


@object_view("networks.view_network", load=network_for)
def network_detail(request, network):
    return network_page(
        request,
        network,
        "networks/network_detail.html",
        home=network_home(network=network, user=request.user),
        can_manage=request.user.has_perm("networks.manage_network", network),
    )


@object_view("networks.manage_network", load=network_for)
def network_edit(request, network):
    # The form edits a copy, so the page's heading keeps the saved name until it is saved.
    form = NetworkForm(request.POST or None, instance=Network.objects.get(pk=network.pk))
    done_url = reverse("networks:detail", args=[network.pk])
    return form_saved(
        request,
        form,
        save=lambda form: services.network_update(
            network=network, by=request.user, data=form.cleaned_data
        ),
        success_message=_("The network's details were saved."),
        done_url=done_url,
    ) or network_form_page(
        request, network, form=form, title=_("The network's details"), cancel_url=done_url
    )


# Members


@object_view("networks.view_members", load=network_for)
def members(request, network):
    current, former = network_members(network=network)
    return network_page(
        request,
        network,
        "networks/member_list.html",
        current=current,
        former=former,
        can_manage=request.user.has_perm("networks.manage_network", network),
    )


@object_view("networks.manage_network", load=network_for)
def member_add(request, network):
    def save(form):
        data = form.cleaned_data
        organisation = data["organisation"] or services.member_organisation_find_or_add(
            name=data["new_organisation_name"],
            acronym=data["new_organisation_acronym"],
            kind=data["new_organisation_kind"],
            country=data["new_organisation_country"],
        )
        return services.member_add(network=network, by=request.user, organisation=organisation)

    form = MemberAddForm(request.POST or None, network=network)
    done_url = reverse("networks:members", args=[network.pk])
    return form_saved(
        request,
        form,
        save=save,
        success_message=lambda member: (
            _("%(name)s is a member of the network.") % {"name": member.organisation}
        ),
        done_url=done_url,
    ) or network_form_page(
        request,
        network,
        form=form,
        title=_("Add a member organisation"),
        submit=_("Add the member"),
        cancel_url=done_url,
        intro=_("Then invite its representatives from the People page."),
    )


@object_view("networks.manage_network", load=network_for)
def member_leave(request, network, member_pk):
    member = member_for(network=network, member_pk=member_pk)
    if member is None:
        raise Http404
    done_url = reverse("networks:members", args=[network.pk])
    return network_confirm(
        request,
        network,
        act=lambda: services.member_leave(member=member, by=request.user),
        done_message=_("%(name)s has left the network.") % {"name": member.organisation},
        done_url=done_url,
        title=_("%(name)s leaves the network") % {"name": member.organisation},
        message=_(
            "Its needs, ballots, activities and reports stay on record with the date it left. "
            "Its representatives no longer act for it, and it leaves its clusters."
        ),
        button=_("It leaves the network"),
        refusal=member_leave_refusal(member=member),
    )


# Organisation picker's search (the member form)

_NAME = re.compile(r"^[\w-]{1,80}$", re.ASCII)
_ID = re.compile(r"^[0-9]{1,18}$")


@require_GET
@object_view("networks.manage_network", load=network_for)
def organisation_search_view(request, network):
    """The picker's options: the chosen one, then organisations of any country that match."""
    name = request.GET.get("field") or "organisation"
    field_id = request.GET.get("id") or f"id_{name}"
    if not (_NAME.fullmatch(name) and _NAME.fullmatch(field_id)):
        raise BadRequest("Not a picker's request.")
    ids = [int(value) for value in request.GET.getlist(name) if _ID.fullmatch(value)][:1]
    chosen = list(organisations_in_scope(country=ANY_COUNTRY).filter(pk__in=ids)) if ids else []
    query = " ".join(request.GET.get(typed_name(name), "").split())[:100]
    found = organisation_search(country=ANY_COUNTRY, text=query, exclude=ids)
    picker = picker_options(
        name=name,
        field_id=field_id,
        multiple=False,
        allow_empty=request.GET.get("empty") == "1",
        options=[(o, True) for o in chosen] + [(o, False) for o in found],
        searched=True,
        query=query,
        any_country=True,
    )
    return render(request, "widgets/organisation_options.html", {"picker": picker})


# People and invitations


@object_view("networks.manage_network", load=network_for)
def people(request, network):
    return network_page(
        request, network, "networks/network_people.html", **network_people(network=network)
    )


@object_view("networks.manage_network", load=network_for)
def representative_remove(request, network, pk):
    representative = get_object_or_404(
        Representative.objects.filter(member__network=network).select_related(
            "user", "member__organisation"
        ),
        pk=pk,
    )
    return network_confirm(
        request,
        network,
        act=lambda: services.representative_remove(representative=representative, by=request.user),
        done_message=_("%(person)s no longer represents %(name)s.")
        % {"person": representative.user.display_name, "name": representative.member},
        done_url=reverse("networks:people", args=[network.pk]),
        title=_("Remove a representative"),
        message=_(
            "%(person)s will no longer speak for %(name)s in the network. What they submitted "
            "stays."
        )
        % {"person": representative.user.display_name, "name": representative.member},
        button=_("Remove"),
    )


@object_view("networks.manage_network", load=network_for)
def secretariat_remove(request, network, pk):
    seat = get_object_or_404(network.secretariat.select_related("user"), pk=pk)
    return network_confirm(
        request,
        network,
        act=lambda: services.secretariat_remove(seat=seat, by=request.user),
        done_message=_("%(person)s is no longer in the secretariat.")
        % {"person": seat.user.display_name},
        done_url=reverse("networks:people", args=[network.pk]),
        title=_("Remove from the secretariat"),
        message=_("%(person)s will no longer run the network.")
        % {"person": seat.user.display_name},
        button=_("Remove"),
    )


# Events


@object_view("networks.view_members", load=network_for)
def events(request, network):
    return network_page(
        request,
        network,
        "networks/network_events.html",
        links=list(network_events(network=network)),
        can_manage=request.user.has_perm("networks.manage_network", network),
    )


@object_view("networks.manage_network", load=network_for)
def event_add(request, network):
    form = NetworkEventForm(
        request.POST or None, events=events_to_add(network=network, user=request.user)
    )
    done_url = reverse("networks:events", args=[network.pk])
    return form_saved(
        request,
        form,
        save=lambda form: services.network_event_add(
            network=network, event=form.cleaned_data["event"], by=request.user
        ),
        success_message=lambda link: (
            _("%(event)s is in the network.") % {"event": link.event.title}
        ),
        done_url=done_url,
    ) or network_form_page(
        request,
        network,
        form=form,
        title=_("Add an event"),
        submit=_("Add the event"),
        cancel_url=done_url,
        intro=_(
            "The events you facilitate that are in no network yet. An event belongs to one "
            "network at most."
        ),
    )


@object_view("networks.manage_network", load=network_for)
def event_remove(request, network, link_pk):
    link = get_object_or_404(network.event_links.select_related("event"), pk=link_pk)
    return network_confirm(
        request,
        network,
        act=lambda: services.network_event_remove(link=link, by=request.user),
        done_message=_("%(event)s is no longer in the network.") % {"event": link.event.title},
        done_url=reverse("networks:events", args=[network.pk]),
        title=_("Take %(event)s out of the network") % {"event": link.event.title},
        message=_(
            "The event itself does not change; its plans no longer feed the network's rounds."
        ),
        button=_("Take it out"),
    )
