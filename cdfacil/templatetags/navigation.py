"""`{% event_tabs %}` and `{% main_menu %}`: the registered entries this person may follow."""

from django import template

from cdfacil import navigation

register = template.Library()


def _view_name(context) -> str:
    match = getattr(context.get("request"), "resolver_match", None)
    return match.view_name if match else ""


@register.inclusion_tag("_event_tabs.html", takes_context=True)
def event_tabs(context, event):
    tabs = navigation.event_tabs(user=context["user"], event=event, view_name=_view_name(context))
    return {"tabs": tabs}


@register.inclusion_tag("_main_menu.html", takes_context=True)
def main_menu(context):
    return {"entries": navigation.menu_entries(user=context["user"], view_name=_view_name(context))}
