// Small enhancements of the server-rendered pages; every page works without them.
// Loaded as a file because the Content-Security-Policy allows no inline scripts.
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('[data-select-on-focus]').forEach((input) => {
    input.addEventListener('focus', () => input.select());
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
