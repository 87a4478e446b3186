"""`{% network_tabs network %}`: the network's registered tabs this person may follow."""

from django import template

from networks import navigation

register = template.Library()


@register.inclusion_tag("_event_tabs.html", takes_context=True)
def network_tabs(context, network):
    match = getattr(context.get("request"), "resolver_match", None)
    tabs = navigation.network_tabs(
        user=context["user"], network=network, view_name=match.view_name if match else ""
    )
    return {"tabs": tabs}
