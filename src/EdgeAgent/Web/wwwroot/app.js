// The panel: pages switched by the URL's hash, data from the board's own JSON API (/api/…) and its
// live feed (Server-Sent Events, /api/events). No framework and nothing from any other host.
"use strict";
(function () {
  const { t, apply } = window.EdgeTexts;
  const $ = (selector, root) => (root || document).querySelector(selector);
  const el = (tag, attrs, ...children) => {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") node.className = value; else if (key === "text") node.textContent = value; else node.setAttribute(key, value);
    }
    for (const child of children.flat()) if (child !== null && child !== undefined) node.append(child);
    return node;
  };
  let session = { adminEnabled: false, admin: false };

  async function api(path, options) {
    const response = await fetch(path, Object.assign({ credentials: "same-origin", headers: { "Accept": "application/json" } }, options));
    const body = response.status === 204 ? null : await response.json().catch(() => null);
    if (!response.ok) {
      const error = new Error((body && body.message) || response.statusText);
      error.status = response.status; error.code = body && body.error; error.retryAfter = response.headers.get("Retry-After");
      throw error;
    }
    return body;
  }

  // ---- pages
  const pages = ["live", "ask", "knowledge", "quality"];
  function show() {
    const page = pages.includes(location.hash.slice(1)) ? location.hash.slice(1) : "live";
    for (const section of document.querySelectorAll("section.page")) section.hidden = section.dataset.page !== page;
    for (const link of document.querySelectorAll("nav a")) link.classList.toggle("active", link.dataset.page === page);
    if (page === "knowledge") loadKnowledge();
    if (page === "ask") $("#ask-text").focus();
  }

  // ---- citations: the board redirects to the original at the cited place (PDF page, HTML heading, text section)
  function citationLink(citation, className) {
    const query = new URLSearchParams();
    if (citation.section) query.set("section", citation.section);
    if (citation.page) query.set("page", citation.page);
    const label = [citation.title || citation.document, citation.section, citation.page ? t("ask.page", citation.page) : null].filter(Boolean).join(" · ");
    return el("a", { class: className || "citation", href: `/api/documents/${encodeURIComponent(citation.document)}/open?${query}`, target: "_blank", rel: "noopener", "data-document": citation.document, "data-page": citation.page || null, text: label });
  }

  function answerBody(answer) {
    const parts = [el("p", { class: "answer-text", text: answer.answer })];
    if (answer.citations && answer.citations.length)
      parts.push(el("p", { class: "label", text: t("ask.sources") }), el("ul", { class: "citations" }, answer.citations.map(c => el("li", {}, citationLink(c)))));
    // A decline names the closest places as pointers only: they are not sources of the answer.
    if (!answer.grounded && answer.related && answer.related.length)
      parts.push(el("p", { class: "label", text: t("ask.related") }), el("ul", { class: "related" }, answer.related.map(c => el("li", {}, citationLink(c, "related-link")))));
    return parts;
  }

  // ---- live feed
  const feedItems = new Map();
  function feedItem(id) {
    let item = feedItems.get(id);
    if (!item) {
      item = el("li", { class: "feed-item", "data-id": id }, el("div", { class: "q" }), el("div", { class: "a" }), el("div", { class: "meta" }));
      feedItems.set(id, item);
      $("#feed").prepend(item);
      $("#feed-empty").hidden = true;
      while (feedItems.size > 50) { const [oldest, node] = feedItems.entries().next().value; node.remove(); feedItems.delete(oldest); }
    }
    return item;
  }
  const time = ts => new Date(ts).toLocaleTimeString(document.documentElement.lang);
  function onQuestion(e) {
    const q = JSON.parse(e.data), item = feedItem(q.id);
    $(".q", item).textContent = q.text + (q.context ? ` (${q.context})` : "");
    $(".meta", item).textContent = `${time(q.ts)} · ${q.source}`;
    if (!$(".a", item).textContent) { $(".a", item).textContent = t("feed.answering"); item.classList.add("pending"); }
  }
  function onPartial(e) {
    const p = JSON.parse(e.data), item = feedItem(p.id);
    if (item.classList.contains("done")) return;
    $(".a", item).textContent = p.text; item.classList.add("pending");
  }
  function onAnswer(e) {
    const a = JSON.parse(e.data), item = feedItem(a.id);
    $(".q", item).textContent = a.question;
    $(".a", item).replaceChildren(...answerBody(a));
    $(".meta", item).textContent = `${time(a.ts)} · ${a.source} · ${a.mode} · ${a.timings.totalMs} ms` + (a.grounded ? "" : ` · ${t("feed.declined")}`);
    item.classList.remove("pending"); item.classList.add("done"); item.classList.toggle("declined", !a.grounded);
  }
  function onError(e) {
    const err = JSON.parse(e.data);
    if (!feedItems.has(err.id) && err.stage !== "answer" && err.stage !== "command") return;
    const item = feedItem(err.id);
    $(".a", item).textContent = `${err.code}: ${err.message}`;
    item.classList.remove("pending"); item.classList.add("done", "failed");
  }
  function onStatus(e) {
    const s = JSON.parse(e.data);
    $("#live-state").textContent = t("state." + s.state);
    $("#state-dot").className = "dot " + s.state;
    if (s.knowledge) $("#live-knowledge").textContent = t("live.documents", s.knowledge.documents, s.knowledge.chunks);
    if (s.outbox) $("#live-outbox").textContent = t("live.waiting", s.outbox.depth);
    if (s.models) showModels(s.models);
    showError(s.lastError);
  }
  function onContext(e) { const c = JSON.parse(e.data); $("#live-alarm").textContent = c.current || t("live.noAlarm"); }

  function showModels(models) {
    $("#live-models").replaceChildren(...models.present.map(m => el("li", { class: "ok", text: m })),
      ...models.missing.map(m => el("li", { class: "missing", text: m + (models.details && models.details[m] && models.details[m].reason ? " — " + models.details[m].reason : "") })));
  }
  function showError(error) {
    $("#live-error").textContent = error ? `${time(error.ts)} ${error.stage} ${error.code}: ${error.message}` : t("live.none");
  }

  function connect() {
    const source = new EventSource("/api/events");
    source.addEventListener("events/question", onQuestion);
    source.addEventListener("events/answer/partial", onPartial);
    source.addEventListener("events/answer", onAnswer);
    source.addEventListener("events/error", onError);
    source.addEventListener("status", e => { onStatus(e); document.body.dataset.live = "connected"; });
    source.addEventListener("context", onContext);
    source.onerror = () => { document.body.dataset.live = "reconnecting"; $("#live-state").textContent = t("live.disconnected"); };
  }

  async function loadStatus() {
    try {
      const s = await api("/api/status");
      $("#device").textContent = s.deviceId;
      const b = s.broker;
      $("#live-broker").textContent = `${b.mode} ${b.host}:${b.port} · ${b.reachable ? t("live.reachable") : t("live.unreachable")}`;
      $("#live-knowledge").textContent = t("live.documents", s.knowledge.documents, s.knowledge.chunks);
      $("#live-outbox").textContent = t("live.waiting", s.outbox.depth);
      showModels(s.models);
      showError(s.lastError);
      const select = $("#ask-collection"), chosen = select.value;
      select.replaceChildren(select.options[0], ...s.knowledge.collections.map(c => el("option", { value: c, text: c })));
      select.value = chosen;
      $("#knowledge-collections").textContent = s.knowledge.collections.join(", ") || t("knowledge.none");
      $("#knowledge-packs").textContent = s.packs.map(p => `${p.collection} ${p.version}`).join(", ") || t("knowledge.none");
    } catch (error) {
      $("#live-broker").textContent = error.message;
    }
  }

  // ---- ask
  async function ask(event) {
    event.preventDefault();
    const text = $("#ask-text").value.trim();
    if (!text) return;
    const result = $("#ask-result");
    $("#ask-submit").disabled = true; $("#ask-busy").hidden = false; result.hidden = true;
    try {
      const answer = await api("/api/ask", { method: "POST", headers: { "Content-Type": "application/json", "Accept": "application/json" }, body: JSON.stringify({ text, collection: $("#ask-collection").value || null }) });
      result.replaceChildren(el("h3", { text: answer.question }), ...answerBody(answer));
      result.classList.toggle("declined", !answer.grounded);
    } catch (error) {
      result.replaceChildren(el("p", { class: "error", text: t("ask.failed", error.message) }));
    } finally {
      $("#ask-submit").disabled = false; $("#ask-busy").hidden = true; result.hidden = false;
    }
  }

  // ---- knowledge
  async function loadKnowledge() {
    loadStatus();
    const documents = await api("/api/documents").catch(() => []);
    $("#documents").replaceChildren(...documents.map(d => el("tr", {},
      el("td", {}, citationLink({ document: d.name, title: d.title }, "document-link"), el("div", { class: "muted", text: d.name })),
      el("td", { text: d.collection }), el("td", { text: d.format }), el("td", { class: "pages", text: d.pages == null ? "–" : String(d.pages) }), el("td", { text: String(d.chunks) }),
      el("td", { text: new Date(d.ingestedAtUtc).toLocaleString(document.documentElement.lang) }),
      el("td", {}, session.admin ? removeButton(d) : null))));
  }
  function removeButton(d) {
    const button = el("button", { type: "button", class: "danger", text: t("knowledge.remove") });
    button.addEventListener("click", async () => {
      if (!confirm(t("knowledge.confirmRemove", d.name))) return;
      try { await api(`/api/documents/${encodeURIComponent(d.name)}?collection=${encodeURIComponent(d.collection)}`, { method: "DELETE" }); }
      catch (error) { alert(error.message); }
      loadKnowledge();
    });
    return button;
  }
  function upload(event) {
    event.preventDefault();
    const files = $("#upload-files").files;
    if (!files.length) return;
    const form = new FormData();
    for (const file of files) form.append("files", file, file.name);
    const collection = $("#upload-collection").value.trim();
    const progress = $("#upload-progress"), result = $("#upload-result");
    progress.hidden = false; progress.value = 0; result.textContent = "";
    // XMLHttpRequest, not fetch: only it reports upload progress.
    const request = new XMLHttpRequest();
    request.open("POST", "/api/documents" + (collection ? "?collection=" + encodeURIComponent(collection) : ""));
    request.upload.onprogress = e => { if (e.lengthComputable) progress.value = Math.round(100 * e.loaded / e.total); };
    request.upload.onload = () => { progress.removeAttribute("value"); result.textContent = t("knowledge.ingesting"); };
    request.onload = () => {
      progress.hidden = true;
      const body = JSON.parse(request.responseText || "{}");
      if (request.status !== 200) { result.textContent = body.message || request.statusText; return; }
      const count = o => body.files.filter(f => f.outcome === o).length;
      result.textContent = t("knowledge.uploaded", count("added"), count("updated"), count("unchanged"), count("failed")) +
        body.files.filter(f => f.outcome === "failed").map(f => ` · ${f.document}: ${f.reason}`).join("");
      loadKnowledge();
    };
    request.onerror = () => { progress.hidden = true; result.textContent = request.statusText || "upload failed"; };
    request.send(form);
  }

  // ---- quality
  async function runQuality(event) {
    event.preventDefault();
    const form = new FormData();
    form.append("questions", $("#quality-file").files[0]);
    const collection = $("#quality-collection").value.trim();
    $("#quality-busy").hidden = false;
    try {
      const report = await api("/api/quality" + (collection ? "?collection=" + encodeURIComponent(collection) : ""), { method: "POST", body: form });
      showQuality(report.metrics);
    } catch (error) {
      $("#quality-chart").replaceChildren(el("p", { class: "error", text: error.message }));
    } finally {
      $("#quality-busy").hidden = true;
    }
  }
  const pct = v => v === null || v === undefined ? "—" : Math.round(v * 100) + " %";
  function showQuality(metrics) {
    const table = $("#quality-table");
    $("tbody", table).replaceChildren(...metrics.map(m => el("tr", {},
      el("td", { text: m.group }), el("td", { text: String(m.questions) }), el("td", { text: pct(m.hitAt1) }), el("td", { text: pct(m.hitAt5) }),
      el("td", { text: m.mrr.toFixed(2) }), el("td", { text: pct(m.factRecall) }), el("td", { text: pct(m.declineRate) }),
      el("td", { text: pct(m.falseDeclineRate) }), el("td", { text: String(Math.round(m.latencyP50Ms)) }))));
    table.hidden = false;
    $("#quality-chart").replaceChildren(chart(metrics));
  }
  // A small grouped bar chart (SVG): hit@1, fact recall and declines per group.
  function chart(metrics) {
    const ns = "http://www.w3.org/2000/svg", series = [["hitAt1", "hit@1"], ["factRecall", t("quality.factRecall")], ["declineRate", t("quality.declines")]];
    const barWidth = 18, groupWidth = series.length * barWidth + 24, height = 160, width = Math.max(320, metrics.length * groupWidth + 20);
    const svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", `0 0 ${width} ${height + 60}`); svg.setAttribute("class", "chart"); svg.setAttribute("role", "img");
    const add = (tag, attrs, text) => { const n = document.createElementNS(ns, tag); for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v); if (text) n.textContent = text; svg.append(n); };
    metrics.forEach((m, g) => {
      series.forEach(([key], s) => {
        const value = m[key] ?? 0, h = Math.round(value * height);
        add("rect", { x: 10 + g * groupWidth + s * barWidth, y: height - h + 10, width: barWidth - 4, height: h, class: "bar s" + s });
      });
      add("text", { x: 10 + g * groupWidth, y: height + 30, class: "axis" }, m.group);
    });
    series.forEach(([, label], s) => { add("rect", { x: 10 + s * 140, y: height + 42, width: 12, height: 12, class: "bar s" + s }); add("text", { x: 28 + s * 140, y: height + 53, class: "axis" }, label); });
    return svg;
  }

  // ---- admin
  async function loadSession() {
    session = await api("/api/session").catch(() => ({ adminEnabled: false, admin: false }));
    for (const node of document.querySelectorAll(".admin-only")) node.hidden = !session.admin;
    for (const node of document.querySelectorAll(".admin-off")) node.hidden = session.admin;
    $("#admin-button").textContent = session.admin ? t("admin.logout") : t("admin.login");
  }
  async function adminButton() {
    if (session.admin) { await api("/api/logout", { method: "POST" }).catch(() => null); await loadSession(); show(); return; }
    $("#login-error").textContent = session.adminEnabled ? "" : t("admin.disabled");
    $("#login-dialog").showModal();
  }
  async function login(event) {
    event.preventDefault();
    try {
      await api("/api/login", { method: "POST", headers: { "Content-Type": "application/json", "Accept": "application/json" }, body: JSON.stringify({ password: $("#login-password").value }) });
      $("#login-password").value = ""; $("#login-dialog").close();
      await loadSession(); show();
    } catch (error) {
      $("#login-error").textContent = error.status === 429 ? t("admin.locked", error.retryAfter) : error.status === 403 ? t("admin.disabled") : t("admin.wrong");
    }
  }

  document.addEventListener("DOMContentLoaded", () => {
    apply();
    $("#ask-form").addEventListener("submit", ask);
    $("#upload-form").addEventListener("submit", upload);
    $("#quality-form").addEventListener("submit", runQuality);
    $("#admin-button").addEventListener("click", adminButton);
    $("#login-form").addEventListener("submit", login);
    $("#login-cancel").addEventListener("click", () => $("#login-dialog").close());
    window.addEventListener("hashchange", show);
    show();
    connect();
    loadSession();
    loadStatus();
    // The broker's reachability is probed by /api/status only; the rest arrives on the feed.
    setInterval(loadStatus, 30000);
  });
})();
