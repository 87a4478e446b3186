"""What the browser tests share: the browser's settings, viewport sizes, and small steps a
person takes (follow a link, submit a form, open the menu, change the language).

Links and buttons are found by their address or their form's action, never by their words, so
that the same steps run in any language; words are asserted only in English runs.
"""

import re

from django.core import mail
from playwright.sync_api import Page, expect

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP = (1280, 900)
PHONE = (375, 812)
SIZES = {DESKTOP[0]: DESKTOP, PHONE[0]: PHONE}

# Waits: generous enough for a 2-core machine rendering a PDF, short enough to fail fast.
TIMEOUT_MS = 15_000


# The page is settled: no htmx request in flight or swap under way, no transition running (a
# button fades while its request is in flight, and axe would measure its half-faded colours).
SETTLED_JS = """() => !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling')
    && document.getAnimations().every((animation) => animation.playState !== 'running')"""


def settle(page: Page) -> None:
    """Wait until the page has loaded and is settled. htmx marks the element of every request
    in flight, so this waits for them without the half second of quiet that "networkidle" costs
    on each of the journey's pages."""
    page.wait_for_load_state("load")
    page.wait_for_function(SETTLED_JS)


def pick_organisation(page: Page, field: str, name: str) -> None:
    """Choose `name` in an organisation picker as a person does: type, then tick it among the
    organisations that appear."""
    page.locator(f"#id_{field}").fill(name)
    page.locator(f"#id_{field}-options").get_by_label(name).first.check()
    settle(page)


def url_re(path: str) -> re.Pattern:
    """The page at `path` (absolute path, e.g. "/events/3/"), with any query or fragment."""
    return re.compile(rf"^https?://[^/]+{re.escape(path)}(?:[?#].*)?$")


def page_in(context, width: int, height: int) -> Page:
    """Another page of the same person (same browser context), at its own viewport size."""
    page = context.new_page()
    page.set_viewport_size({"width": width, "height": height})
    return page


def follow(page: Page, href: str, *, within: str = "main", arrive: str | None = None) -> None:
    """Click the link to `href` inside `within` and wait for the page it leads to (`arrive`,
    a path, when the link redirects)."""
    page.locator(f'{within} a[href="{href}"]').first.click()
    page.wait_for_url(url_re(arrive or href.split("?")[0]))


def tab(page: Page, href: str) -> None:
    """One of the event's tabs."""
    follow(page, href, within=".event-nav")


def menu(page: Page, href: str) -> None:
    """A link of the top menu; on a phone the menu is folded behind its button first."""
    toggler = page.locator(".navbar-toggler")
    if toggler.is_visible():
        toggler.click()
        expect(page.locator(f'#nav a[href="{href}"]')).to_be_visible()
    follow(page, href, within="#nav")


def submit(page: Page, form: str = "main form[method=post]", *, arrive: str | re.Pattern):
    """Press the submit button of `form` and wait for the page it leads to."""
    page.locator(form).locator("button[type=submit], button:not([type])").first.click()
    page.wait_for_url(arrive if isinstance(arrive, re.Pattern) else url_re(arrive))
    page.wait_for_load_state("load")


def choose_language(page: Page, language: str) -> None:
    """Choose the language with the switcher in the page's footer (posts to `set_language`).
    English is the browser's and the default, so an English run leaves the switcher alone."""
    if language == "en":
        return
    current = page.url
    switcher = page.locator("footer form")
    switcher.locator("select[name=language]").select_option(language)
    switcher.locator("button[type=submit]").click()
    page.wait_for_url(current)
    expect(page.locator("html")).to_have_attribute("lang", language)


def invitation_link(email: str) -> str:
    """The link of the latest invitation emailed to `email`."""
    for message in reversed(mail.outbox):
        if email in message.to:
            found = re.search(r"https?://\S+/invitations/\S+/", message.body)
            assert found, f"no invitation link in the email to {email}:\n{message.body}"
            return found.group(0)
    raise AssertionError(f"no email was sent to {email}")
