"""Pages of the action-plan app (being built)."""

urlpatterns = []
