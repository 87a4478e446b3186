from django.contrib import admin

from events.models import (
    BudgetLine,
    ChecklistItem,
    Event,
    Invitation,
    Method,
    Participation,
    RegistrationRequest,
    ReminderOptOut,
    ReminderSent,
    Session,
)


class ParticipationInline(admin.TabularInline):
    model = Participation
    extra = 0
    autocomplete_fields = ["user"]


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ["title", "sector", "country", "day1", "phase"]
    list_filter = ["phase", "sector", "country"]
    search_fields = ["title", "venue"]
    readonly_fields = ["public_id", "created_by", "created_at", "updated_at"]
    inlines = [ParticipationInline]


@admin.register(Session)
class SessionAdmin(admin.ModelAdmin):
    list_display = ["title", "event", "day", "start_time", "duration_minutes", "kind"]
    list_filter = ["kind", "day"]
    list_select_related = ["event"]


@admin.register(ChecklistItem)
class ChecklistItemAdmin(admin.ModelAdmin):
    list_display = ["title", "event", "due_date", "status", "owner"]
    list_filter = ["status"]
    list_select_related = ["event", "owner"]


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    list_display = ["email", "event", "role", "created_at", "expires_at", "accepted_at"]
    list_select_related = ["event"]
    readonly_fields = ["accepted_at", "accepted_by", "revoked_at"]


@admin.register(RegistrationRequest)
class RegistrationRequestAdmin(admin.ModelAdmin):
    list_display = ["full_name", "email", "event", "status", "created_at"]
    list_filter = ["status"]
    list_select_related = ["event"]


@admin.register(BudgetLine)
class BudgetLineAdmin(admin.ModelAdmin):
    list_display = ["event", "category", "source", "amount", "currency", "funder"]
    list_filter = ["category", "source", "currency"]
    list_select_related = ["event", "funder"]


@admin.register(ReminderSent)
class ReminderSentAdmin(admin.ModelAdmin):
    """What the reminders sent, read-only: the audit log says it too."""

    list_display = ["user", "rule", "subject", "event", "sent_at"]
    list_filter = ["rule"]
    list_select_related = ["user", "event"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(ReminderOptOut)
class ReminderOptOutAdmin(admin.ModelAdmin):
    list_display = ["user", "created_at"]
    list_select_related = ["user"]


@admin.register(Method)
class MethodAdmin(admin.ModelAdmin):
    list_display = ["code", "family", "duration_minutes", "order"]
    list_filter = ["family"]
