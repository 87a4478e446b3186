from django import template

from assessments import figures

register = template.Library()


@register.filter
def chart_image(svg, alt):
    """A drawn chart as an image of its SVG, for the PDF reports:
    {{ radar.svg|chart_image:title }}."""
    return figures.as_image(svg, alt)
