// Small JS glue between the page and the wasm viewer: the page's side of src/platform/web_*.cpp
// (whose EM_JS calls are one line each, into window.kpiGlue below), start-up and the loading
// screen. Loaded before kpi_viewer.js, after web_backend.js (input and the semantic DOM twins).
// [SECTION] start-up fetches with progress (code, data, font)
// [SECTION] loading screen
// [SECTION] the viewer's fetches and the last good copy
// [SECTION] the address: query, history, navigation
// [SECTION] wake-ups and idle work
// [SECTION] offline: service worker, data updates, wake lock
// [SECTION] files (publish mode): picked or dropped, decoded here, never uploaded
// [SECTION] window.kpiGlue: what the viewer's C++ calls
// [SECTION] window.kpiViewer: test/automation API
// [SECTION] emscripten Module (the wasm fetched here, to show its progress)
'use strict';
(function () {
  const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
  const params = new URLSearchParams(location.search);
  const defaultData = (document.querySelector('meta[name="kpi-dataset"]') || {}).content || 'default';
  // An invalid name is never requested: the viewer shows the default dataset with a notice.
  const asked = params.get('data');
  // The same rule as kpi::is_dataset_name() (core/view_url.h): a slug of 1-64 characters; a
  // repeated key counts once, by its first value (URLSearchParams.get), as in the wasm.
  const dataName = asked && asked.length <= 64 && SLUG.test(asked) ? asked : defaultData;
  const dataUrl = 'data/' + dataName + '.json';
  const FONT_URL = 'fonts/ui-subset.ttf';
  let runtimeReady = false;   // set after main() ran: before that the wasm exports do not exist

  // --- [SECTION] start-up fetches with progress (code, data, font) --------------------------------
  const progress = { code: 0, data: 0, font: 0 };
  function advance(key, got, total) {   // (below 100% until the last byte is in hand)
    if (total) { progress[key] = Math.min(0.99, got / total); render(); }
  }
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
      advance(key, got, total);
    }
    const bytes = new Uint8Array(got); let o = 0;
    for (const c of chunks) { bytes.set(c, o); o += c.length; }
    progress[key] = 1; render();
    return { status: r.status, ok: true, statusText: r.statusText, bytes };
  }
  // The viewer's code starts downloading now, beside the data and the font (not once
  // kpi_viewer.js has arrived and asked for it), and compiles while it downloads (streaming), so it
  // is ready about when the last byte is. The bytes are counted on the way for the progress list.
  function compileWithProgress(url) {
    return fetch(url, { cache: 'no-cache' }).then((r) => {
      if (!r.ok || !r.body) throw new Error(url + ': HTTP ' + r.status + (r.statusText ? ' ' + r.statusText : ''));
      const total = Number(r.headers.get('content-length')) || 0;
      let got = 0;
      const counted = r.body.pipeThrough(new TransformStream({
        transform(chunk, out) {
          got += chunk.length;
          advance('code', got, total);
          out.enqueue(chunk);
        },
      }));
      // (A Response of our own: compileStreaming needs the wasm type, whatever the server sent.)
      return WebAssembly.compileStreaming(new Response(counted, { headers: { 'content-type': 'application/wasm' } }));
    }).then((module) => { progress.code = 1; render(); return module; });
  }
  // Start-up files fetched before the runtime, by URL: the viewer's first fetch of each takes it.
  // The dataset first (the first screen needs only it: web/first-screen.js), then the font and the
  // code: on a slow network each request waits for a free connection in the order it was made.
  const preload = {};
  // Publish mode previews a file the member of staff opens, never the site's dataset.
  if (params.get('publish') !== '1') preload[dataUrl] = fetchWithProgress(dataUrl, 'data');
  else progress.data = 1;
  preload[FONT_URL] = fetchWithProgress(FONT_URL, 'font');
  const wasmModule = compileWithProgress('kpi_viewer.wasm');
  wasmModule.catch(() => {});   // (reported when the runtime asks for it: instantiateWasm below)

  // Without WebGL 2 the viewer still runs, but shows its semantic layer as the page itself: the
  // same headings, links, buttons and tables as plain HTML (style.css, body.html-only). The viewer
  // says so when it cannot make its context (kpiGlue.noGraphics); a test context made here instead
  // would cost a GPU-process round trip before anything else.
  let webgl2 = true;

  // --- [SECTION] loading screen -----------------------------------------------------------------
  // lang=easy (やさしい日本語) is Japanese to the browser: <html lang="ja">.
  const lang = params.get('lang') === 'en' ? 'en' : 'ja';
  const LABELS = lang === 'en'
    ? { code: 'Program', data: 'Data', font: 'Font', nogl: 'This browser cannot draw the charts (WebGL 2 is not available), so the same content is shown as text and tables. The data file:' }
    : params.get('lang') === 'easy'
      // (kana only: the loading card draws no readings; its 「読み込み中…」 line is said in kana too)
      ? { code: 'プログラム', data: 'データ', font: 'フォント', sub: 'よみこんでいます…', nogl: 'この ブラウザでは グラフを かくことが できません。おなじ ないようを もじと ひょうで みせています。データの ファイル：' }
      : { code: 'プログラム', data: 'データ', font: 'フォント', nogl: 'このブラウザではグラフを表示できません（WebGL 2 が使えません）。同じ内容を文章と表で表示しています。データファイル：' };
  function render() {
    const ul = document.getElementById('loading-steps');
    if (!ul) return;
    const sub = document.querySelector('#loading .sub');
    if (sub && LABELS.sub && sub.textContent !== LABELS.sub) sub.textContent = LABELS.sub;
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

  const call = (name, ...args) => { if (window.Module && Module['_' + name]) Module['_' + name](...args); };
  const onIdle = (f, timeout) => (window.requestIdleCallback || ((g) => setTimeout(g, 50)))(f, { timeout });

  // --- [SECTION] the viewer's fetches and the last good copy --------------------------------------
  // The viewer's fetch `id` (platform::fetch): a start-up fetch of the same URL is taken instead of
  // asking twice; goodCopy: the page's own last good copy (keepGoodCopy) instead of the network. The
  // bytes go to kpi_fetch_body's room, the answer to kpi_fetch_done (its message in wasm memory for
  // the call's length).
  const LAST_GOOD = 'kpi-last-good';
  function fetchFile(id, url, goodCopy) {
    const pre = (!goodCopy && preload[url]) || null;
    if (pre) delete preload[url];
    const saved = () => (self.caches ? caches.open(LAST_GOOD).then((c) => c.match(url + '?last-good')) : Promise.resolve(null))
      .then(async (r) => (r ? { status: 200, ok: true, statusText: '', bytes: new Uint8Array(await r.arrayBuffer()) }
                            : { status: 0, ok: false, statusText: 'no saved copy', bytes: new Uint8Array(0) }));
    const req = pre || (goodCopy ? saved() : fetch(url, { cache: 'no-cache' }).then(async (r) => ({
      status: r.status, ok: r.ok, statusText: r.statusText,
      bytes: r.ok ? new Uint8Array(await r.arrayBuffer()) : new Uint8Array(0) })));
    // The body goes straight into the std::string the C++ side hands over (kpi_fetch_body): one
    // copy in wasm memory, so a 13 MB dataset is not held twice while it is read.
    const finish = (ok, status, bytes, msg) => {
      const p = Module._kpi_fetch_body(id, bytes.length);
      Module.HEAPU8.set(bytes, p);   // (read after the call: a grown memory has a new buffer)
      window.kpiWeb.withStrings([msg], (mp) => Module._kpi_fetch_done(id, ok ? 1 : 0, status, mp));
    };
    // (A task of its own: a start-up fetch is already done when the viewer's main() asks for it,
    // and reading the file in main()'s task would make one long task of the two.)
    const nextTask = () => new Promise((r) => setTimeout(r, 0));
    req.then((res) => nextTask().then(() => finish(res.ok, res.status, res.bytes, res.ok ? '' : ('HTTP ' + res.status + ' ' + (res.statusText || '')))))
      .catch((e) => finish(false, 0, new Uint8Array(0), String((e && e.message) || e || 'network error')));
  }
  // A dataset that loaded, kept for a visit when the network copy is broken (fetchFile's goodCopy).
  function keepGoodCopy(url, body) {
    if (!self.caches) return;
    caches.open(LAST_GOOD)
      .then((c) => c.put(url + '?last-good', new Response(body, { headers: { 'content-type': 'application/json' } })))
      .catch((e) => console.warn('could not keep the last good copy:', e));
  }

  // --- [SECTION] the address: query, history, navigation --------------------------------------------
  // The view is the query (core/view_url.h): replaced or pushed without a reload, unless unchanged.
  function setUrlQuery(query, push) {
    const url = location.pathname + query + location.hash;
    if (url === location.pathname + location.search + location.hash) return;
    if (push) history.pushState(null, '', url); else history.replaceState(null, '', url);
  }
  // Back or Forward: the viewer reads the new query (kpi_url_changed).
  function listenPopstate() { addEventListener('popstate', () => call('kpi_url_changed')); }

  // --- [SECTION] wake-ups and idle work ------------------------------------------------------------
  // Idle-time work: slices of it (kpi_idle_slice, 1 while there is more) while the idle period
  // lasts, less a 4 ms margin (one slice where there is no requestIdleCallback); the rest in the next.
  function whenIdle() {
    onIdle((deadline) => {
      if (!window.Module || !Module._kpi_idle_slice) return;
      let more = Module._kpi_idle_slice();
      while (more && deadline && deadline.timeRemaining && deadline.timeRemaining() > 4) more = Module._kpi_idle_slice();
      if (more) whenIdle();
    }, 2000);
  }
  // One timer: the earliest wake-up asked for wins, so frequent requests do not pile up timers.
  let wakeAt = 0, wakeTimer = 0;
  function wakeAfter(ms) {
    const now = performance.now(), at = now + ms;
    if (wakeAt > now && wakeAt <= at) return;
    clearTimeout(wakeTimer);
    wakeAt = at;
    wakeTimer = setTimeout(() => { wakeAt = 0; call('kpi_wake'); }, ms);
  }

  // --- [SECTION] offline: service worker, data updates, wake lock ----------------------------------
  // Registered after the first data frame, so its precache downloads never delay the first view.
  function registerServiceWorker() {
    if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
    // (The full font is not warmed: it is fetched only when a view needs its glyphs.)
    // 'force-cache': the copies this page has just fetched (and shows) come from the HTTP cache
    // instead of crossing the network again; the worker revalidates them on later visits.
    const warm = () => {
      fetch(dataUrl, { cache: 'force-cache' }).catch(() => {});
      fetch('data/index.json', { cache: 'force-cache' }).catch(() => {});   // the catalog, for offline visits
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
  let wantWakeLock = false;
  async function requestWakeLock() {
    if (!wantWakeLock || !('wakeLock' in navigator) || document.visibilityState !== 'visible') return;
    try { await navigator.wakeLock.request('screen'); } catch (e) { /* refused: the screen may sleep */ }
  }
  // The browser releases the lock when the page is hidden: ask again when it is visible.
  document.addEventListener('visibilitychange', requestWakeLock);

  // --- [SECTION] files (publish mode): picked or dropped, decoded here, never uploaded ------------
  // UTF-8 (with or without BOM) when it decodes as such; otherwise Shift_JIS, as Japanese Excel saves CSV.
  async function readFile(file) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    let text, encoding = 'utf-8';
    try { text = new TextDecoder('utf-8', { fatal: true }).decode(bytes); }
    catch (e) { text = new TextDecoder('shift_jis').decode(bytes); encoding = 'shift_jis'; }
    if (!runtimeReady) return;
    window.kpiWeb.withStrings([file.name, text, encoding], Module._kpi_file_opened);
  }
  document.addEventListener('DOMContentLoaded', () => {
    const pick = document.getElementById('pick-file');
    pick.addEventListener('change', () => { if (pick.files[0]) readFile(pick.files[0]); pick.value = ''; });
  });
  // The importer (kpi_import.js + kpi_import.wasm, src/tools/import_module.cpp) is its own module,
  // fetched the first time publish mode imports a file: the viewer citizens download does not carry
  // it. A module that could not be fetched is asked for again next time.
  let importer = null;
  function importModule() {
    if (!importer) {
      importer = new Promise((resolve, reject) => {
        const s = document.createElement('script');
        s.src = 'kpi_import.js';
        s.onload = () => (window.kpiImportModule ? resolve(window.kpiImportModule({
          onAbort: () => reject(new Error('kpi_import.wasm could not be fetched or started')) })) : reject(new Error('kpi_import.js: no module')));
        s.onerror = () => reject(new Error('kpi_import.js could not be fetched'));
        document.head.appendChild(s);
      }).catch((e) => {
        importer = null;
        document.querySelector('script[src="kpi_import.js"]')?.remove();
        // (emscripten's own abort text, "Aborted(…) Build with -s ASSERTIONS=1…", is not for staff)
        throw /^kpi_import/.test(String(e && e.message)) ? e : new Error('kpi_import.wasm could not be fetched or started');
      });
    }
    return importer;
  }
  // Import `text` (kpi_import_run) and hand the viewer the answer (kpi_import_done): the answer's
  // JSON, or "" and why there is none.
  function importReport(id, text, publisher, asOf) {
    const done = (answer, error) => window.kpiWeb.withStrings([answer, error], (ap, ep) => Module._kpi_import_done(id, ap, ep));
    importModule().then((m) => {
      const answer = window.kpiWeb.withStrings([text, publisher, asOf], (...args) => {
        const out = m._kpi_import_run(...args);
        if (!out) throw new Error('kpi_import.wasm: out of memory');
        try { return m.UTF8ToString(out); } finally { m._free(out); }
      }, m);
      done(answer, '');
    }).catch((e) => done('', String((e && e.message) || e || 'the importer failed')));
  }
  document.addEventListener('dragover', (e) => {
    if (e.dataTransfer && [...e.dataTransfer.types].includes('Files')) e.preventDefault();
  });
  document.addEventListener('drop', (e) => {
    const f = e.dataTransfer && e.dataTransfer.files[0];
    if (f) { e.preventDefault(); readFile(f); }
  });

  // --- [SECTION] window.kpiGlue: what the viewer's C++ calls ------------------------------------------
  // (src/platform/web_platform.cpp, web_history.cpp, web_loop.cpp, web_files.cpp: one line each.)
  window.kpiGlue = {
    fetchFile,
    keepGoodCopy,
    importReport,
    // A start-up fetch still waiting for the viewer (web/first-screen.js asks once the page is parsed).
    startupFetch(url) { return preload[url] || null; },
    queryString() { return location.search.substring(1); },
    pageBaseUrl() { return location.origin + location.pathname; },
    defaultDataset() { return defaultData; },
    setUrlQuery,
    navigate(url) { location.assign(url); },
    listenPopstate,
    wakeAfter,
    whenIdle,
    warnUnsettled(frames) {
      console.warn('kpi-viewer: the picture kept changing for ' + frames + ' frames; drawing paused until the next event');
    },
    pickFile() { document.getElementById('pick-file').click(); },
    keepScreenOn() { wantWakeLock = true; requestWakeLock(); },
    // No usable WebGL 2: the page shows the semantic layer as its text; `why`, when there is more to
    // say than that, goes to the console.
    noGraphics(why) { if (why) console.error(why); webgl2 = false; showTextOnly(); },
    // Called at the end of the first frame with data. The picture is on screen at the next
    // animation frame: that is the honest mark. Work the first picture does not need (the service
    // worker's precache, the catalog, more glyphs) waits until the page is idle after it.
    firstDataFrame() {
      const l = document.getElementById('loading');
      if (l) l.hidden = true;
      if (window.kpiFirstScreen) window.kpiFirstScreen.handOver();   // (web/first-screen.js)
      marks.loadingHidden = performance.now();
      requestAnimationFrame(() => {
        marks.presented = performance.now();
        window.kpiWeb.releaseSemantics();   // (the twins are built in the viewer's next frame)
        onIdle(() => { registerServiceWorker(); call('kpi_after_first_view'); }, 1500);
      });
    },
  };

  // --- [SECTION] window.kpiViewer: test/automation API ------------------------------------------------
  const marks = {};   // performance.now() of the viewer's start, the loading screen's removal and the first presented data frame
  window.kpiViewer = {
    // When the first data (or error) frame was on screen, or null: a question that costs nothing,
    // for a harness that asks every few milliseconds while the page loads (snapshot() runs the wasm).
    presentedMs() { return marks.presented ?? null; },
    snapshot() {
      if (!runtimeReady) return { ready: false, dataError: null, targets: [] };
      const s = JSON.parse(Module.UTF8ToString(Module._kpi_snapshot()));
      if (!s.url) s.url = location.href;
      // firstDataFrameMs: when the first frame with data was on screen (not when it started).
      s.timings.firstDataFrameStartMs = s.timings.firstDataFrameMs;
      s.timings.firstDataFrameMs = marks.presented ?? null;
      s.timings.loadingHiddenMs = marks.loadingHidden ?? null;
      s.timings.mainStartMs = marks.mainStart ?? null;
      s.timings.semanticsBuiltMs = window.kpiWeb.semanticsBuiltMs();   // the page's HTML twins, just after
      // Ready: the first picture is on screen and the page's HTML twins of it exist.
      if (marks.presented === undefined || s.timings.semanticsBuiltMs === null) s.ready = false;
      return s;
    },
  };

  // --- [SECTION] emscripten Module (the wasm fetched here, to show its progress) ---------------------
  const FIRST_SCREEN_WAIT_MS = 1000;
  window.Module = {
    canvas: null,
    instantiateWasm(imports, receive) {
      // The viewer's main() (WebGL context, shaders, fonts: a long task on a phone) waits until the
      // first screen is settled (web/first-screen.js: refused, or shown and its frame presented), so
      // the screen is not held back by it; at most FIRST_SCREEN_WAIT_MS after the code is ready.
      const fs = window.kpiFirstScreen;
      const firstScreen = () => (fs && fs.settled ? Promise.race([fs.settled(), new Promise((r) => setTimeout(r, FIRST_SCREEN_WAIT_MS))]) : null);
      wasmModule
        .then((module) => Promise.all([module, firstScreen()]))
        .then(([module]) => WebAssembly.instantiate(module, imports).then((instance) => receive(instance, module)))
        .catch((e) => showFatal(String(e)));
      return {};
    },
    preRun: [() => {
      marks.mainStart = performance.now();   // (the viewer's main() follows)
      const canvas = document.getElementById('canvas');
      Module.canvas = canvas;
      window.kpiWeb.install(canvas);
    }],
    postRun: [() => {
      runtimeReady = true;
      window.kpiWeb.start();
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
    if (e) {
      e.hidden = false;
      e.querySelector('.msg').textContent = webgl2 ? msg : LABELS.nogl + ' (' + msg + ')';
      dataLink(e.querySelector('.data-link'));
    }
  }
  function showTextOnly() {
    if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', showTextOnly); return; }
    document.body.classList.add('html-only');
    const note = document.getElementById('nogl-note');
    note.querySelector('.msg').textContent = LABELS.nogl + ' ';
    dataLink(note);
    note.hidden = false;
  }
  // A link to the data file, made when it is shown (the page has no <a> without an href).
  function dataLink(parent) {
    if (!parent || parent.querySelector('a')) return;
    const a = document.createElement('a');
    a.href = dataUrl; a.textContent = dataUrl;
    parent.appendChild(a);
  }
})();
