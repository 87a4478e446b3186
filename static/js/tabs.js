// On a narrow screen the tabs of an event or a network scroll sideways: bring the current one
// into view, so the person sees where they are without swiping.
(function () {
  document.querySelectorAll(".event-nav").forEach(function (nav) {
    var current = nav.querySelector("[aria-current=page]");
    if (current && nav.scrollWidth > nav.clientWidth) {
      nav.scrollLeft = current.offsetLeft - (nav.clientWidth - current.offsetWidth) / 2;
    }
  });
})();
