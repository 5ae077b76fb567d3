/* The edition's reading tools, added to every page that has numbered paragraphs:
   a "copy citation" button beside each paragraph's permalink. Works offline, no requests. */
(function () {
  "use strict";

  function permalink(id) {
    return location.href.split("#")[0] + "#" + id;
  }

  function citationOf(paragraph) {
    return paragraph.dataset.cite + "。\n" + document.title.split(" - ").pop() + "，" + permalink(paragraph.id);
  }

  function copy(text, button) {
    var done = function () {
      button.textContent = "已复制";
      setTimeout(function () { button.textContent = "复制引文"; }, 1500);
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, function () { fallback(text); done(); });
    } else {
      fallback(text);
      done();
    }
  }

  function fallback(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    try { document.execCommand("copy"); } catch (e) { /* nothing more to try */ }
    document.body.removeChild(area);
  }

  function addCiteButtons(root) {
    root.querySelectorAll("p[data-cite] > a.para-link").forEach(function (link) {
      if (link.nextElementSibling && link.nextElementSibling.classList.contains("para-cite")) return;
      var paragraph = link.parentElement;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "para-cite";
      button.textContent = "复制引文";
      button.setAttribute("aria-label", "复制本段引文：" + paragraph.dataset.cite);
      button.addEventListener("click", function () { copy(citationOf(paragraph), button); });
      link.insertAdjacentElement("afterend", button);
    });
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(function () { addCiteButtons(document); });
  } else {
    document.addEventListener("DOMContentLoaded", function () { addCiteButtons(document); });
  }
})();
