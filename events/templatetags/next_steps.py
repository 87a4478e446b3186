"""The next steps of the person viewing an event's page."""

from django import template

from events.next_steps import next_steps_for

register = template.Library()


@register.simple_tag(takes_context=True)
def event_next_steps(context, event) -> list:
    """`{% event_next_steps event as next_steps %}`: the viewer's steps on this event."""
    user = context["request"].user
    return [step for step in next_steps_for(user=user, events=[event]) if step.event_id == event.pk]
