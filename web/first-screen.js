// The first screen before the viewer's code: the view's HTML, made by `make site` with the same core
// code as the report page (core/first_screen.h, kpi-tool first-screen), shown as soon as it and the
// dataset are both here, and only when the dataset is the very file it was made from (SHA-256 of its
// bytes): a dataset republished without a rebuild shows the loading card instead, never old numbers.
// The canvas takes over at its first data frame (kpiGlue.firstDataFrame calls handOver): the HTML
// fades out in the same animation frame the canvas picture appears, and focus moves to the canvas's
// HTML twin of the element that had it (data-sem = the semantic id), so a keyboard or screen-reader
// user keeps their place. Loaded before glue.js, which fetches the dataset and the font
// (kpiGlue.startupFetch): the screen's request goes out first.
// [SECTION] which screen this link has
// [SECTION] show it when it matches the data
// [SECTION] hand-over to the canvas
'use strict';
(function () {
  // --- [SECTION] which screen this link has -----------------------------------------------------
  // Pre-made: the overview and each project's page (a KPI's link shows its project's page, at the
  // KPI), in each language (ja, easy, en), default era, no filters. Any other link: the loading card.
  const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
  const params = new URLSearchParams(location.search);
  const allowed = new Set(['data', 'lang', 'project', 'kpi']);
  const defaultData = (document.querySelector('meta[name="kpi-dataset"]') || {}).content || '';
  const dataName = params.get('data') || defaultData;
  const lang = params.get('lang') || 'ja';
  const project = params.get('project') || '';
  const kpi = params.get('kpi') || '';
  const plain = [...params.keys()].every((k) => allowed.has(k) && params.getAll(k).length === 1) &&
    SLUG.test(dataName) && dataName.length <= 64 && (lang === 'ja' || lang === 'en' || lang === 'easy') &&
    (!project || SLUG.test(project)) && (!kpi || /^[1-9][0-9]?$/.test(kpi));
  const dataUrl = 'data/' + dataName + '.json';
  // The datasets make site wrote screens for (a file added by hand has none: nothing is requested).
  const made = ((document.querySelector('meta[name="kpi-first-screens"]') || {}).content || '').split(' ');
  const marks = {};
  let state = 'none';   // none | waiting | shown | handed-over | refused
  // Settled: the screen was refused, or shown and its frame presented (glue.js starts the viewer's
  // code after this, so that code's first long task does not hold the screen's first frame back).
  let settle;
  const settled = new Promise((r) => { settle = r; });
  window.kpiFirstScreen = {
    state: () => state,
    settled: () => settled,
    // performance.now() of the animation frame that first showed the screen, or null.
    presentedMs: () => marks.presented ?? null,
    // How many project outcomes it showed (for make bench, which asks after the hand-over).
    outcomesShown: () => marks.outcomes ?? 0,
    handOver,
  };
  // (Offline, the service worker has the viewer but not these screens: the loading card, no request.)
  if (!plain || !made.includes(dataName) || !navigator.onLine || !(window.crypto && crypto.subtle)) { settle(); return; }
  state = 'waiting';
  const screenUrl = 'data/first/' + dataName + '/' + lang + '/' + (project || 'index') + '.html';
  const fetchScreen = () => fetch(screenUrl, { cache: 'no-cache' }).then((r) => (r.ok ? r.text() : null)).catch(() => null);
  // The overview's screen is asked for at once. A project's only once the dataset shows the project
  // is in it: a link to a project that is gone must not request a page that is not there.
  // (The id is a slug, ASCII only: its quoted form is looked for in the bytes, with no text made of
  // the whole file, which for a nationwide dataset would be 13 MB decoded into a 26 MB string.)
  const hasProject = (bytes) => {
    const needle = Array.from('"' + project + '"', (c) => c.charCodeAt(0)), n = needle.length;
    const skip = new Uint8Array(256).fill(Math.min(n, 255));   // Horspool: jump by the window's last byte
    for (let k = 0; k < n - 1; k++) skip[needle[k]] = Math.min(n - 1 - k, 255);
    for (let i = 0; i + n <= bytes.length; i += skip[bytes[i + n - 1]]) {
      let j = n - 1;
      while (j >= 0 && bytes[i + j] === needle[j]) j--;
      if (j < 0) return true;
    }
    return false;
  };

  // --- [SECTION] show it when it matches the data -----------------------------------------------
  const hex = (buf) => [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('');
  // The page parsed (not DOMContentLoaded, which also waits for the viewer's deferred code): its
  // element exists and glue.js has run and started the dataset's fetch.
  const parsed = new Promise((r) => {
    if (document.readyState !== 'loading') r();
    else document.addEventListener('readystatechange', r, { once: true });
  });
  const startup = (url) => (window.kpiGlue && window.kpiGlue.startupFetch(url)) || null;
  let fontFetch = null;
  const data = parsed.then(() => { fontFetch = startup('fonts/ui-subset.ttf'); return startup(dataUrl); });
  const screenText = project
    ? data.then((d) => (d && d.ok && hasProject(d.bytes) ? fetchScreen() : null))
    : fetchScreen();
  Promise.all([screenText, data, parsed]).then(async ([html, data]) => {
    if (state !== 'waiting') { settle(); return; }   // the canvas was first
    if (!html || !data || !data.ok || !data.bytes.length) { state = 'refused'; settle(); return; }
    const tpl = document.createElement('template');
    tpl.innerHTML = html;
    const root = tpl.content.firstElementChild;
    const want = root && root.classList.contains('fs') ? root.getAttribute('data-dataset-sha256') : null;
    const got = hex(await crypto.subtle.digest('SHA-256', data.bytes));
    if (state !== 'waiting') { settle(); return; }
    if (!want || want !== got) { state = 'refused'; settle(); return; }   // another file than the one it was made from
    const host = document.getElementById('first-screen');
    marks.outcomes = root.querySelectorAll('.fs-glance .fs-project').length;
    host.appendChild(root);
    host.hidden = false;
    document.body.classList.add('first-screen-shown');
    const loading = document.getElementById('loading');
    if (loading) loading.hidden = true;
    state = 'shown';
    if (project && kpi) {
      const at = document.getElementById('kpi-' + project + '-' + kpi);
      if (at) at.scrollIntoView();
    }
    requestAnimationFrame(() => { marks.presented = performance.now(); setTimeout(settle, 0); });
    useViewerFont();
  }).catch(() => { if (state === 'waiting') state = 'refused'; settle(); });

  // The canvas's font, from the bytes glue.js fetched for the viewer (no second download): the
  // screen's text takes it when it arrives (first-screen.css names it first).
  function useViewerFont() {
    const font = fontFetch;
    fontFetch = null;
    if (!font || !window.FontFace) return;
    font.then((f) => {
      if (!f.ok || state !== 'shown') return;
      const face = new FontFace('KPI UI', f.bytes);
      return face.load().then(() => document.fonts.add(face));
    }).catch(() => {});   // (the fallback font stays)
  }

  // --- [SECTION] hand-over to the canvas ---------------------------------------------------------
  // Called by glue.js when the canvas's first data frame was drawn (on screen at the next animation
  // frame). The screen stays in the page, invisible and inert to the pointer, until the canvas's HTML
  // twins exist, so focus always has somewhere to be; then focus moves to the twin and it goes.
  function handOver() {
    if (state !== 'shown') { state = state === 'waiting' ? 'handed-over' : state; return; }
    state = 'handed-over';
    const host = document.getElementById('first-screen');
    const focused = host.contains(document.activeElement) ? document.activeElement : null;
    const sem = focused && focused.closest('[data-sem]') ? focused.closest('[data-sem]').getAttribute('data-sem') : '';
    document.body.classList.remove('first-screen-shown');
    host.classList.add('handing-over');
    const done = () => {
      if (focused) {
        const twin = (sem && document.querySelector('#sem [data-id="' + CSS.escape(sem) + '"]')) ||
          document.querySelector('#sem h1, #sem [data-id]');
        if (twin) twin.focus({ preventScroll: true });
      }
      host.remove();
    };
    const wait = () => (window.kpiWeb.semanticsBuiltMs() !== null ? done() : requestAnimationFrame(wait));
    requestAnimationFrame(wait);
  }
})();
