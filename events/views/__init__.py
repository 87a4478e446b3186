"""Event pages, one module per subdomain. Each view declares the rule it needs with
`event_view` (or `object_view`) and hands writes to a service.

Views import a subdomain's services as a module (`from events.services import agenda as
agenda_services`), since many views share their service's name, and selectors by name.
"""
