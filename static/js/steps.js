// The assessment in steps, one per dimension (the links work without it):
// - the current step is scrolled into view on the step bar;
// - a swipe to the left goes to the next step, to the right to the previous one;
// - a link to another step waits, a few seconds at most, for the answers still being saved, so
//   that leaving does not ask "Leave the page?" for a save about to end;
// - a page the browser brings back from its back-forward cache is loaded again, so its counts are
//   the server's (the server sends no-store, which most browsers take as "do not keep").
(() => {
  "use strict";

  const SWIPE_PX = 80;
  const WAIT_MS = 5000;

  window.addEventListener("pageshow", (event) => {
    if (event.persisted) window.location.reload();
  });

  function centreCurrent() {
    const bar = document.getElementById("step-bar");
    const current = bar?.querySelector("[aria-current=step]");
    if (!current) return;
    const left = current.getBoundingClientRect().left - bar.getBoundingClientRect().left;
    bar.scrollLeft += left - (bar.clientWidth - current.offsetWidth) / 2;
  }

  function go(link) {
    const started = Date.now();
    const leave = () => {
      if (!window.answerQueue?.waiting() || Date.now() - started > WAIT_MS) {
        window.location.assign(link.href);
      } else {
        setTimeout(leave, 100);
      }
    };
    leave();
  }

  document.addEventListener("click", (event) => {
    const link = event.target.closest("a[data-step-link]");
    if (!link || event.defaultPrevented || event.button !== 0) return;
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    if (!window.answerQueue?.waiting()) return;
    event.preventDefault();
    go(link);
  });

  let start = null;
  document.addEventListener(
    "touchstart",
    (event) => {
      const target = event.target;
      // Not where a finger moves sideways for its own sake: the step bar scrolls, text selects.
      const inside = target.closest?.("#step-bar, textarea");
      start = event.touches.length === 1 && !inside ? event.touches[0] : null;
      if (start) start = { x: start.clientX, y: start.clientY };
    },
    { passive: true },
  );
  document.addEventListener(
    "touchend",
    (event) => {
      if (!start) return;
      const touch = event.changedTouches[0];
      const dx = touch.clientX - start.x;
      const dy = touch.clientY - start.y;
      start = null;
      if (Math.abs(dx) < SWIPE_PX || Math.abs(dx) < 2 * Math.abs(dy)) return;
      const link = document.querySelector(dx < 0 ? "[data-step-next]" : "[data-step-previous]");
      if (link) go(link);
    },
    { passive: true },
  );

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", centreCurrent);
  else centreCurrent();
})();
