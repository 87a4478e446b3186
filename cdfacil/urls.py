"""The URL map of the whole platform."""

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from cdfacil import views

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path(
        "accounts/login/",
        auth_views.LoginView.as_view(redirect_authenticated_user=True),
        name="login",
    ),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("accounts/password/", views.PasswordSetView.as_view(), name="password_set"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("", include("events.urls")),
    path("", include("assessments.urls")),
    path("", include("actionplans.urls")),
]
