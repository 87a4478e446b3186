// The ballot's "points left": the allowance less the points typed, as they are typed.
(function () {
  var form = document.getElementById("needs-ballot");
  if (!form) return;
  var allowance = parseInt(form.dataset.allowance, 10);
  var left = document.getElementById("points-left");
  function update() {
    var spent = 0;
    form.querySelectorAll("input[data-points]").forEach(function (input) {
      var value = parseInt(input.value, 10);
      if (!isNaN(value) && value > 0) spent += value;
    });
    var remaining = allowance - spent;
    left.textContent = remaining;
    left.parentElement.classList.toggle("text-danger", remaining < 0);
  }
  form.addEventListener("input", update);
  update();
})();
