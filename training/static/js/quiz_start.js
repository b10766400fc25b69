// Quiz page: pressing start. When the server is saturated it answers 503 with Retry-After
// (training/shedding.py); the page then says so and tries again by itself, so that nobody waits on a
// spinner or has to press again. A start turned away has not started: the time runs from the start
// the server accepts. Without JavaScript the form posts as usual.
(() => {
  "use strict";
  const form = document.querySelector("form[data-start]");
  if (!form) return;
  const button = form.querySelector("button[type=submit]");
  const status = form.querySelector(".start__status");

  const busy = (seconds) => {
    status.textContent = form.dataset.busy;
    status.hidden = false;
    // A little jitter, so that a hall turned away together does not come back together.
    setTimeout(start, (seconds + Math.random()) * 1000);
  };

  const start = async () => {
    button.disabled = true;
    let response;
    try {
      response = await fetch(form.action || window.location.href, {
        method: "POST",
        body: new FormData(form),
        headers: { Accept: "application/json" },
        credentials: "same-origin",
      });
    } catch {
      busy(2); // no connection: try again as when busy
      return;
    }
    if (response.status === 503) {
      busy(Number(response.headers.get("Retry-After")) || 2);
    } else if (response.ok && (response.headers.get("Content-Type") || "").startsWith("application/json")) {
      window.location.assign((await response.json()).attempt);
    } else {
      form.submit(); // refused (not open yet, no attempt left…): the page with its message, as without JavaScript
    }
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    start();
  });
})();
