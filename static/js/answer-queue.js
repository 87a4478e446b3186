// Saves every answer form of the page (form[data-answer]) through a queue kept in the browser's
// storage, so that a dropped connection, a reload or a closed tab loses nothing typed.
//
// - Each form's latest state waits in localStorage under its data-answer key (response and
//   question) until the server confirms it. Loading the page puts a waiting state back into its
//   form and sends it again; so do the "online" event and a timer that backs off up to 30 s.
// - One request per form at a time, so a form's saves reach the server in order.
// - A waiting change carries the revision of the answer it was made on and an id of its own.
//   The server refuses it when someone saved the answer since (the page then shows the stored
//   answer and, beside it, what was typed), and accepts a retry of the same change whose first
//   reply was lost (see answer_save).
// - Leaving the page with changes waiting asks first, and sends what it can on the way out.
// The status text comes from the server ("Saved at 14:05" in the event's time zone), except
// "Not saved yet, will retry", which the form carries in data-unsaved. Parts of the page the
// reply brings out of band (hx-swap-oob: the progress, the step bar) replace theirs.
(() => {
  "use strict";

  const PREFIX = "cdfacil:answer:";
  const FIELDS = ["kind", "current", "desired", "evidence"];
  const TYPING_PAUSE_MS = 1000;
  const FIRST_RETRY_MS = 1000;
  const LAST_RETRY_MS = 30000;

  const sending = new Set(); // keys with a request in flight
  const typing = new Map(); // key -> timer that sends once the typing pauses
  let retryMs = FIRST_RETRY_MS;
  let retryTimer = null;

  // --- The queue: one entry per form, {fields, revision, change} ---------------------------------

  // Without storage (a private window that refuses it), the queue lives as long as the page.
  const memory = new Map();
  const load = (key) => {
    try {
      const stored = localStorage.getItem(PREFIX + key);
      if (stored) return JSON.parse(stored);
    } catch {
      // Read from memory.
    }
    return memory.get(key) || null;
  };
  const store = (key, entry) => {
    memory.set(key, entry);
    try {
      localStorage.setItem(PREFIX + key, JSON.stringify(entry));
    } catch {
      // Kept in memory only.
    }
  };
  const forget = (key) => {
    memory.delete(key);
    try {
      localStorage.removeItem(PREFIX + key);
    } catch {
      // Nothing was stored.
    }
  };

  // crypto.randomUUID needs HTTPS; a workshop's local server may be plain HTTP.
  const newId = () =>
    Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) =>
      byte.toString(16).padStart(2, "0"),
    ).join("");

  const forms = () => document.querySelectorAll("form[data-answer]");
  const formOf = (key) => document.querySelector(`form[data-answer="${key}"]`);
  const waiting = () => Array.from(forms()).some((form) => load(form.dataset.answer));

  const valuesOf = (form) => {
    const data = new FormData(form);
    return Object.fromEntries(FIELDS.map((name) => [name, data.get(name) || ""]));
  };
  const sameValues = (a, b) => FIELDS.every((name) => a[name] === b[name]);

  function fill(form, fields) {
    form.elements.kind.value = fields.kind;
    form.querySelectorAll("input[type=radio]").forEach((radio) => {
      radio.checked = radio.value === fields[radio.name];
    });
    form.elements.evidence.value = fields.evidence;
  }

  function showUnsaved(form) {
    const status = form.querySelector("[role=status]");
    status.textContent = form.dataset.unsaved;
    status.className = "small text-warning-emphasis";
    status.dataset.state = "unsaved";
  }

  // A change joins the queue at once; a new entry starts from the revision the form shows.
  function record(form) {
    const key = form.dataset.answer;
    const entry = load(key) || { revision: form.elements.revision.value, change: newId() };
    entry.fields = valuesOf(form);
    store(key, entry);
    if (!navigator.onLine) showUnsaved(form);
  }

  // --- Sending -----------------------------------------------------------------------------------

  function retryLater() {
    if (retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      flush();
    }, retryMs);
    retryMs = Math.min(retryMs * 2, LAST_RETRY_MS);
  }

  async function send(key, { keepalive = false } = {}) {
    const form = formOf(key);
    const entry = load(key);
    if (!form || !entry || sending.has(key)) return;
    clearTimeout(typing.get(key));
    if (!navigator.onLine) {
      // Surely offline (online may still fail): wait for the "online" event, or the timer.
      showUnsaved(form);
      retryLater();
      return;
    }
    sending.add(key);
    // The class htmx gives an element whose request is in flight: tests wait on it.
    form.classList.add("htmx-request");
    const body = new FormData(form); // with the CSRF token
    Object.entries(entry.fields).forEach(([name, value]) => body.set(name, value));
    body.set("revision", entry.revision);
    body.set("change_id", entry.change);
    let answered = false;
    try {
      const reply = await fetch(form.action, {
        method: "POST",
        body,
        keepalive,
        credentials: "same-origin",
        headers: { "HX-Request": "true" }, // answers with the question's block
      });
      if (reply.ok || reply.status === 409) answered = apply(key, entry, await reply.text());
    } catch {
      // Offline, or the server did not answer: the entry stays queued.
    } finally {
      sending.delete(key);
      form.classList.remove("htmx-request");
    }
    if (!answered) {
      if (formOf(key)) showUnsaved(formOf(key));
      retryLater();
      return;
    }
    retryMs = FIRST_RETRY_MS;
    if (load(key)) send(key); // changed again while this one was in flight
  }

  // The server's reply, the question's block: its status says saved, refused or conflict.
  // Anything else (a sign-in page after the session ended) leaves the entry queued.
  function apply(key, sent, html) {
    const form = formOf(key);
    const status = form.querySelector("[role=status]");
    const reply = new DOMParser().parseFromString(html, "text/html");
    const fresh = reply.getElementById(status.id);
    if (!fresh) return false;
    const state = fresh.dataset.state;
    const now = load(key);
    if (state === "conflict") {
      // The stored answer replaces the form; what was typed is shown beside it.
      const block = form.closest("[data-question]");
      block.replaceWith(reply.getElementById(block.id));
      forget(key);
      return true;
    }
    status.replaceWith(fresh);
    // The counts, the step bar and the step's buttons, as the server now counts them.
    reply.querySelectorAll("[hx-swap-oob][id]").forEach((part) => {
      document.getElementById(part.id)?.replaceWith(part);
    });
    if (state !== "saved") {
      forget(key); // refused with its reason on the page (a closed round): sending again won't help
      return true;
    }
    const latest = now || sent;
    if (sameValues(latest.fields, sent.fields)) {
      forget(key);
    } else {
      // Changed while in flight: the rest is a new change on top of the saved revision.
      store(key, { fields: latest.fields, revision: fresh.dataset.revision, change: newId() });
    }
    // The form takes the revision only with the values it stands for (another tab of the same
    // browser may have queued them), so that its next change cannot undo them unseen.
    if (!sameValues(valuesOf(form), latest.fields)) fill(form, latest.fields);
    form.elements.revision.value = fresh.dataset.revision;
    return true;
  }

  function flush(options) {
    forms().forEach((form) => send(form.dataset.answer, options));
  }

  // --- Events ------------------------------------------------------------------------------------

  // After answers.js (capture phase) has made the kind and the ratings agree.
  document.addEventListener("change", (event) => {
    const form = event.target.closest("form[data-answer]");
    if (!form) return;
    record(form);
    send(form.dataset.answer);
  });

  // Evidence is queued on every keystroke, and sent once the typing pauses.
  document.addEventListener("input", (event) => {
    const form = event.target.closest("form[data-answer]");
    if (!form || event.target.tagName !== "TEXTAREA") return;
    const key = form.dataset.answer;
    record(form);
    clearTimeout(typing.get(key));
    typing.set(key, setTimeout(() => send(key), TYPING_PAUSE_MS));
  });

  window.addEventListener("online", () => {
    retryMs = FIRST_RETRY_MS;
    flush();
  });

  window.addEventListener("beforeunload", (event) => {
    if (!waiting()) return;
    flush({ keepalive: true });
    event.preventDefault();
    event.returnValue = ""; // older browsers ask only with this set
  });
  window.addEventListener("pagehide", () => flush({ keepalive: true }));
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") flush({ keepalive: true });
  });

  // --- Loading the page --------------------------------------------------------------------------

  function start() {
    // A response that is submitted or closed keeps nothing in the browser.
    document.querySelectorAll("[data-answers-done]").forEach((done) => {
      const prefix = `${PREFIX}${done.dataset.answersDone}-`;
      try {
        Object.keys(localStorage)
          .filter((name) => name.startsWith(prefix))
          .forEach((name) => localStorage.removeItem(name));
      } catch {
        // No storage, nothing kept.
      }
    });
    forms().forEach((form) => {
      const entry = load(form.dataset.answer);
      if (!entry) return;
      fill(form, entry.fields);
      showUnsaved(form);
      send(form.dataset.answer);
    });
  }

  // steps.js asks, before it leaves for another step, whether changes are still on their way.
  window.answerQueue = { waiting };

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
