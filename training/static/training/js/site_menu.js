// On a phone the main menu folds behind the "Menu" button; without JavaScript it simply stays open.
// In a scope of its own, as every script of the site: a quiz's start shows the attempt's page in the
// same window, where the page's scripts run again (quiz_start.js).
(() => {
  "use strict";
  const header = document.querySelector(".site-header");
  const toggle = header && header.querySelector(".menu-toggle");
  if (!toggle) return;
  const setOpen = (open) => toggle.setAttribute("aria-expanded", String(open));
  header.classList.add("site-header--foldable");
  toggle.hidden = false;
  toggle.addEventListener("click", () => setOpen(toggle.getAttribute("aria-expanded") !== "true"));
  header.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && toggle.getAttribute("aria-expanded") === "true") {
      setOpen(false);
      toggle.focus();
    }
  });
})();
