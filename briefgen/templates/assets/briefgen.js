/* briefgen: sortable columns and a text filter for tables inside `.bg-sortable`, links on the
   countries map, every source sentence opened for printing.
   Local and dependency-free, so the site works offline. Runs on every page view,
   including Material's instant navigation (document$). */
(function () {
  "use strict";

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function sortKey(cell) {
    var marked = cell.querySelector("[data-sort]");
    var raw = marked ? marked.getAttribute("data-sort") : cell.textContent.trim();
    var number = Number(raw);
    return raw !== "" && !isNaN(number) ? number : fold(raw);
  }

  function compare(a, b) {
    if (typeof a === typeof b) return a < b ? -1 : a > b ? 1 : 0;
    return typeof a === "number" ? -1 : 1;
  }

  function makeSortable(table) {
    var body = table.tBodies[0];
    if (!body || table.dataset.bgReady) return;
    table.dataset.bgReady = "1";
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
      th.tabIndex = 0;
      th.classList.add("bg-sort");
      th.setAttribute("aria-sort", "none");
      function sort() {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(th.parentNode.cells, function (other) {
          other.setAttribute("aria-sort", "none");
        });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (r1, r2) {
          var order = compare(sortKey(r1.cells[column]), sortKey(r2.cells[column]));
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      }
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (event) {
        if (event.key === "Enter" || event.key === " ") { event.preventDefault(); sort(); }
      });
    });
  }

  function filterRows(input) {
    var words = fold(input.value).split(/\s+/).filter(Boolean);
    document.querySelectorAll(".bg-sortable tbody tr").forEach(function (row) {
      var text = fold(row.textContent);
      row.hidden = !words.every(function (word) { return text.indexOf(word) !== -1; });
    });
  }

  // The world map: a coloured country goes to its section (click, Enter or Space).
  function follow(event) {
    var target = event.target.closest && event.target.closest("svg.bg-map [data-href]");
    if (!target) return;
    if (event.type === "keydown" && event.key !== "Enter" && event.key !== " ") return;
    event.preventDefault();
    location.hash = target.getAttribute("data-href");
  }
  document.addEventListener("click", follow);
  document.addEventListener("keydown", follow);

  // Material's search dialog has no accessible name: give it the search field's own label.
  function nameSearchDialog() {
    var dialog = document.querySelector(".md-search[role=dialog]:not([aria-label])");
    var input = document.querySelector(".md-search__input");
    if (dialog && input) dialog.setAttribute("aria-label", input.getAttribute("aria-label") || input.placeholder);
  }

  // A table wider than a phone scrolls inside its box: the box takes keyboard focus so it can
  // be scrolled without a mouse.
  function focusableScrollBoxes() {
    document.querySelectorAll(".md-typeset__scrollwrap:not([tabindex])").forEach(function (box) {
      box.tabIndex = 0;
    });
  }

  function setUp() {
    nameSearchDialog();
    focusableScrollBoxes();
    document.querySelectorAll(".bg-sortable table").forEach(makeSortable);
    document.querySelectorAll("input.bg-filter").forEach(function (input) {
      input.addEventListener("input", function () { filterRows(input); });
    });
  }

  // Printing shows every source sentence: a printed page has no toggles.
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details.bg-src:not([open])").forEach(function (d) {
      d.setAttribute("open", "");
      d.dataset.bgPrinted = "1";
    });
  });
  window.addEventListener("afterprint", function () {
    document.querySelectorAll("details[data-bg-printed]").forEach(function (d) {
      d.removeAttribute("open");
      delete d.dataset.bgPrinted;
    });
  });

  if (typeof document$ !== "undefined") {
    document$.subscribe(setUp);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
