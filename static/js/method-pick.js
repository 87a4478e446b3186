// Picking a method from the library on the session form fills the method's name and typical
// duration, and its materials and description (as facilitator notes) where they are empty or
// still hold the previous pick's words; everything stays editable. The server fills the same
// empty fields when the form is sent without this script.
document.addEventListener("DOMContentLoaded", () => {
  const picker = document.querySelector("select[name=library_method]");
  if (!picker) return;
  const form = picker.form;
  const field = (name) => form.querySelector(`[name=${name}]`);
  let previous = picker.selectedOptions[0]?.dataset || {};
  picker.addEventListener("change", () => {
    const chosen = picker.selectedOptions[0]?.dataset || {};
    if (!chosen.name) return;
    field("method").value = chosen.name;
    field("duration_minutes").value = chosen.minutes;
    [
      ["materials", "materials"],
      ["facilitator_notes", "description"],
    ].forEach(([name, key]) => {
      const input = field(name);
      if (!input.value.trim() || input.value === previous[key]) input.value = chosen[key];
    });
    previous = chosen;
  });
});
