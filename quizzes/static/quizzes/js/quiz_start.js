// Quiz page: pressing start. When the server is saturated it answers 503 with Retry-After
// (quizzes/shedding.py); the page then says so and tries again by itself, so that nobody waits on a
// spinner or has to press again. A start turned away has not started: the time runs from the start
// the server accepts. The server answers the script's start with the attempt's page itself (its address
// in Content-Location), shown here as a navigation would show it: the questions come with the start,
// not one request later. Without JavaScript the form posts as usual, and is redirected.
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

  // The reply replaces this page whole, its scripts run as on a load, and the address becomes the
  // attempt's, so that reloading the page shows the attempt and does not post again.
  const show = (html, address) => {
    window.history.replaceState(null, "", address);
    document.open();
    document.write(html);
    document.close();
  };

  const start = async () => {
    button.disabled = true;
    let response, page;
    try {
      response = await fetch(form.action || window.location.href, {
        method: "POST",
        body: new FormData(form),
        credentials: "same-origin",
      });
      page = response.ok ? await response.text() : null;
    } catch {
      busy(2); // no connection: try again as when busy (a start the server took is not taken twice)
      return;
    }
    if (response.status === 503) {
      busy(Number(response.headers.get("Retry-After")) || 2);
    } else if (response.ok) {
      // The attempt's page, or this one with the reason the start was refused (not open yet, no
      // attempt left…), as without JavaScript.
      show(page, response.headers.get("Content-Location") || response.url);
    } else {
      form.submit(); // a page that is not the quiz's (a refused form, a server error): as without JavaScript
    }
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    start();
  });
})();
