"""The workshops app's whole URL list."""

app_name = "workshops"

urlpatterns = []
