/**
 * The report page's own script: records console errors and failed loads into `#page-errors`, embeds
 * each chart (SVG renderer) and writes the number of data marks each drew into `#chart-status` and
 * `body[data-charts]` — what the browser check reads —, opens the collapsed list holding a linked
 * anchor, and makes tables sortable by clicking a heading.
 */
export const PAGE_SCRIPT = String.raw`
(function () {
  var errors = [];
  function report(message) {
    errors.push(String(message));
    var box = document.getElementById("page-errors");
    if (box) box.textContent = JSON.stringify(errors);
  }
  var consoleError = console.error;
  console.error = function () { report(Array.prototype.join.call(arguments, " ")); consoleError.apply(console, arguments); };
  window.addEventListener("error", function (e) { report(e.message || "error loading " + (e.target && (e.target.src || e.target.href))); }, true);
  window.addEventListener("unhandledrejection", function (e) { report(e.reason && e.reason.message || e.reason); });

  function countMarks(node) {
    if (!node || !node.items) return 0;
    var n = node.marktype && node.marktype !== "group" && node.role === "mark" ? node.items.length : 0;
    for (var i = 0; i < node.items.length; i++) n += countMarks(node.items[i]);
    return n;
  }

  var charts = document.querySelectorAll("[data-chart]");
  var status = {};
  var pending = [];
  charts.forEach(function (el) {
    var id = el.getAttribute("data-chart");
    var spec = JSON.parse(document.getElementById("spec-" + id).textContent);
    pending.push(vegaEmbed(el, spec, { renderer: "svg", actions: false }).then(function (result) {
      status[id] = countMarks(result.view.scenegraph().root);
    }, function (error) {
      status[id] = 0;
      report("chart " + id + ": " + (error && error.message || error));
    }));
  });
  Promise.all(pending).then(function () {
    document.getElementById("chart-status").textContent = JSON.stringify(status);
    document.body.setAttribute("data-charts", JSON.stringify(status));
  });

  function openTarget() {
    var el = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    for (var node = el; node; node = node.parentElement) if (node.tagName === "DETAILS") node.open = true;
    if (el) el.scrollIntoView();
  }
  window.addEventListener("hashchange", openTarget);
  openTarget();

  document.querySelectorAll("table.sortable th").forEach(function (th, _, all) {
    th.addEventListener("click", function () {
      var table = th.closest("table");
      var index = Array.prototype.indexOf.call(th.parentNode.children, th);
      var ascending = th.getAttribute("aria-sort") !== "ascending";
      th.parentNode.querySelectorAll("th").forEach(function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      function key(row) {
        var cell = row.cells[index];
        var raw = cell ? (cell.getAttribute("data-sort") || cell.textContent.trim()) : "";
        var num = parseFloat(raw);
        return isNaN(num) || !/^-?[\d.]+%?$/.test(raw) ? raw.toLowerCase() : num;
      }
      rows.sort(function (a, b) {
        var x = key(a), y = key(b);
        if (typeof x !== typeof y) return typeof x === "number" ? -1 : 1;
        return (x < y ? -1 : x > y ? 1 : 0) * (ascending ? 1 : -1);
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
})();
`;
