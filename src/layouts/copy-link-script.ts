/**
 * The one classic inline script of every page, as text: progressive enhancement only (links
 * work without it). It copies a section's link, and keeps the current section when the
 * language is switched. It stays inline and classic so pages without a form still load no
 * script file; the strict CSP allows it by its SHA-256 hash, which BaseLayout computes from
 * this exact text. Its words come from the toast's data attributes.
 */
export const copyLinkScript = `document.addEventListener('click', function (event) {
  var target = event.target instanceof Element ? event.target : null;
  var switcher = target && target.closest('a[data-keep-hash]');
  if (switcher && location.hash)
    switcher.setAttribute('href', switcher.getAttribute('href').split('#')[0] + location.hash);
  var link = target && target.closest('a[data-copy-link]');
  var toast = document.getElementById('toast');
  if (!link || !toast) return;
  event.preventDefault();
  var hash = link.getAttribute('href');
  var url = location.href.split('#')[0] + hash;
  history.replaceState(null, '', hash);
  function say(text) {
    toast.textContent = text;
    toast.classList.add('is-visible');
    setTimeout(function () {
      toast.classList.remove('is-visible');
    }, 2200);
  }
  if (navigator.clipboard && navigator.clipboard.writeText) {
    navigator.clipboard.writeText(url).then(
      function () {
        say(toast.dataset.copied);
      },
      function () {
        say(toast.dataset.failed);
      },
    );
  } else {
    say(toast.dataset.failed);
  }
});`;
