// The answer form keeps its own fields in agreement before the queue sends it: a rating chosen
// after "Don't know" or "Not applicable" makes the answer a rated one again, and choosing "Don't
// know" or "Not applicable" clears the ratings. So the page always shows what the server keeps.
// "Rated" is a hidden choice of the kind; the ratings choose it.
// Listening in the capture phase runs this before answer-queue.js queues and sends the form.
document.addEventListener(
  "change",
  (event) => {
    const form = event.target.closest("form[data-answer]");
    if (!form) return;
    const kind = form.elements.kind;
    const rating = event.target.name === "current" || event.target.name === "desired";
    if (rating && kind.value !== "rated") {
      kind.value = "rated";
    } else if (event.target.name === "kind" && kind.value !== "rated") {
      form.querySelectorAll("input[name=current], input[name=desired]").forEach((radio) => {
        radio.checked = false;
      });
    }
  },
  true,
);
