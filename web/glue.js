// Small JS glue between the page and the wasm viewer. Loaded before kpi_viewer.js.
// [SECTION] start-up fetches with progress (code, data, font)
// [SECTION] loading screen
// [SECTION] input: pointer, wheel, keys, text (hidden <input> for on-screen keyboards and IME)
// [SECTION] offline: service worker, data updates, network state, wake lock
// [SECTION] window.kpiViewer test/automation API
// [SECTION] emscripten Module (the wasm fetched here, to show its progress)
'use strict';
(function () {
  const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
  const params = new URLSearchParams(location.search);
  const defaultData = (document.querySelector('meta[name="kpi-dataset"]') || {}).content || 'default';
  // An invalid name is never requested: the viewer shows the default dataset with a notice.
  const asked = params.get('data');
  const dataName = asked && SLUG.test(asked) ? asked : defaultData;
  const dataUrl = 'data/' + dataName + '.json';
  const FONT_URL = 'fonts/ui-subset.ttf';
  let runtimeReady = false;   // set after main() ran: before that the wasm exports do not exist

  // --- [SECTION] start-up fetches with progress -------------------------------------------------
  const progress = { code: 0, data: 0, font: 0 };
  async function fetchWithProgress(url, key) {
    const r = await fetch(url, { cache: 'no-cache' });
    if (!r.ok || !r.body) {
      progress[key] = 1; render();
      return { status: r.status, ok: r.ok, statusText: r.statusText, bytes: new Uint8Array(0) };
    }
    const total = Number(r.headers.get('content-length')) || 0;
    const reader = r.body.getReader();
    const chunks = []; let got = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value); got += value.length;
      if (total) { progress[key] = Math.min(0.99, got / total); render(); }
    }
    const bytes = new Uint8Array(got); let o = 0;
    for (const c of chunks) { bytes.set(c, o); o += c.length; }
    progress[key] = 1; render();
    return { status: r.status, ok: true, statusText: r.statusText, bytes };
  }
  function hasWebGL2() {
    try { return !!document.createElement('canvas').getContext('webgl2'); } catch (e) { return false; }
  }
  const webgl2 = hasWebGL2();   // without it the viewer does not start: nothing else is fetched
  window.kpiPreload = {};
  if (webgl2) {
    window.kpiPreload[FONT_URL] = fetchWithProgress(FONT_URL, 'font');
    window.kpiPreload[dataUrl] = fetchWithProgress(dataUrl, 'data');
  }

  // --- [SECTION] loading screen -----------------------------------------------------------------
  const lang = params.get('lang') === 'en' ? 'en' : 'ja';
  const LABELS = lang === 'en'
    ? { code: 'Program', data: 'Data', font: 'Font', nogl: 'This browser cannot draw the viewer (WebGL 2 is not available). You can still read the data file:' }
    : { code: 'プログラム', data: 'データ', font: 'フォント', nogl: 'このブラウザでは表示できません（WebGL 2 が使えません）。データファイルは次のリンクから見られます：' };
  function render() {
    const ul = document.getElementById('loading-steps');
    if (!ul) return;
    ul.innerHTML = '';
    for (const k of ['code', 'data', 'font']) {
      const li = document.createElement('li');
      const pct = Math.round(progress[k] * 100);
      li.textContent = LABELS[k] + ' ' + (pct >= 100 ? '✓' : pct + '%');
      li.className = pct >= 100 ? 'done' : '';
      ul.appendChild(li);
    }
  }
  document.documentElement.lang = lang;
  document.addEventListener('DOMContentLoaded', render);

  // --- [SECTION] input --------------------------------------------------------------------------
  // Pointer events carry pointerType, which ImGui needs to treat touches as touches.
  const TYPE = { mouse: 0, touch: 1, pen: 2 };
  let hiddenInput = null;
  function call(name, ...args) { if (window.Module && Module['_' + name]) Module['_' + name](...args); }
  function canvasPos(e, canvas) {
    const r = canvas.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  }
  function sendText(s) {
    if (!s) return;
    const n = lengthBytesUTF8(s) + 1, p = _malloc(n);
    stringToUTF8(s, p, n); call('kpi_text_input', p); _free(p);
  }
  function installInput(canvas) {
    const primary = new Set();
    canvas.addEventListener('pointerdown', (e) => {
      if (e.pointerType === 'touch' && !e.isPrimary) return;  // let a second finger zoom the page
      primary.add(e.pointerId);
      canvas.setPointerCapture(e.pointerId);
      const [x, y] = canvasPos(e, canvas);
      call('kpi_pointer', 0, TYPE[e.pointerType] ?? 0, x, y, e.button);
      if (e.pointerType !== 'touch') e.preventDefault();
    });
    canvas.addEventListener('pointermove', (e) => {
      if (e.pointerType === 'touch' && !primary.has(e.pointerId)) return;
      const [x, y] = canvasPos(e, canvas);
      call('kpi_pointer', 1, TYPE[e.pointerType] ?? 0, x, y, 0);
    });
    const up = (kind) => (e) => {
      if (!primary.has(e.pointerId)) return;
      primary.delete(e.pointerId);
      const [x, y] = canvasPos(e, canvas);
      // iOS raises the on-screen keyboard only for a focus() made inside the tap's own handler.
      if (kind === 2 && runtimeReady && Module._kpi_text_field_at(x, y)) hiddenInput.focus({ preventScroll: true });
      call('kpi_pointer', kind, TYPE[e.pointerType] ?? 0, x, y, e.button);
    };
    canvas.addEventListener('pointerup', up(2));
    canvas.addEventListener('pointercancel', up(3));
    canvas.addEventListener('pointerleave', (e) => {
      if (e.pointerType === 'mouse') call('kpi_pointer', 4, 0, 0, 0, 0);
    });
    canvas.addEventListener('wheel', (e) => {
      if (e.ctrlKey) return;  // browser zoom stays the browser's
      e.preventDefault();
      const k = e.deltaMode === 1 ? 40 : e.deltaMode === 2 ? 800 : 1;
      call('kpi_wheel', e.deltaX * k, e.deltaY * k);
    }, { passive: false });
    canvas.addEventListener('contextmenu', (e) => e.preventDefault());

    // A hidden input receives text (and IME composition) and brings up phone keyboards.
    hiddenInput = document.getElementById('text-sink');
    hiddenInput.addEventListener('input', (e) => {
      if (e.isComposing) return;
      sendText(hiddenInput.value); hiddenInput.value = '';
    });
    hiddenInput.addEventListener('compositionend', () => { sendText(hiddenInput.value); hiddenInput.value = ''; });
    const KEYS = { Backspace: 1, Delete: 2, Enter: 3, Escape: 4, Tab: 5, ArrowLeft: 6, ArrowRight: 7,
      ArrowUp: 8, ArrowDown: 9, Home: 10, End: 11, PageUp: 12, PageDown: 13 };
    const onKey = (down) => (e) => {
      if (e.isComposing) return;
      let code = KEYS[e.key] || 0;
      if (!code && (e.ctrlKey || e.metaKey) && /^[acvxyz]$/i.test(e.key)) code = 100 + e.key.toLowerCase().charCodeAt(0);
      if (!code) return;
      call('kpi_key', code, down ? 1 : 0, (e.ctrlKey ? 1 : 0) | (e.shiftKey ? 2 : 0) | (e.metaKey ? 4 : 0));
      if (code === 5 || code === 12 || code === 13) e.preventDefault();
    };
    window.addEventListener('keydown', onKey(true));
    window.addEventListener('keyup', onKey(false));
    window.addEventListener('resize', () => call('kpi_wake'));
    document.addEventListener('visibilitychange', () => call('kpi_wake'));
    matchMedia('(resolution: ' + devicePixelRatio + 'dppx)').addEventListener?.('change', () => call('kpi_wake'));
  }

  // --- [SECTION] offline: service worker, data updates, network state, wake lock ----------------
  // Registered after the first data frame, so its precache downloads never delay the first view.
  function registerServiceWorker() {
    if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
    const warm = () => {
      fetch(dataUrl, { cache: 'no-cache' }).catch(() => {});
      fetch('fonts/jis.ttf').catch(() => {});
    };
    // The first visit fetched the dataset before the worker controlled the page: fetch it again
    // through the worker so that it is cached for offline use.
    navigator.serviceWorker.addEventListener('controllerchange', warm);
    navigator.serviceWorker.register('sw.js').catch((e) => console.warn('service worker:', e));
  }
  // workbox's broadcast-update plugin posts {meta: 'workbox-broadcast-update', payload: {updatedURL}}
  // to the page when the network copy of a cached dataset differs. Kept until the viewer runs.
  let dataUpdatePending = false;
  const announceDataUpdate = () => {
    if (runtimeReady) call('kpi_data_updated'); else dataUpdatePending = true;
  };
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.addEventListener('message', (e) => {
      const d = e.data || {};
      const u = d.meta === 'workbox-broadcast-update' && d.payload && d.payload.updatedURL;
      if (u && new URL(u, location.href).pathname.endsWith('/' + dataUrl)) announceDataUpdate();
    });
  }
  const netState = () => call('kpi_set_online', navigator.onLine ? 1 : 0);
  window.addEventListener('online', netState);
  window.addEventListener('offline', netState);
  let wantWakeLock = false;
  async function requestWakeLock() {
    if (!wantWakeLock || !('wakeLock' in navigator) || document.visibilityState !== 'visible') return;
    try { await navigator.wakeLock.request('screen'); } catch (e) { /* refused: the screen may sleep */ }
  }
  // The browser releases the lock when the page is hidden: ask again when it is visible.
  document.addEventListener('visibilitychange', requestWakeLock);

  window.kpiGlue = {
    keepScreenOn() { wantWakeLock = true; requestWakeLock(); },
    setTextInputActive(active) {
      if (!hiddenInput) return;
      if (active && document.activeElement !== hiddenInput) hiddenInput.focus({ preventScroll: true });
      if (!active && document.activeElement === hiddenInput) hiddenInput.blur();
    },
    firstDataFrame() {
      const l = document.getElementById('loading');
      if (l) l.hidden = true;
      registerServiceWorker();
    },
  };

  // --- [SECTION] window.kpiViewer ---------------------------------------------------------------
  window.kpiViewer = {
    snapshot() {
      if (!runtimeReady) return { ready: false, dataError: null, targets: [] };
      const s = JSON.parse(UTF8ToString(Module._kpi_snapshot()));
      if (!s.url) s.url = location.href;
      return s;
    },
  };

  // --- [SECTION] emscripten Module -----------------------------------------------------------------
  window.Module = {
    canvas: null,
    instantiateWasm(imports, receive) {
      if (!webgl2) return {};  // the page shows a plain message instead (see below)
      fetchWithProgress('kpi_viewer.wasm', 'code')
        .then((r) => { if (!r.ok) throw new Error('HTTP ' + r.status); return WebAssembly.instantiate(r.bytes, imports); })
        .then((res) => receive(res.instance, res.module))
        .catch((e) => showFatal(String(e)));
      return {};
    },
    preRun: [() => {
      const canvas = document.getElementById('canvas');
      Module.canvas = canvas;
      installInput(canvas);
    }],
    postRun: [() => {
      runtimeReady = true;
      netState();
      if (dataUpdatePending) { dataUpdatePending = false; call('kpi_data_updated'); }
    }],
    print: (s) => console.log(s),
    printErr: (s) => console.warn(s),
    onAbort: (what) => showFatal(String(what)),
  };

  function showFatal(msg) {
    const l = document.getElementById('loading');
    const e = document.getElementById('fatal');
    if (l) l.hidden = true;
    if (e) { e.hidden = false; e.querySelector('.msg').textContent = msg; }
  }
  document.addEventListener('DOMContentLoaded', () => {
    if (!webgl2) {
      const e = document.getElementById('fatal');
      e.querySelector('.msg').textContent = LABELS.nogl;
      const a = e.querySelector('a'); a.href = dataUrl; a.textContent = dataUrl; a.hidden = false;
      e.hidden = false;
      document.getElementById('loading').hidden = true;
    }
  });
})();
