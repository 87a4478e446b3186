// The answer form keeps its own fields in agreement before the queue sends it: a rating chosen
// after "Don't know" or "Not applicable" makes the answer a rated one again (neither button
// chosen), and choosing "Don't know" or "Not applicable" clears the ratings. So the page always
// shows what the server keeps.
// Listening in the capture phase runs this before answer-queue.js queues and sends the form.
document.addEventListener(
  "change",
  (event) => {
    const form = event.target.closest("form[data-answer]");
    if (!form) return;
    const name = event.target.name;
    const clear = (names) =>
      form.querySelectorAll(names).forEach((radio) => {
        radio.checked = false;
      });
    if (name === "current" || name === "desired") {
      clear("input[name=kind]");
    } else if (name === "kind" && event.target.value !== "rated") {
      clear("input[name=current], input[name=desired]");
    }
  },
  true,
);
