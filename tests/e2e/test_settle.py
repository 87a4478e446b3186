"""axe and the assertions run on a settled page: never while an htmx request is in flight."""

import pytest

from tests.e2e.helpers import DESKTOP

# The live server gives every browser test the transactional database; restored as the other
# browser tests restore it, or the next one finds the content types already there.
pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

# A button that fades while its request is in flight, as htmx does with `.htmx-request`.
PAGE = """<!doctype html><html lang="en"><head><title>Saving</title>
<style>button.htmx-request { opacity: .4; transition: opacity .3s; }</style></head>
<body><main><button id="save" type="button">Save</button><p id="state">idle</p></main>
<script>
document.querySelector("#save").addEventListener("click", async (event) => {
  const button = event.target;
  button.classList.add("htmx-request");
  // A request that a busy server answers late, answered by the browser itself.
  await fetch("https://cdfacil.test/slow-save/");
  await new Promise((resolve) => setTimeout(resolve, 1500));
  button.classList.remove("htmx-request");
  document.querySelector("#state").textContent = "saved";
});
</script></body></html>"""


def test_the_checker_waits_until_no_request_is_in_flight(new_page, check_a11y):
    page = new_page(*DESKTOP)

    # Answered by the browser itself: the request never leaves the machine.
    page.route(
        "https://cdfacil.test/slow-save/",
        lambda route: route.fulfill(body="ok", headers={"Access-Control-Allow-Origin": "*"}),
    )
    page.set_content(PAGE)
    page.click("#save")
    assert page.locator("#save.htmx-request").count() == 1  # in flight now
    check_a11y(page, "saving")
    # axe ran only once the request had answered and the button was whole again.
    assert page.locator("#state").text_content() == "saved"
    assert page.locator("#save.htmx-request").count() == 0
    assert check_a11y.pages_checked == 1 and not check_a11y.violations
