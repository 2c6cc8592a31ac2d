// Every htmx request carries the CSRF token the page was rendered with (Spring Security checks it like a form's).
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.getAttribute('content')] = token.getAttribute('content');
  }
});

// A form that is sent once must not be sent twice by a double click (its Idempotency-Key makes a resend harmless,
// but the person should see one answer): its submit buttons are disabled while the page loads the answer.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form.hasAttribute('data-once') && !event.defaultPrevented) {
    form.querySelectorAll('button[type="submit"]').forEach(function (button) {
      button.setAttribute('aria-disabled', 'true');
      window.setTimeout(function () { button.disabled = true; }, 0);
    });
  }
});
