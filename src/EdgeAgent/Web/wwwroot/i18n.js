// Texts of the panel in English and German; the browser's preferred language decides.
"use strict";
window.EdgeTexts = (function () {
  const texts = {
    en: {
      "nav.live": "Live", "nav.ask": "Ask", "nav.knowledge": "Knowledge", "nav.quality": "Quality",
      "admin.login": "Admin", "admin.logout": "Log out", "admin.password": "Admin password",
      "admin.wrong": "Wrong password.", "admin.locked": "Too many failed logins. Try again in {0} s.",
      "admin.disabled": "No admin password is set on this board (edge-agent web set-password).",
      "admin.needed": "Log in as admin to add or remove manuals.",
      "admin.neededQuality": "Log in as admin to run a question set (it keeps the board busy).",
      "common.cancel": "Cancel",
      "live.state": "State", "live.alarm": "Current alarm", "live.broker": "Broker", "live.knowledge": "Knowledge base",
      "live.models": "Models", "live.outbox": "Outbox", "live.lastError": "Last error", "live.feed": "Questions and answers",
      "live.feedEmpty": "No questions yet.", "live.noAlarm": "none", "live.reachable": "reachable", "live.unreachable": "not reachable",
      "live.documents": "{0} documents, {1} passages", "live.waiting": "{0} events waiting", "live.none": "—",
      "live.disconnected": "connection to the board lost, reconnecting…",
      "state.online": "ready", "state.listening": "listening", "state.transcribing": "transcribing", "state.answering": "answering",
      "state.error": "error", "state.offline": "offline",
      "ask.label": "Your question", "ask.collection": "Collection", "ask.all": "all", "ask.submit": "Ask",
      "ask.busy": "Looking in the manuals…", "ask.sources": "Sources", "ask.related": "Not covered. Closest places in the manuals:",
      "ask.page": "page {0}", "ask.failed": "No answer: {0}",
      "feed.answering": "answering…", "feed.declined": "not in the manuals",
      "knowledge.upload": "Add manuals", "knowledge.uploadButton": "Upload and ingest", "knowledge.collections": "Collections",
      "knowledge.documents": "Documents", "knowledge.name": "Document", "knowledge.collection": "Collection",
      "knowledge.format": "Format", "knowledge.pages": "Pages", "knowledge.chunks": "Passages", "knowledge.ingested": "Ingested", "knowledge.packs": "Installed packs",
      "knowledge.remove": "Remove", "knowledge.confirmRemove": "Remove {0} from the knowledge base?", "knowledge.none": "none",
      "knowledge.uploaded": "{0} added, {1} updated, {2} unchanged, {3} failed", "knowledge.ingesting": "Ingesting…",
      "quality.intro": "Measure the manuals with a question set (.jsonl, as for edge-agent eval).", "quality.run": "Run",
      "quality.busy": "Running…", "quality.group": "Group", "quality.questions": "Questions", "quality.factRecall": "Fact recall",
      "quality.declines": "Declines", "quality.falseDeclines": "False declines",
    },
    de: {
      "nav.live": "Live", "nav.ask": "Fragen", "nav.knowledge": "Wissen", "nav.quality": "Qualität",
      "admin.login": "Admin", "admin.logout": "Abmelden", "admin.password": "Admin-Passwort",
      "admin.wrong": "Falsches Passwort.", "admin.locked": "Zu viele Fehlversuche. Erneut in {0} s.",
      "admin.disabled": "Auf diesem Gerät ist kein Admin-Passwort gesetzt (edge-agent web set-password).",
      "admin.needed": "Als Admin anmelden, um Handbücher hinzuzufügen oder zu entfernen.",
      "admin.neededQuality": "Als Admin anmelden, um einen Fragensatz zu prüfen (das Gerät ist dann ausgelastet).",
      "common.cancel": "Abbrechen",
      "live.state": "Zustand", "live.alarm": "Aktueller Alarm", "live.broker": "Broker", "live.knowledge": "Wissensbasis",
      "live.models": "Modelle", "live.outbox": "Ausgang", "live.lastError": "Letzter Fehler", "live.feed": "Fragen und Antworten",
      "live.feedEmpty": "Noch keine Fragen.", "live.noAlarm": "keiner", "live.reachable": "erreichbar", "live.unreachable": "nicht erreichbar",
      "live.documents": "{0} Dokumente, {1} Abschnitte", "live.waiting": "{0} Ereignisse warten", "live.none": "—",
      "live.disconnected": "Verbindung zum Gerät unterbrochen, verbinde neu…",
      "state.online": "bereit", "state.listening": "hört zu", "state.transcribing": "schreibt mit", "state.answering": "antwortet",
      "state.error": "Fehler", "state.offline": "offline",
      "ask.label": "Ihre Frage", "ask.collection": "Sammlung", "ask.all": "alle", "ask.submit": "Fragen",
      "ask.busy": "Suche in den Handbüchern…", "ask.sources": "Quellen", "ask.related": "Nicht abgedeckt. Am nächsten kommen:",
      "ask.page": "Seite {0}", "ask.failed": "Keine Antwort: {0}",
      "feed.answering": "antwortet…", "feed.declined": "nicht in den Handbüchern",
      "knowledge.upload": "Handbücher hinzufügen", "knowledge.uploadButton": "Hochladen und einlesen", "knowledge.collections": "Sammlungen",
      "knowledge.documents": "Dokumente", "knowledge.name": "Dokument", "knowledge.collection": "Sammlung",
      "knowledge.format": "Format", "knowledge.pages": "Seiten", "knowledge.chunks": "Abschnitte", "knowledge.ingested": "Eingelesen", "knowledge.packs": "Installierte Pakete",
      "knowledge.remove": "Entfernen", "knowledge.confirmRemove": "{0} aus der Wissensbasis entfernen?", "knowledge.none": "keine",
      "knowledge.uploaded": "{0} neu, {1} aktualisiert, {2} unverändert, {3} fehlgeschlagen", "knowledge.ingesting": "Wird eingelesen…",
      "quality.intro": "Die Handbücher mit einem Fragensatz messen (.jsonl, wie für edge-agent eval).", "quality.run": "Starten",
      "quality.busy": "Läuft…", "quality.group": "Gruppe", "quality.questions": "Fragen", "quality.factRecall": "Fakten gefunden",
      "quality.declines": "Abgelehnt", "quality.falseDeclines": "Zu Unrecht abgelehnt",
    },
  };
  const preferred = (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || "en"]);
  const lang = preferred.map(l => String(l).slice(0, 2).toLowerCase()).find(l => texts[l]) || "en";
  function t(key, ...args) {
    const text = texts[lang][key] ?? texts.en[key] ?? key;
    return text.replace(/\{(\d)\}/g, (_, i) => String(args[Number(i)] ?? ""));
  }
  function apply(root) {
    document.documentElement.lang = lang;
    for (const el of (root || document).querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
  }
  return { lang, t, apply };
})();
