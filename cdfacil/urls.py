"""The URL map of the whole platform."""

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from cdfacil import logo_views, report_views, views
from events.views.dashboard import dashboard

urlpatterns = [
    path("", dashboard, name="dashboard"),
    path(
        "accounts/login/",
        auth_views.LoginView.as_view(redirect_authenticated_user=True),
        name="login",
    ),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("accounts/password/", views.PasswordSetView.as_view(), name="password_set"),
    path("accounts/organisation/logo/", logo_views.organisation_logo, name="organisation_logo"),
    path("language/", views.language_choose, name="set_language"),
    path("reports/jobs/<int:pk>/", report_views.report_job, name="report_job"),
    path("reports/jobs/<int:pk>/retry/", report_views.report_retry, name="report_retry"),
    path("reports/jobs/<int:pk>/download/", report_views.report_download, name="report_download"),
    # After the job patterns: "jobs" would otherwise read as a report kind.
    path(
        "reports/<slug:kind>/<int:subject_id>/", report_views.report_request, name="report_request"
    ),
    path("admin/", admin.site.urls),
    path("", include("events.urls")),
    path("", include("assessments.urls")),
    path("", include("actionplans.urls")),
    path("", include("workshops.urls")),
    path("", include("networks.urls")),
]
