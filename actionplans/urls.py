"""The action-plan pages; each views module lists its own patterns."""

from actionplans import donor_views, keyissue_views, plan_views

app_name = "actionplans"

urlpatterns = [
    *keyissue_views.urlpatterns,
    *plan_views.urlpatterns,
    *donor_views.urlpatterns,
]
