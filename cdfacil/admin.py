from django import forms
from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from cdfacil.logos import logo_check, organisation_logo_set
from cdfacil.models import AuditEntry, ExchangeRate, Organisation, User


class OrganisationAdminForm(forms.ModelForm):
    class Meta:
        model = Organisation
        fields = ["name", "acronym", "kind", "country", "logo"]

    def clean_logo(self):
        logo = self.cleaned_data.get("logo")
        if isinstance(logo, UploadedFile):
            # The stored name keeps the checked kind, whatever the upload was called.
            logo.name = f"logo.{logo_check(logo)}"
        return logo


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    form = OrganisationAdminForm

    def save_model(self, request, obj, form, change):
        if not (change and "logo" in form.changed_data):
            return super().save_model(request, obj, form, change)
        # A new or cleared logo goes through the service, which deletes the file it replaces
        # and records the change.
        obj.logo = Organisation.objects.get(pk=obj.pk).logo
        super().save_model(request, obj, form, change)
        organisation_logo_set(
            organisation=obj, uploaded=form.cleaned_data["logo"] or None, by=request.user
        )

    list_display = ["name", "acronym", "kind", "country"]
    list_filter = ["kind", "country"]
    search_fields = ["name", "acronym"]


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    list_display = ["username", "first_name", "last_name", "email", "organisation", "is_donor"]
    list_filter = ["is_donor", "is_staff", "is_superuser", "organisation__kind"]
    list_select_related = ["organisation"]
    search_fields = ["username", "first_name", "last_name", "email", "organisation__name"]
    autocomplete_fields = ["organisation"]
    fieldsets = [
        *BaseUserAdmin.fieldsets,
        (
            _("Organisation and platform role"),
            {"fields": ["organisation", "job_title", "is_donor"]},
        ),
    ]


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    """The audit log, read-only: entries are written by the services, never by hand."""

    list_display = ["created_at", "action", "actor_label", "summary", "event_id", "ip_address"]
    list_filter = ["action"]
    search_fields = ["summary", "actor_label"]
    date_hierarchy = "created_at"
    fields = [
        "created_at",
        "action",
        "actor",
        "actor_label",
        "event_id",
        "summary",
        "ip_address",
        "details",
    ]
    readonly_fields = fields
    # The log only grows: a filtered list does not count the whole table a second time.
    show_full_result_count = False

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(ExchangeRate)
class ExchangeRateAdmin(admin.ModelAdmin):
    """Rates are recorded, never changed: a pledge keeps the rate it was converted with, and a
    mistaken rate that no pledge used is deleted and recorded again."""

    list_display = ["from_currency", "to_currency", "rate", "valid_from", "recorded_by"]
    list_filter = ["from_currency", "to_currency"]
    list_select_related = ["recorded_by"]
    search_fields = ["from_currency", "to_currency"]
    date_hierarchy = "valid_from"
    fields = ["from_currency", "to_currency", "rate", "valid_from", "recorded_by", "recorded_at"]
    readonly_fields = ["recorded_by", "recorded_at"]

    def has_change_permission(self, request, obj=None):
        return obj is None and super().has_change_permission(request, obj)

    def save_model(self, request, obj, form, change):
        obj.recorded_by = request.user
        super().save_model(request, obj, form, change)
