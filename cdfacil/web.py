"""The view toolkit every app's pages use: load-and-check, form and confirmation pages, paging.

A view is thin: `object_view` loads what the URL names through a selector that takes the person
and checks the named rule; a form page calls one service and shows its refusal on the form.
"""

import inspect
import re
from collections.abc import Callable
from functools import wraps

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Page, Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from cdfacil.middleware import event_language_use

PAGE_SIZE = 50
# An id or a day number as a form posts it: ASCII digits (isdigit() alone takes "²", which
# int() refuses), few enough for any database.
NUMBER = re.compile(r"[0-9]{1,9}")


def posted_ids(values) -> list[int]:
    """The ids among the values a form sent, in their order; anything else is left out (a
    tampered form changes nothing)."""
    return [int(value) for value in values if NUMBER.fullmatch(value)]


def object_view(permission: str | None, *, load: Callable | None = None, hide: bool = False):
    """Load the object the URL names for the signed-in person, then check `permission` on it.

    `load` is a selector taking `user` and some of the URL's keyword arguments (by name); it
    returns None for what the person may not know of, which answers 404. Someone who sees the
    object but lacks the permission gets 403, or 404 with `hide=True` where even that it exists
    is private (another member's answers). The view is called as `view(request, obj, **rest)`.
    Without `load`, the permission is checked on no object (creating an event, the portfolio).
    """
    names = set(inspect.signature(load).parameters) - {"user"} if load else set()

    def decorator(view):
        @login_required
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if load is None:
                if permission and not request.user.has_perm(permission):
                    raise PermissionDenied
                return view(request, *args, **kwargs)
            taken = {name: kwargs.pop(name) for name in names if name in kwargs}
            obj = load(user=request.user, **taken)
            if obj is None:
                raise Http404
            if permission and not request.user.has_perm(permission, obj):
                raise Http404 if hide else PermissionDenied
            _use_event_language(request, obj)
            return view(request, obj, *args, **kwargs)

        wrapped.permission = permission
        return wrapped

    return decorator


def _use_event_language(request, obj) -> None:
    """The event's language on its pages, for whoever never chose one. The event is `obj`, or
    the one its selector attached to it; either carries the viewer's role (no query)."""
    event = obj if hasattr(obj, "viewer_role") else None
    if event is None and hasattr(obj, "_state"):
        event = vars(obj).get("viewer_event") or obj._state.fields_cache.get("event")
    if hasattr(event, "viewer_role"):
        # The event's facilitators keep their own language: they work across events.
        keep_own = event.viewer_role == "facilitator"
        event_language_use(request, language=event.language, keep_own=keep_own)


def apply_errors(form, error: ValidationError) -> None:
    """Show a service's refusal on the form, beside the field it names when the form has it."""
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)


def refusal_messages(request, error: ValidationError, level=messages.ERROR) -> None:
    """A refused act with no form to show it on: each reason as a message on the next page."""
    for text in error.messages:
        messages.add_message(request, level, text)


def site_root(request) -> str:
    return request.build_absolute_uri("/")


def page_of(items, request, *, size: int = PAGE_SIZE, param: str = "page") -> Page:
    return Paginator(items, size).get_page(request.GET.get(param))


def event_page(request, event, template: str, **context):
    """A page of one event (or of another object that shows the event's tabs): its template with
    `event` and the page's own context."""
    return render(request, template, {"event": event, **context})


def form_page(request, *, event=None, form, title, submit=None, cancel_url=None, intro=None):
    return event_page(
        request,
        event,
        "form_page.html",
        form=form,
        title=title,
        submit_label=submit or _("Save"),
        cancel_url=cancel_url,
        intro=intro,
    )


def _said(message, result) -> str:
    """A success message: a text, or a function of what the service returned."""
    return message(result) if callable(message) else message


def form_saved(request, form, *, save, success_message, done_url):
    """On a valid POST call `save(form)` (a service) and return the redirect to `done_url`, with
    `success_message` (a text, or a function of what `save` returned). Otherwise, or when the
    service refuses (its reasons then show on the form, everything typed kept), return None:
    the caller shows its page again."""
    if request.method == "POST" and form.is_valid():
        try:
            result = save(form)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, _said(success_message, result))
            return redirect(done_url)
    return None


def model_form_page(
    request, *, event, form, save, title, success_message, done_url, cancel_url=None, **page
):
    """The usual form page: `form_saved`, else the form on `form_page`."""
    return form_saved(
        request, form, save=save, success_message=success_message, done_url=done_url
    ) or form_page(
        request, event=event, form=form, title=title, cancel_url=cancel_url or done_url, **page
    )


