/* briefgen: sortable columns and a text filter for tables inside `.bg-sortable`.
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

  function setUp() {
    document.querySelectorAll(".bg-sortable table").forEach(makeSortable);
    document.querySelectorAll("input.bg-filter").forEach(function (input) {
      input.addEventListener("input", function () { filterRows(input); });
    });
  }

  if (typeof document$ !== "undefined") {
    document$.subscribe(setUp);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
