// Quiz attempt: answers are sent to the server as they are given. Answers the server has not
// confirmed are kept in localStorage and sent again when the connection returns, so nothing is
// lost on a weak connection. Without JavaScript the form still works by plain posts.
(() => {
  "use strict";
  const finished = document.querySelector("[data-finished-attempt]");
  if (finished) localStorage.removeItem(`dvk-attempt-${finished.dataset.finishedAttempt}`);
  const form = document.querySelector("form[data-attempt]");
  if (!form) return;

  const storeKey = `dvk-attempt-${form.dataset.attempt}`;
  const csrf = form.querySelector("input[name=csrfmiddlewaretoken]").value;
  const connection = document.querySelector(".connection");
  const pending = JSON.parse(localStorage.getItem(storeKey) || "{}");
  const sequences = {};
  let flushing = false;

  const fieldset = (slot) => form.querySelector(`fieldset[data-slot="${slot}"]`);
  const persist = () => localStorage.setItem(storeKey, JSON.stringify(pending));
  const setStatus = (slot, text, state) => {
    const status = fieldset(slot).querySelector(".question__status");
    status.textContent = text;
    status.dataset.state = state;
  };
  const chosen = (slot) => [...fieldset(slot).querySelectorAll("input:checked")].map((input) => Number(input.value));

  const record = (slot) => {
    sequences[slot] += 1;
    pending[slot] = { options: chosen(slot), sequence: sequences[slot] };
    persist();
    setStatus(slot, form.dataset.pending, "pending");
  };

  // Answers given before this script ran (it can come late on a slow connection, or on exam day):
  // their boxes differ from those the server ticked (the form's autocomplete=off keeps a browser from
  // ticking them again on a reload). They are newer than any kept on this device.
  const givenEarly = [];
  form.querySelectorAll("fieldset[data-slot]").forEach((set) => {
    sequences[set.dataset.slot] = Number(set.dataset.sequence);
    const boxes = [...set.querySelectorAll("input[type=radio], input[type=checkbox]")];
    if (boxes.some((input) => input.checked !== input.defaultChecked)) givenEarly.push(set.dataset.slot);
  });

  // Answers given on this device but never confirmed: show them again and send them.
  Object.entries(pending).forEach(([slot, answer]) => {
    if (!fieldset(slot)) return;
    sequences[slot] = Math.max(sequences[slot], answer.sequence);
    if (givenEarly.includes(slot)) return;
    fieldset(slot).querySelectorAll("input[type=radio], input[type=checkbox]").forEach((input) => {
      input.checked = answer.options.includes(Number(input.value));
    });
    setStatus(slot, form.dataset.pending, "pending");
  });
  givenEarly.forEach(record);

  // Answers go together, in one request: all those pending when it leaves. While the server is
  // saturated, or a hall is pressing start, it asks the page to hold the next ones for a few seconds
  // (the page's data-hold, then each reply's "hold"), so that a hall answering at once sends a few
  // requests each instead of one per answer (quizzes/shedding.py).
  let holdUntil = Date.now() + (Number(form.dataset.hold) || 0) * 1000;
  let held = null;
  function flushWhenDue() {
    if (!Object.keys(pending).length) return;
    const wait = holdUntil - Date.now();
    if (wait <= 0) flush();
    else {
      showHeld();
      if (!held) held = setTimeout(() => { held = null; flush(); }, wait);
    }
  }

  async function flush() {
    const batch = Object.entries(pending).map(([slot, answer]) => ({ slot: Number(slot), ...answer }));
    if (flushing || !batch.length) return;
    flushing = true;
    try {
      batch.forEach(({ slot }) => setStatus(slot, form.dataset.saving, "saving"));
      let response;
      try {
        response = await fetch(form.dataset.saveUrl, {
          method: "POST",
          headers: { "Content-Type": "application/json", "X-CSRFToken": csrf },
          body: JSON.stringify({ answers: batch }),
          credentials: "same-origin",
        });
      } catch (error) {
        batch.forEach(({ slot }) => setStatus(slot, form.dataset.pending, "pending"));
        showConnection(false);
        return;
      }
      const body = await response.json().catch(() => null);
      // Only the server's own answer settles them: saved, or refused for good (late, forged…).
      // Anything else (a server error, a sign-in page after the session ended) keeps the answers
      // here, to be sent again.
      const saved = response.ok && body !== null && Array.isArray(body.answers);
      const refused = !response.ok && body !== null && Boolean(body.reason);
      if (!(saved && body.hold)) showConnection(true);
      if (!saved && !refused) {
        batch.forEach(({ slot }) => setStatus(slot, form.dataset.retry, "pending"));
        if (!announcer.dataset.retry) announce(form.dataset.retry);
        announcer.dataset.retry = "shown";
        if (response.redirected) connection.textContent = form.dataset.signedOut;
        return;
      }
      batch.forEach(({ slot, sequence }) => {
        if (pending[slot] && pending[slot].sequence === sequence) delete pending[slot];
      });
      persist();
      if (saved) {
        const hold = Number(body.hold) || 0;
        holdUntil = Date.now() + hold * 1000;
        if (hold) showHeld();
        const settled = batch.filter(({ slot }) => !pending[slot]);
        settled.forEach(({ slot, sequence }) => {
          fieldset(slot).querySelector(`input[name="sequence-${slot}"]`).value = sequence;
          setStatus(slot, `✓ ${form.dataset.saved}`, "saved");
        });
        if (settled.length) announce(savedSentence(settled.map(({ slot }) => slot)));
        delete announcer.dataset.retry;
        if (body.deadline) moveDeadline(body.deadline);
      } else {
        batch.forEach(({ slot }) => setStatus(slot, body.error, "error"));
        announce(body.error);
      }
    } finally {
      flushing = false;
    }
    if (Object.keys(pending).length) flushWhenDue(); // answers given while this one was on its way
  }

  // The connection sentence is a live region: it changes only when the state does, so it is spoken once.
  function showConnection(online) {
    const state = online ? "online" : "offline";
    if (connection.dataset.state === state) return;
    connection.textContent = online ? connection.dataset.online : connection.dataset.offline;
    connection.dataset.state = state;
  }

  function showHeld() {
    connection.textContent = connection.dataset.held;
    connection.dataset.state = "held";
  }

  // One spoken sentence per answer, when the server has it (or refused it): the statuses under the
  // questions change silently.
  const announcer = document.querySelector(".attempt__announce");
  const announce = (text) => { announcer.textContent = text; };
  const savedSentence = (slots) =>
    form.dataset.savedQuestion.replace(
      "{n}",
      slots.map((slot) => fieldset(slot).querySelector(".question__number").textContent.replace(/\D+/g, "")).join(", "),
    );

  form.addEventListener("change", (event) => {
    const set = event.target.closest("fieldset[data-slot]");
    if (!set) return;
    record(set.dataset.slot);
    flushWhenDue();
  });

  form.addEventListener("submit", (event) => {
    if (!navigator.onLine) {
      // Nothing can reach the server now; the answers stay here until the connection returns.
      event.preventDefault();
      showConnection(false);
      return;
    }
    // Send what is still pending with the form itself; the result page forgets the local copy.
    Object.keys(pending).forEach((slot) => {
      fieldset(slot).querySelector(`input[name="sequence-${slot}"]`).value = pending[slot].sequence - 1;
    });
  });

  window.addEventListener("online", () => { showConnection(true); flush(); });
  window.addEventListener("offline", () => showConnection(false));
  // Leaving the page (another tab, the phone locked) sends what is held at once.
  document.addEventListener("visibilitychange", () => { if (document.hidden) flush(); });
  setInterval(flushWhenDue, 5000);
  flushWhenDue();

  // The countdown follows the server's clock: the offset between the two is measured once. It is
  // silent every second; a screen reader hears it at five minutes, one minute and when time is up.
  // Before warning or submitting, the page asks the server for the deadline: extra time granted
  // while the attempt is open moves it.
  const timer = document.querySelector(".timer");
  const clock = timer.querySelector(".timer__clock");
  const timeAnnouncer = document.querySelector(".timer__announce");
  let deadline = Date.parse(timer.dataset.deadline);
  const offset = Date.parse(timer.dataset.now) - Date.now();
  const secondsLeft = () => Math.max(0, Math.round((deadline - (Date.now() + offset)) / 1000));
  const warnings = [[300, timer.dataset.fiveMinutes], [60, timer.dataset.oneMinute]].filter(([at]) => secondsLeft() > at);
  let submitted = false;
  let checking = false;

  function moveDeadline(iso) {
    const moved = Date.parse(iso);
    if (!(moved > deadline)) return;
    deadline = moved;
    const until = new Date(moved).toLocaleTimeString("vi-VN", {
      hour: "2-digit", minute: "2-digit", hour12: false, timeZone: timer.dataset.timeZone,
    });
    timer.querySelector(".timer__until").textContent = until;
    timeAnnouncer.textContent = `${timer.dataset.extended} ${until}.`;
  }

  async function checkDeadline() {
    try {
      const response = await fetch(timer.dataset.deadlineUrl, { credentials: "same-origin" });
      moveDeadline((await response.json()).deadline);
    } catch (error) {
      // No answer: the deadline shown stays; the server decides in the end.
    }
  }

  const tick = async () => {
    const left = secondsLeft();
    const minutes = String(Math.floor(left / 60)).padStart(2, "0");
    const seconds = String(left % 60).padStart(2, "0");
    clock.textContent = `${minutes}:${seconds}`;
    if (checking || submitted) return;
    while (warnings.length > 1 && left <= warnings[1][0]) warnings.shift(); // a later one is due: say only that
    if (warnings.length && left <= warnings[0][0]) {
      checking = true;
      await checkDeadline();
      checking = false;
      if (secondsLeft() <= warnings[0][0]) timeAnnouncer.textContent = warnings.shift()[1];
    } else if (left === 0) {
      checking = true;
      await checkDeadline();
      checking = false;
      if (secondsLeft() > 0) return;
      submitted = true;
      clock.textContent = timer.dataset.expired;
      timeAnnouncer.textContent = timer.dataset.expired;
      const submit = form.querySelector("button[value=submit]");
      form.requestSubmit(submit);
    }
  };
  tick();
  setInterval(tick, 1000);

  // Nothing focused is hidden under the sticky timer: the page scrolls with room for it (scroll
  // padding, for the browser's own scrolling), and whatever still lands under it is brought out.
  const room = () => timer.getBoundingClientRect().height + 8;
  const keepRoom = () => document.documentElement.style.setProperty("--sticky-room", `${room()}px`);
  new ResizeObserver(keepRoom).observe(timer);
  keepRoom();
  document.addEventListener("focusin", (event) => {
    if (!(timer.compareDocumentPosition(event.target) & Node.DOCUMENT_POSITION_FOLLOWING)) return;
    const target = event.target.closest("label") || event.target;
    const top = target.getBoundingClientRect().top;
    const below = timer.getBoundingClientRect().bottom + 8;
    if (top < below) window.scrollBy(0, top - below);
  });
})();
