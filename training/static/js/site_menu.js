// On a phone the main menu folds behind the "Menu" button; without JavaScript it simply stays open.
const header = document.querySelector(".site-header");
const toggle = header && header.querySelector(".menu-toggle");
if (toggle) {
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
}
