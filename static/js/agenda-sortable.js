// Drag and drop on the agenda (SortableJS, vendored in static/vendor/sortablejs/). Each day's list
// of sessions is sortable, and sessions move between days. After a drop, the new order of the day
// (or of both days) goes to the server in the hidden #agenda-order form, which htmx posts; the
// server re-times the days and sends them back. Without this script the page keeps its buttons.
document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("agenda-order");
  if (!form || typeof Sortable === "undefined" || typeof htmx === "undefined") return;
  document.body.classList.add("agenda-sortable");

  const ids = (list) =>
    Array.from(list.querySelectorAll(":scope > [data-session]"), (item) => item.dataset.session).join(",");

  const post = (event) => {
    if (event.from === event.to && event.oldIndex === event.newIndex) return;
    form.querySelectorAll("input[data-order]").forEach((input) => input.remove());
    const fields = { moved: event.item.dataset.session };
    new Set([event.from, event.to]).forEach((list) => {
      fields[`day-${list.dataset.agendaDay}`] = ids(list);
    });
    Object.entries(fields).forEach(([name, value]) => {
      const input = document.createElement("input");
      input.type = "hidden";
      input.name = name;
      input.value = value;
      input.dataset.order = "";
      form.append(input);
    });
    htmx.trigger(form, "submit");
  };

  const start = (root) => {
    root.querySelectorAll("[data-agenda-day]").forEach((list) => {
      if (list.dataset.sortable) return;
      list.dataset.sortable = "on";
      Sortable.create(list, {
        group: "agenda",
        handle: ".drag-handle",
        animation: 0,
        forceFallback: true, // pointer events: the same on a mouse, a pen and a finger
        onEnd: post,
      });
    });
  };
  start(document.body);
  htmx.onLoad(start);
  // After a move, the moved session's day picker takes the focus, so a keyboard goes on from
  // where it was.
  document.body.addEventListener("htmx:afterSettle", () => {
    const focus = document.querySelector("#agenda-days [data-agenda-focus]");
    if (focus) focus.focus();
  });
});
