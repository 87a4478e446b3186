// The consensus session on the projector, by keyboard: 1-4 set the outlined rating (the current
// one, then the desired one), N saves and goes to the next question, S skips to it. A key typed
// in a text field stays the field's own; Escape leaves the field, and the keys work again.
// Without this script the page is a plain form.
(() => {
  const form = document.querySelector("form[data-projector]");
  if (!form) return;
  const ratings = Array.from(form.querySelectorAll("fieldset[data-rating]"));
  let armed = 0;
  const arm = (index) => {
    armed = index;
    ratings.forEach((fieldset, position) => fieldset.classList.toggle("is-armed", position === index));
  };
  arm(0);
  ratings.forEach((fieldset, index) => fieldset.addEventListener("focusin", () => arm(index)));

  const typing = (element) =>
    element instanceof HTMLElement &&
    (element.isContentEditable ||
      element.matches("textarea, select, input:not([type=radio]):not([type=checkbox]):not([type=submit]):not([type=button])"));
  let sent = false;
  form.addEventListener("submit", (event) => {
    if (sent) event.preventDefault(); // one save per question, however often N is pressed
    sent = true;
  });

  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
    if (typing(event.target)) {
      if (event.key === "Escape") event.target.blur();
      return;
    }
    const key = event.key.toLowerCase();
    if (/^[1-4]$/.test(key)) {
      const radio = ratings[armed]?.querySelector(`input[type=radio][value="${key}"]`);
      if (!radio) return;
      event.preventDefault();
      radio.checked = true;
      radio.dispatchEvent(new Event("change", { bubbles: true }));
      arm((armed + 1) % ratings.length);
    } else if (key === "n") {
      event.preventDefault();
      form.requestSubmit();
    } else if (key === "s") {
      const skip = document.querySelector("a[data-key=s]");
      if (skip) {
        event.preventDefault();
        skip.click();
      }
    }
  });
})();
