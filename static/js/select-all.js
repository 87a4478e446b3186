// "Tick all": a checkbox with data-select-all="<form id>" ticks or unticks every checkbox of
// that form on the page. Hidden until this script runs, as it does nothing without it.
(() => {
  const reveal = () => {
    document.querySelectorAll("[data-select-all]").forEach((box) => {
      box.closest("[hidden]")?.removeAttribute("hidden");
    });
  };
  document.addEventListener("DOMContentLoaded", reveal);
  document.addEventListener("htmx:afterSettle", reveal);
  document.addEventListener("change", (event) => {
    const box = event.target.closest("[data-select-all]");
    if (!box) return;
    const form = box.dataset.selectAll;
    document.querySelectorAll(`input[type=checkbox][form="${form}"]`).forEach((other) => {
      other.checked = box.checked;
    });
  });
})();
