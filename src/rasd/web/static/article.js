// rasd article page: mark an event's evidence and attribution, or an entity's mentions.
// Reads only data-* attributes and never builds HTML from strings: article text stays text.
"use strict";
(function () {
  var segs = Array.prototype.slice.call(document.querySelectorAll("#article .seg"));
  var eventButtons = Array.prototype.slice.call(document.querySelectorAll("button.event"));
  var entityButtons = Array.prototype.slice.call(document.querySelectorAll("button.entity"));

  function clear() {
    segs.forEach(function (s) { s.classList.remove("hl-ev", "hl-att", "hl-ent"); });
    eventButtons.forEach(function (b) { b.setAttribute("aria-pressed", "false"); });
    entityButtons.forEach(function (b) { b.setAttribute("aria-pressed", "false"); });
  }

  function mark(start, end, cls) {
    var first = null;
    segs.forEach(function (s) {
      var a = +s.dataset.s, b = +s.dataset.e;
      if (a >= start && b <= end) { s.classList.add(cls); if (!first) first = s; }
    });
    return first;
  }

  function selectEvent(button) {
    var was = button.getAttribute("aria-pressed") === "true";
    clear();
    if (was) return;
    var spans = JSON.parse(button.dataset.spans || "{}");
    var first = null;
    (spans.evidence || []).forEach(function (sp) { first = mark(sp[0], sp[1], "hl-ev") || first; });
    if (spans.attribution) mark(spans.attribution[0], spans.attribution[1], "hl-att");
    button.setAttribute("aria-pressed", "true");
    var marked = document.querySelector("#article .hl-ev, #article .hl-att");
    if (marked && marked.scrollIntoView) marked.scrollIntoView({ block: "center", behavior: "smooth" });
  }

  eventButtons.forEach(function (b) { b.addEventListener("click", function () { selectEvent(b); }); });
  entityButtons.forEach(function (b) {
    b.addEventListener("click", function () {
      var was = b.getAttribute("aria-pressed") === "true";
      clear();
      if (was) return;
      b.setAttribute("aria-pressed", "true");
      var first = null;
      segs.forEach(function (s) { if (s.dataset.ent === b.dataset.ent) { s.classList.add("hl-ent"); first = first || s; } });
      if (first && first.scrollIntoView) first.scrollIntoView({ block: "center", behavior: "smooth" });
    });
  });

  var result = document.getElementById("result");
  if (result && result.dataset.selected) {
    var chosen = eventButtons.filter(function (b) { return b.dataset.id === result.dataset.selected; })[0];
    if (chosen) selectEvent(chosen);
  }

  // Upload: read the file here and put its text in the form (HTML pages are cleaned on the server).
  var upload = document.getElementById("upload");
  if (upload) upload.addEventListener("change", function () {
    var file = upload.files && upload.files[0];
    if (!file) return;
    var reader = new FileReader();
    reader.onload = function () {
      document.getElementById("text").value = String(reader.result);
      var html = /\.html?$/i.test(file.name) || file.type === "text/html";
      document.getElementById("format").value = html ? "html" : "text";
      document.getElementById("upload-note").textContent = file.name + (html ? " (HTML: the article is extracted)" : "");
    };
    reader.readAsText(file, "utf-8");
  });
})();
