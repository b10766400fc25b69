// Certificates being issued, followed without reloading the page: the trainee's certificate box
// (replaced by the server's fresh one until its download link is there) and the organizer's progress
// bar for a whole class (redrawn from the counts until nothing is pending).
(() => {
  "use strict";

  // Ask `url` after `delay` ms and hand the reply (JSON, or HTML text) to `show`, which returns the
  // address to ask next, or nothing once there is nothing left to wait for. While the server answers,
  // each wait is `grow` times the last (up to 15 s); while it does not (offline for a moment, a
  // restart), twice the last (up to 30 s), asking the same address again.
  const follow = ({ url, json, show, delay, grow }) => {
    window.setTimeout(async () => {
      let next = url;
      let wait = Math.min(delay * 2, 30000);
      try {
        const headers = { Accept: json ? "application/json" : "text/html" };
        const response = await fetch(url, { credentials: "same-origin", headers });
        if (!response.ok) throw new Error(response.statusText);
        next = show(json ? await response.json() : await response.text());
        wait = Math.min(delay * grow, 15000);
      } catch (error) {
        // Keep asking the same address.
      }
      if (next) follow({ url: next, json, show, delay: wait, grow });
    }, delay);
  };

  document.querySelectorAll(".certificate-status[data-poll-url]").forEach((first) => {
    let box = first;
    const show = (html) => {
      const fresh = document.createRange().createContextualFragment(html).querySelector(".certificate-status");
      box.replaceWith(fresh);
      box = fresh;
      return fresh.dataset.pollUrl;
    };
    follow({ url: first.dataset.pollUrl, json: false, show, delay: 1500, grow: 1.5 });
  });

  const section = document.querySelector("[data-certificate-progress]");
  if (section) {
    const bar = section.querySelector("progress");
    const failures = section.querySelector("[data-failures]");
    const show = (progress) => {
      bar.max = Math.max(progress.completed, 1);
      bar.value = progress.issued;
      for (const [name, value] of Object.entries(progress)) {
        const count = section.querySelector(`[data-count="${name}"]`);
        if (count) count.textContent = value;
      }
      section.querySelector("[data-progress-text]").textContent = progress.summary;
      failures.querySelector("[data-failure-list]").replaceChildren(...progress.failures.map((failure) => {
        const item = document.createElement("li");
        item.textContent = `${failure.name} (${failure.serial}): ${failure.reason}`;
        return item;
      }));
      failures.hidden = progress.failures.length === 0;
      return progress.pending > 0 ? section.dataset.certificateProgress : null;
    };
    follow({ url: section.dataset.certificateProgress, json: true, show, delay: 2000, grow: 1 });
  }
})();
