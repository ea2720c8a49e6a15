// Records every script error, failed resource and console.error on the page as data-errors on
// <html>, so a headless browser's --dump-dom shows them; the report must load with none.
(function () {
  var errors = [];
  function record(text) {
    errors.push(String(text));
    document.documentElement.setAttribute('data-errors', errors.join(' | '));
  }
  window.addEventListener('error', function (event) {
    record(event.message || ('failed to load ' + (event.target && (event.target.src || event.target.href))));
  }, true);
  window.addEventListener('unhandledrejection', function (event) { record('unhandled rejection: ' + event.reason); });
  var consoleError = console.error;
  console.error = function () {
    record(Array.prototype.join.call(arguments, ' '));
    return consoleError.apply(console, arguments);
  };
  document.documentElement.setAttribute('data-errors', '');
})();
