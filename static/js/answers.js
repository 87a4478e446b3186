// The answer form keeps its own fields in agreement before htmx sends it: a rating chosen after
// "Don't know" or "Not applicable" makes the answer a rated one again, and choosing "Don't know"
// or "Not applicable" clears the ratings. So the page always shows what the server keeps.
// Listening in the capture phase runs this before answer-queue.js queues and sends the form.
document.addEventListener(
  "change",
  (event) => {
    const form = event.target.closest("form[data-answer]");
    if (!form) return;
    const kind = form.querySelector("select[name=kind]");
    if (event.target.type === "radio" && kind.value !== "rated") {
      kind.value = "rated";
    } else if (event.target === kind && kind.value !== "rated") {
      form.querySelectorAll("input[type=radio]").forEach((radio) => {
        radio.checked = false;
      });
    }
  },
  true,
);