def act_and_redirect(request, *, act, done_message, done_url):
    """The POST of a button that calls one service (`act`): success is said with `done_message`
    (a text, or a function of what `act` returned), a refusal with its reasons as messages;
    either way on to `done_url`."""
    try:
        result = act()
    except ValidationError as error:
        refusal_messages(request, error)
    else:
        messages.success(request, _said(done_message, result))
    return redirect(done_url)


def confirm_action(request, *, act, done_message, done_url, **page):
    """GET asks for confirmation (`page` as for `confirm_page`); only the POST of its button
    calls `act` (a service). A refusal is said on the page `done_url` leads to."""
    if request.method == "POST":
        return act_and_redirect(request, act=act, done_message=done_message, done_url=done_url)
    page.setdefault("cancel_url", done_url)
    return confirm_page(request, action_url=request.path, **page)


def delete_page(request, *, event, delete, title, message, button, done_message, done_url):
    """Confirm, then remove: `confirm_action` with a deletion's words."""
    return confirm_action(
        request,
        act=delete,
        done_message=done_message,
        done_url=done_url,
        event=event,
        title=title,
        message=message,
        button=button,
    )


class ItemPages:
    """The new, edit and remove pages of the items an object keeps in a list (an event's budget
    lines, sessions, tasks): Django's generic create, update and delete views in small, built on
    `model_form_page`, `delete_page` and the app's services.

    `guard` is the app's load-and-check decorator with its rule, e.g. `event_view("...")`; the
    core imports no app, so the app passes it. The item a URL's `pk` names is looked up among
    `getattr(owner, items)`: another owner's item answers 404. `new(request, owner)` makes the
    unsaved item of the new page (without it there is none); `save(request, form)` and
    `remove(item)` call the services. Texts that name the item are functions of it; the others
    are lazy translations. An app declares its pages once and names the views it routes.
    """

    def __init__(
        self,
        *,
        guard: Callable,
        items: str,
        form: type[forms.ModelForm],
        save: Callable,
        remove: Callable,
        list_url: Callable,
        edit_title,
        saved,
        remove_title,
        remove_message: Callable,
        remove_button,
        removed,
        new: Callable | None = None,
        new_title=None,
        form_kwargs: Callable | None = None,
        anchor: Callable | None = None,
    ):
        self.items, self.form, self.save, self.remove = items, form, save, remove
        self.list_url, self.anchor = list_url, anchor
        self.form_kwargs = form_kwargs or (lambda owner: {})
        self.saved, self.remove_title, self.remove_button = saved, remove_title, remove_button
        self.remove_message, self.removed = remove_message, removed
        self.edit = guard(self._edit(edit_title))
        self.delete = guard(self._delete)
        self.create = guard(self._create(new, new_title)) if new else None

    def _item(self, owner, pk):
        return get_object_or_404(getattr(owner, self.items), pk=pk)

    def _form_page(self, request, owner, item, title):
        done_url = self.list_url(owner)
        return model_form_page(
            request,
            event=owner,
            form=self.form(request.POST or None, instance=item, **self.form_kwargs(owner)),
            save=lambda form: self.save(request, form),
            title=title,
            success_message=self.saved,
            done_url=done_url + (self.anchor(item) if self.anchor else ""),
            cancel_url=done_url,
        )

    def _create(self, new, title):
        def create(request, owner):
            return self._form_page(request, owner, new(request, owner), title)

        return create

    def _edit(self, title):
        def edit(request, owner, pk):
            return self._form_page(request, owner, self._item(owner, pk), title)

        return edit

    def _delete(self, request, owner, pk):
        item = self._item(owner, pk)
        return delete_page(
            request,
            event=owner,
            delete=lambda: self.remove(item),
            title=self.remove_title,
            message=self.remove_message(item),
            button=self.remove_button,
            done_message=self.removed(item) if callable(self.removed) else self.removed,
            done_url=self.list_url(owner),
        )


def confirm_page(request, *, event, title, message, action_url, cancel_url, button=None):
    return event_page(
        request,
        event,
        "confirm.html",
        title=title,
        message=message,
        action_url=action_url,
        cancel_url=cancel_url,
        button_label=button or _("Delete"),
    )


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class TimeInput(forms.TimeInput):
    input_type = "time"

    def __init__(self, **kwargs):
        super().__init__(format="%H:%M", **kwargs)


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%dT%H:%M", **kwargs)
