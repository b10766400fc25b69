// The organizer's progress bar while the worker issues a class's certificates: poll the counts
// every two seconds until nothing is pending, and name each failure as it happens.
(() => {
  "use strict";
  const section = document.querySelector("[data-certificate-progress]");
  if (!section) return;
  const bar = section.querySelector("progress");
  const text = section.querySelector("[data-progress-text]");
  const failures = section.querySelector("[data-failures]");
  const refresh = async () => {
    let progress;
    try {
      const response = await fetch(section.dataset.certificateProgress, { credentials: "same-origin" });
      if (!response.ok) throw new Error(response.statusText);
      progress = await response.json();
    } catch (error) {
      window.setTimeout(refresh, 5000);
      return;
    }
    bar.max = Math.max(progress.completed, 1);
    bar.value = progress.issued;
    for (const [name, value] of Object.entries(progress)) {
      const count = section.querySelector(`[data-count="${name}"]`);
      if (count) count.textContent = value;
    }
    text.textContent = progress.summary;
    const list = failures.querySelector("[data-failure-list]");
    list.replaceChildren(...progress.failures.map((failure) => {
      const item = document.createElement("li");
      item.textContent = `${failure.name} (${failure.serial}): ${failure.reason}`;
      return item;
    }));
    failures.hidden = progress.failures.length === 0;
    if (progress.pending > 0) window.setTimeout(refresh, 2000);
  };
  refresh();
})();
