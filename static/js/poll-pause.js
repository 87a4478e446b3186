// A region that refreshes itself (hx-trigger="every ...") waits while the person types in one of
// its fields: the refresh would replace what they are typing. It asks again at the next tick.
document.addEventListener("htmx:beforeRequest", (event) => {
  const region = event.detail.elt;
  if (!region || !(region.getAttribute("hx-trigger") || "").startsWith("every")) return;
  const active = document.activeElement;
  if (active && region.contains(active) && active.matches("input:not([type=hidden]), textarea")) {
    event.preventDefault();
  }
});
