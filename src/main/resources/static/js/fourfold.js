// Small enhancements of the server-rendered pages; every page works without them.
// Loaded as a file because the Content-Security-Policy allows no inline scripts.
document.documentElement.classList.add('js');

// htmx requests carry the session's CSRF token as a header (Spring Security reads it there).
document.addEventListener('htmx:configRequest', (event) => {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('[data-select-on-focus]').forEach((input) => {
    input.addEventListener('focus', () => input.select());
  });
  // A select that applies itself: its form is sent when the choice changes (the button is there without scripts).
  document.querySelectorAll('[data-submit-on-change]').forEach((select) => {
    select.addEventListener('change', () => select.form.requestSubmit());
  });
  if (!navigator.clipboard) {
    return; // only in secure contexts (https or localhost); the page tells how to copy by hand
  }
  document.querySelectorAll('[data-copy]').forEach((button) => {
    const source = document.getElementById(button.dataset.copy);
    button.hidden = false;
    button.addEventListener('click', () => {
      navigator.clipboard.writeText(source.value).then(() => {
        button.textContent = 'Copied';
      }, () => {
        source.select();
      });
    });
  });
});
