/*
 * Runs before the task pane's bundle, in any webview Office may use — also Internet Explorer 11
 * (Trident) and Edge Legacy (EdgeHTML), which older or volume-licensed Office on Windows and
 * Microsoft 365 without the WebView2 runtime still use
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins).
 * So it is ES5 only (the build test parses it as ES5). Where a feature the bundle needs is missing,
 * it says in German what is needed instead of leaving the pane at "wird geladen …", and marks the
 * page so the bundle, should it parse at all, does not start. Umlauts are escaped: the file is read
 * correctly whatever charset the web server announces.
 */
(function () {
  "use strict";
  var w = window;
  var missing = [];
  function need(ok, name) {
    if (!ok) missing.push(name);
  }
  need(typeof w.Promise === "function" && typeof w.fetch === "function", "fetch/Promise");
  need(typeof w.TextEncoder === "function" && typeof w.Worker === "function", "TextEncoder/Worker");
  // Together these mark an engine with all of ES2022 the bundle uses: Chromium 98 / Safari 15.4 or newer.
  need(typeof w.structuredClone === "function", "structuredClone");
  need(typeof Array.prototype.at === "function" && typeof Object.hasOwn === "function", "Array.prototype.at/Object.hasOwn");
  if (missing.length === 0) return;

  document.documentElement.setAttribute("data-veraltet", missing.join(", "));
  var MESSAGE =
    "Ihr Office zeigt Add-ins mit einer veralteten Browser-Komponente an (Internet Explorer oder der alte Edge), " +
    "in der der Allianz-Planer nicht l\u00e4uft. Ben\u00f6tigt wird: Microsoft 365 oder Office LTSC 2024 unter Windows 10/11 " +
    "mit der Microsoft Edge WebView2-Runtime, Office f\u00fcr Mac unter macOS 15 oder neuer, oder Office im Web in einem " +
    "aktuellen Browser (Edge, Chrome, Firefox, Safari). Bitten Sie Ihre IT-Abteilung, die WebView2-Runtime zu " +
    "installieren oder Office zu aktualisieren. (Fehlt: " + missing.join(", ") + ")";
  function show() {
    var main = document.getElementById("inhalt");
    if (!main) return;
    while (main.firstChild) main.removeChild(main.firstChild);
    var p = document.createElement("p");
    p.className = "message message-warning";
    p.setAttribute("role", "alert");
    p.appendChild(document.createTextNode(MESSAGE));
    main.appendChild(p);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", show);
  else show();
})();
