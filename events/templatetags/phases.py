"""`{% act_refusals event "plan_freeze" as reasons %}`: why an act is closed now, in words, for
a page that shows its button disabled with the reason rather than a button that refuses."""

from django import template

from events import phases

register = template.Library()


@register.simple_tag
def act_refusals(event, act: str) -> list[str]:
    return phases.act_refusals(event=event, act=act)
