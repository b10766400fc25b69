// A certificate being issued: ask the server every few seconds until the worker has issued it,
// then show the download link in place, without the trainee reloading the page.
(() => {
  "use strict";
  const poll = (box, delay) => {
    window.setTimeout(async () => {
      let html = null;
      try {
        const response = await fetch(box.dataset.pollUrl, { credentials: "same-origin", headers: { Accept: "text/html" } });
        if (response.ok) html = await response.text();
      } catch (error) {
        // Offline for a moment: try again later.
      }
      if (html === null) {
        poll(box, Math.min(delay * 2, 30000));
        return;
      }
      const next = document.createRange().createContextualFragment(html).querySelector(".certificate-status");
      box.replaceWith(next);
      if (next.dataset.pollUrl) poll(next, Math.min(delay * 1.5, 15000));
    }, delay);
  };
  document.querySelectorAll(".certificate-status[data-poll-url]").forEach((box) => poll(box, 1500));
})();
