// Sorting, filtering and the link from an alert to its loop in the picture. No libraries: the page
// must work offline.
(function () {
  'use strict';
  var table = document.getElementById('alert-table');
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var svg = document.querySelector('svg.network');

  // Sort: click a header; click again to reverse. Numbers sort by data-value, text by its content.
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
    th.tabIndex = 0;
    function sort() {
      var ascending = th.getAttribute('aria-sort') !== 'ascending';
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      var numeric = th.getAttribute('data-type') === 'number';
      var sorted = rows.slice().sort(function (a, b) {
        var x = a.cells[column], y = b.cells[column];
        var result = numeric
          ? Number(x.getAttribute('data-value')) - Number(y.getAttribute('data-value'))
          : x.textContent.localeCompare(y.textContent);
        return ascending ? result : -result;
      });
      sorted.forEach(function (row) { body.appendChild(row); });
    }
    th.addEventListener('click', sort);
    th.addEventListener('keydown', function (e) { if (e.key === 'Enter') { sort(); } });
  });

  // Filter: free text over the whole row, plus severity and category.
  var text = document.getElementById('filter');
  var severity = document.getElementById('severity');
  var category = document.getElementById('category');
  var shown = document.getElementById('shown');
  function filter() {
    var words = text.value.toLowerCase().split(/\s+/).filter(Boolean);
    var count = 0;
    rows.forEach(function (row) {
      var content = row.textContent.toLowerCase();
      var visible = words.every(function (w) { return content.indexOf(w) >= 0; })
        && (!severity.value || row.getAttribute('data-severity') === severity.value)
        && (!category.value || row.getAttribute('data-category') === category.value);
      row.hidden = !visible;
      if (visible) { count++; }
    });
    shown.textContent = count + ' of ' + rows.length + ' alerts shown';
  }
  [text, severity, category].forEach(function (control) {
    control.addEventListener('input', filter);
    control.addEventListener('change', filter);
  });
  filter();

  // Focus: an alert's companies and deals in red, the rest dimmed; the same alert again restores the page's opening view.
  var opening = rows.filter(function (row) { return row.classList.contains('selected'); })[0];
  function focus(row, dim) {
    var nodes = (row.getAttribute('data-nodes') || '').split(' ');
    var edges = (row.getAttribute('data-edges') || '').split(' ');
    svg.querySelectorAll('[data-node]').forEach(function (el) {
      el.classList.toggle('focus', nodes.indexOf(el.getAttribute('data-node')) >= 0);
    });
    svg.querySelectorAll('[data-edge]').forEach(function (el) {
      el.classList.toggle('focus', edges.indexOf(el.getAttribute('data-edge')) >= 0);
    });
    svg.classList.toggle('dimmed', dim);
    rows.forEach(function (r) { r.classList.toggle('selected', r === row); });
  }
  var current = null;
  function select(row) {
    if (current === row) {
      current = null;
      if (opening) { focus(opening, false); } else { focus(row, false); row.classList.remove('selected'); }
      return;
    }
    current = row;
    focus(row, true);
    svg.scrollIntoView({behavior: 'smooth', block: 'nearest'});
  }
  rows.forEach(function (row) {
    row.addEventListener('click', function (e) {
      // Opening an explanation or following a source link is not a request to re-draw the picture.
      if (e.target.closest('details') || e.target.closest('a')) { return; }
      select(row);
    });
    row.addEventListener('keydown', function (e) { if (e.key === 'Enter' && e.target === row) { select(row); } });
  });
})();
