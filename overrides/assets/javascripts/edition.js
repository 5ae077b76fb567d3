/* Material's search dialog has no accessible name; give it one (axe: aria-dialog-name). */
(function () {
  "use strict";
  function nameSearch() {
    var dialog = document.querySelector(".md-search[role=dialog]");
    if (dialog && !dialog.hasAttribute("aria-label")) dialog.setAttribute("aria-label", "搜索");
  }
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(nameSearch);
  } else {
    document.addEventListener("DOMContentLoaded", nameSearch);
  }
})();

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

/* Glossary tooltips: a term marked .gloss shows its headword, pinyin, English name and short
   definition on mouse hover, keyboard focus and tap. The content comes from the hidden
   definitions on the same page (no fetching, so it works offline); screen readers get it
   through aria-describedby. On a phone the tip opens in the half of the screen away from the
   term, so it never covers the line being read. */
(function () {
  "use strict";

  var tip = null;
  var current = null;
  var hideTimer = null;
  var lastPointer = "mouse";
  var shownBeforeTap = false;

  function ensureTip() {
    if (tip) return tip;
    tip = document.createElement("div");
    tip.id = "gloss-tip";
    tip.className = "gloss-tip";
    tip.setAttribute("role", "tooltip");
    tip.hidden = true;
    tip.addEventListener("mouseenter", function () { clearTimeout(hideTimer); });
    tip.addEventListener("mouseleave", function () { scheduleHide(); });
    document.body.appendChild(tip);
    return tip;
  }

  function narrow() {
    return window.matchMedia("(max-width: 44.9375em)").matches;
  }

  function show(mark) {
    var definition = document.getElementById(mark.getAttribute("aria-describedby"));
    if (!definition) return;
    clearTimeout(hideTimer);
    var box = ensureTip();
    box.innerHTML = definition.innerHTML;
    var more = document.createElement("a");
    more.className = "gloss-tip__more";
    more.href = mark.getAttribute("href");
    more.textContent = "查看词条";
    box.appendChild(more);
    box.hidden = false;
    current = mark;
    mark.setAttribute("aria-expanded", "true");
    place(mark, box);
  }

  function place(mark, box) {
    var rect = mark.getBoundingClientRect();
    box.classList.remove("gloss-tip--sheet-top", "gloss-tip--sheet-bottom");
    if (narrow()) {
      var termInLowerHalf = rect.top > window.innerHeight / 2;
      box.classList.add(termInLowerHalf ? "gloss-tip--sheet-top" : "gloss-tip--sheet-bottom");
      box.style.left = box.style.top = "";
      return;
    }
    var width = box.offsetWidth;
    var left = Math.min(Math.max(8, rect.left), window.innerWidth - width - 8);
    var below = rect.bottom + 8;
    var top = below + box.offsetHeight > window.innerHeight && rect.top - box.offsetHeight - 8 > 0
      ? rect.top - box.offsetHeight - 8
      : below;
    box.style.left = left + window.scrollX + "px";
    box.style.top = top + window.scrollY + "px";
  }

  function hide() {
    if (!tip) return;
    tip.hidden = true;
    if (current) current.removeAttribute("aria-expanded");
    current = null;
  }

  function scheduleHide() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, 200);
  }

  function bind(root) {
    root.querySelectorAll("a.gloss").forEach(function (mark) {
      if (mark.dataset.glossBound) return;
      mark.dataset.glossBound = "1";
      mark.addEventListener("mouseenter", function () { show(mark); });
      mark.addEventListener("mouseleave", scheduleHide);
      mark.addEventListener("focus", function () { show(mark); });
      mark.addEventListener("blur", scheduleHide);
      mark.addEventListener("pointerdown", function (event) {
        lastPointer = event.pointerType;
        shownBeforeTap = current === mark && tip && !tip.hidden;
      });
      mark.addEventListener("click", function (event) {
        // On a touch screen the first tap explains the term; a second tap, or the tip's
        // link, opens the glossary entry. Mouse and keyboard follow the link at once.
        if (lastPointer === "touch" && !shownBeforeTap) {
          event.preventDefault();
          show(mark);
        }
      });
    });
  }

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") hide();
  });
  document.addEventListener("click", function (event) {
    if (current && !event.target.closest("a.gloss, .gloss-tip")) hide();
  });

  function start() { hide(); bind(document); }
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(start);
  } else {
    document.addEventListener("DOMContentLoaded", start);
  }
})();

/* Pinyin reading aid: a switch in the header shows pinyin above every marked term; the
   choice is remembered across pages (localStorage). */
(function () {
  "use strict";
  var KEY = "edition.pinyin";
  var root = document.documentElement;

  function stored() {
    try { return localStorage.getItem(KEY) === "on"; } catch (e) { return false; }
  }

  function apply(on) {
    root.classList.toggle("pinyin-on", on);
    var button = document.querySelector(".pinyin-switch");
    if (button) button.setAttribute("aria-pressed", on ? "true" : "false");
  }

  function addSwitch() {
    var header = document.querySelector(".md-header__inner");
    if (!header || header.querySelector(".pinyin-switch")) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "md-header__button pinyin-switch";
    button.title = "在术语上方显示拼音";
    button.setAttribute("aria-label", "拼音注音");
    button.textContent = "拼";
    button.addEventListener("click", function () {
      var on = !root.classList.contains("pinyin-on");
      try { localStorage.setItem(KEY, on ? "on" : "off"); } catch (e) { /* private mode: this page only */ }
      apply(on);
    });
    var search = header.querySelector(".md-search");
    header.insertBefore(button, search || null);
    apply(stored());
  }

  apply(stored());
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(addSwitch);
  } else {
    document.addEventListener("DOMContentLoaded", addSwitch);
  }
})();

/* Glossary page: filter the entries by category. Without JavaScript every entry shows. */
(function () {
  "use strict";

  function setup() {
    var holder = document.querySelector(".gloss-filter");
    if (!holder || holder.childElementCount) return;
    var categories = JSON.parse(holder.dataset.categories);
    holder.setAttribute("role", "group");
    holder.setAttribute("aria-label", "按类别筛选");
    var buttons = [["", "全部"]].concat(Object.keys(categories).map(function (k) { return [k, categories[k]]; }));
    buttons.forEach(function (pair) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "gloss-filter__button";
      button.dataset.category = pair[0];
      button.textContent = pair[1];
      button.setAttribute("aria-pressed", pair[0] === "" ? "true" : "false");
      button.addEventListener("click", function () { filter(pair[0], holder); });
      holder.appendChild(button);
    });
  }

  function filter(category, holder) {
    holder.querySelectorAll("button").forEach(function (b) {
      b.setAttribute("aria-pressed", b.dataset.category === category ? "true" : "false");
    });
    document.querySelectorAll("section.ge").forEach(function (entry) {
      entry.hidden = category !== "" && entry.dataset.category !== category;
    });
    document.querySelectorAll("h2.gloss-letter").forEach(function (letter) {
      var next = letter.nextElementSibling;
      var any = false;
      while (next && !next.matches("h2")) {
        if (next.matches("section.ge") && !next.hidden) any = true;
        next = next.nextElementSibling;
      }
      letter.hidden = !any;
    });
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(setup);
  } else {
    document.addEventListener("DOMContentLoaded", setup);
  }
})();
