// The upload of a file of values with a progress bar: the form is sent by XMLHttpRequest, whose upload reports
// its progress, and the browser then opens the preview the server redirected to. Without scripts the form posts.
(() => {
  const form = document.getElementById('values-form');
  if (!form || !window.FormData) {
    return;
  }
  const box = document.getElementById('upload-progress-box');
  const bar = document.getElementById('upload-progress');
  const text = document.getElementById('upload-progress-text');
  const button = document.getElementById('values-preview');
  form.addEventListener('submit', (event) => {
    if (!form.checkValidity()) {
      return;
    }
    event.preventDefault();
    const request = new XMLHttpRequest();
    request.open('POST', form.action);
    request.upload.addEventListener('progress', (e) => {
      if (e.lengthComputable) {
        const percent = Math.round((e.loaded / e.total) * 100);
        bar.value = percent;
        text.textContent = percent < 100 ? percent + ' %' : form.dataset.checking || '';
      }
    });
    request.addEventListener('load', () => {
      if (request.status < 400 && request.responseURL) {
        window.location.assign(request.responseURL);
      } else {
        button.disabled = false;
        text.textContent = request.status === 413 ? form.dataset.tooLarge : form.dataset.failed;
      }
    });
    request.addEventListener('error', () => {
      button.disabled = false;
      text.textContent = form.dataset.failed || '';
    });
    box.hidden = false;
    button.disabled = true;
    request.send(new FormData(form));
  });
})();
