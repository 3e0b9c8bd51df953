// The browser half of platform/web_backend.* : input from the page into the viewer, and the
// viewer's per-frame semantics out as real DOM elements placed over the canvas, so that Tab,
// Enter/Space, arrow keys, Escape, screen readers, the IME and the phone keyboard work on real
// elements (the canvas itself is pixels and hidden from assistive technology).
// Every code that crosses to C++ comes from the protocol table (platform/web_protocol.h), read
// once at start-up through Module._kpi_protocol().
// [SECTION] set-up and protocol
// [SECTION] pointer and wheel input on the canvas
// [SECTION] keyboard: groups, scrolling, Escape
// [SECTION] semantic DOM twins
// [SECTION] the text field twin
// [SECTION] live region, title, lang, preferences
// [SECTION] the canvas's size
// [SECTION] window.kpiWeb: for glue.js and the viewer's C++
'use strict';
(function () {
  // --- [SECTION] set-up and protocol ---------------------------------------------------------------
  let P = null;            // the protocol table, once the runtime is ready
  let layer = null;        // <div id="sem">: the twins
  let statusEl = null;     // <div id="status">: the one live region
  const byKey = new Map(); // key -> element (reused across frames so focus survives)
  let current = { nodes: [], dialog: '', dialogOpener: '', lang: '', title: '' };
  let pageFocus = false;   // the page itself moves focus (a twin moved, a dialog opened or closed): not input
  let opener = '';         // the node that opened the dialog on screen (focus returns there)
  let skipLink = null;     // <a class="skip-link">: the first Tab stop, to the content
  let canvasEl = null;     // the canvas (its mouse cursor follows what the views ask ImGui for)
  const lastInView = new Map();   // view -> the node last focused in it (focus returns there on the way back)
  const rovingAt = new Map();     // group -> the member that takes Tab (the one last focused in it)
  let twinActivatedAt = -1e9;     // when a twin was last activated (a screen reader may not focus it)

  const ready = () => P !== null && window.Module && Module._kpi_semantic_event;
  // The strings copied into wasm memory (UTF-8, NUL-terminated) for the length of fn(...pointers).
  // `mod`: another emscripten module than the viewer's (the importer, web/glue.js).
  function withStrings(strings, fn, mod = Module) {
    const ps = strings.map((s) => {
      const n = mod.lengthBytesUTF8(s) + 1, p = mod._malloc(n);
      mod.stringToUTF8(s, p, n);
      return p;
    });
    try { return fn(...ps); } finally { ps.forEach((p) => mod._free(p)); }
  }
  function semEvent(name, id) {
    if (!ready()) return;
    withStrings([id || ''], (p) => Module._kpi_semantic_event(P.semanticEvent[name], p));
  }
  function setPreference(name, on) { if (ready()) Module._kpi_set_preference(P.preference[name], on ? 1 : 0); }

  // --- [SECTION] pointer and wheel input on the canvas -----------------------------------------------
  function canvasPos(e, canvas) {
    const r = canvas.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  }
  function pointer(kind, e, canvas, button) {
    if (!ready()) return;
    const [x, y] = canvasPos(e, canvas);
    Module._kpi_pointer(P.pointerKind[kind], P.pointerType[e.pointerType] ?? P.pointerType.mouse, x, y, button);
  }
  let lastMoveReport = 0;
  function installPointer(canvas) {
    const primary = new Set();
    canvas.addEventListener('pointerdown', (e) => {
      if (e.pointerType === 'touch' && !e.isPrimary) return;  // let a second finger zoom the page
      primary.add(e.pointerId);
      canvas.setPointerCapture(e.pointerId);
      // A tap or click elsewhere ends keyboard focus (and closes the phone keyboard).
      if (layer && layer.contains(document.activeElement)) document.activeElement.blur();
      pointer('down', e, canvas, e.button);
      if (e.pointerType !== 'touch') e.preventDefault();
    });
    canvas.addEventListener('pointermove', (e) => {
      const now = performance.now();
      if (now - lastMoveReport > 500) { lastMoveReport = now; semEvent('input_seen'); }   // kiosk: someone is there
      if (e.pointerType === 'touch' && !primary.has(e.pointerId)) return;
      pointer('move', e, canvas, 0);
    });
    const up = (kind) => (e) => {
      if (!primary.has(e.pointerId)) return;
      primary.delete(e.pointerId);
      pointer(kind, e, canvas, e.button);
    };
    canvas.addEventListener('pointerup', up('up'));
    canvas.addEventListener('pointercancel', up('cancel'));
    canvas.addEventListener('pointerleave', (e) => { if (e.pointerType === 'mouse') pointer('leave', e, canvas, 0); });
    canvas.addEventListener('wheel', (e) => {
      if (e.ctrlKey) return;  // browser zoom stays the browser's
      e.preventDefault();
      const k = e.deltaMode === 1 ? 40 : e.deltaMode === 2 ? 800 : 1;
      if (ready()) Module._kpi_wheel(e.deltaX * k, e.deltaY * k);
    }, { passive: false });
    canvas.addEventListener('contextmenu', (e) => e.preventDefault());
  }

  // --- [SECTION] keyboard: groups, scrolling, Escape -------------------------------------------------
  // Arrow keys move within a group of chips, tabs or chart years; elsewhere they (and PageUp/Down,
  // Home/End, Space) scroll the content. Tab and Enter/Space on a twin are the browser's own.
  function groupSiblings(el) {
    const g = el.dataset.group;
    return g ? [...layer.querySelectorAll('[data-group]')].filter((x) => x.dataset.group === g) : [];
  }
  function onKeyDown(e) {
    const el = document.activeElement;
    // Enter/Space on a control count as input when they activate it (with the activation, so
    // the kiosk's pause control is not also "touched" a moment before it is pressed).
    const activates = (e.key === 'Enter' || e.key === ' ') && el && layer.contains(el) && el.tagName !== 'INPUT';
    if (!activates) semEvent('input_seen');
    if (e.isComposing || e.keyCode === 229) return;
    const inText = el && el.tagName === 'INPUT';
    if (e.key === 'Escape') { semEvent('escape'); return; }
    if (inText || e.altKey || e.ctrlKey || e.metaKey) return;
    const htmlOnly = document.body.classList.contains('html-only');   // the page scrolls itself
    const sibs = el && layer.contains(el) ? groupSiblings(el) : [];
    if (sibs.length > 1 && /^(ArrowLeft|ArrowRight|ArrowUp|ArrowDown|Home|End)$/.test(e.key)) {
      const i = sibs.indexOf(el);
      const j = e.key === 'Home' ? 0 : e.key === 'End' ? sibs.length - 1
        : (i + (/Left|Up/.test(e.key) ? -1 : 1) + sibs.length) % sibs.length;
      e.preventDefault();
      sibs[j].focus();
      return;
    }
    if (htmlOnly) return;
    const onControl = el && layer.contains(el) && /^(BUTTON|A)$/.test(el.tagName);
    const h = window.innerHeight;
    const dy = { ArrowDown: 40, ArrowUp: -40, PageDown: h * 0.85, PageUp: -h * 0.85, End: 1e7, Home: -1e7 }[e.key]
      ?? (e.key === ' ' && !onControl ? (e.shiftKey ? -h * 0.85 : h * 0.85) : 0);
    if (dy && ready()) { e.preventDefault(); Module._kpi_scroll_content(dy); }
  }

  // --- [SECTION] semantic DOM twins --------------------------------------------------------------------
  const INTERACTIVE = new Set(['button', 'link', 'tab', 'toggle', 'textfield']);
  // A control with a heading level is a heading's only content (<h3><button>): the element placed
  // is the heading, and ctl(el) the control in it. Everything else is its own control.
  const ctl = (el) => el.ctl || el;
  function makeElement(n) {
    if (INTERACTIVE.has(n.role) && n.level) {
      const h = document.createElement('h' + Math.min(6, Math.max(1, n.level)));
      h.classList.add('sem-h');
      h.ctl = makeElement({ ...n, level: 0 });
      h.appendChild(h.ctl);
      h.dataset.role = n.role;
      h.dataset.level = n.level;
      return h;
    }
    let el;
    switch (n.role) {
      case 'link': el = document.createElement('a'); break;
      case 'textfield': el = makeTextField(); break;
      case 'heading': el = document.createElement('h' + Math.min(6, Math.max(1, n.level || 2))); break;
      case 'text': el = document.createElement('p'); break;
      case 'table': case 'image': el = document.createElement('div'); break;
      default: el = document.createElement('button'); el.type = 'button';
    }
    el.dataset.role = n.role;
    if (n.role === 'image') el.setAttribute('role', 'img');
    if (n.role === 'tab') el.setAttribute('role', 'tab');
    if (INTERACTIVE.has(n.role) && n.role !== 'textfield') {
      el.addEventListener('click', (e) => {
        // A link opened in a new tab or window stays the browser's.
        if (el.tagName === 'A' && (e.ctrlKey || e.metaKey || e.shiftKey || e.button === 1)) return;
        e.preventDefault();
        if (el.getAttribute('aria-disabled') !== 'true') { twinActivatedAt = performance.now(); semEvent('activate', el.dataset.id); }
      });
    }
    if (INTERACTIVE.has(n.role) || (n.role === 'heading' && n.id)) {
      el.addEventListener('focus', () => {
        if (current.view) lastInView.set(current.view, el.dataset.id);
        if (el.dataset.group) rovingAt.set(el.dataset.group, el.dataset.id);
        semEvent(pageFocus ? 'focus_quiet' : 'focus', el.dataset.id);
      });
      el.addEventListener('blur', () => {
        setTimeout(() => { if (!layer.contains(document.activeElement)) semEvent('blur'); }, 0);
      });
    }
    return el;
  }
  function setAttr(el, name, value) {
    if (value === null || value === undefined || value === false) { if (el.hasAttribute(name)) el.removeAttribute(name); }
    else if (el.getAttribute(name) !== String(value)) el.setAttribute(name, String(value));
  }
  function update(box, n) {
    const [x, y, w, h] = n.rect;
    const st = box.style;
    const px = (v) => v + 'px';
    if (st.left !== px(x)) st.left = px(x);
    if (st.top !== px(y)) st.top = px(y);
    if (st.width !== px(w)) st.width = px(w);
    if (st.height !== px(h)) st.height = px(h);
    const el = ctl(box);
    if (n.id) el.dataset.id = n.id;
    // A heading that focus may be moved to (a page's landing place) takes focus from script only.
    if (n.role === 'heading') setAttr(el, 'tabindex', n.id ? '-1' : null);
    setAttr(el, 'lang', n.lang || null);
    if (n.group) el.dataset.group = n.group; else delete el.dataset.group;
    const label = n.name + (n.desc ? (current.lang === 'en' ? '. ' : '。') + n.desc : '');
    if (n.role === 'textfield') {
      setAttr(el, 'aria-label', n.name);
      setAttr(el, 'placeholder', n.desc || null);
      syncTextField(el, n.value || '');
    } else if (n.role === 'table') {
      if (el.dataset.html !== n.value) { el.dataset.html = n.value || ''; el.innerHTML = n.value || ''; }
    } else if (n.role === 'image') {
      setAttr(el, 'aria-label', n.name);
    } else if (n.ruby && (n.role === 'text' || n.role === 'heading') && !n.desc) {
      // Easy Japanese: the words with their readings (<rt aria-hidden>: read once), escaped in C++.
      if (el.dataset.ruby !== n.ruby) { el.dataset.ruby = n.ruby; el.innerHTML = n.ruby; }
    } else if (el.textContent !== label || el.dataset.ruby) {
      delete el.dataset.ruby;
      el.textContent = label;
    }
    if (n.role === 'link') setAttr(el, 'href', n.value || './');
    setAttr(el, 'aria-pressed', n.role === 'toggle' ? (n.selected ? 'true' : 'false') : null);
    setAttr(el, 'aria-selected', n.role === 'tab' ? (n.selected ? 'true' : 'false') : null);
    setAttr(el, 'aria-disabled', n.disabled ? 'true' : null);
    setAttr(el, 'aria-haspopup', n.popup ? 'dialog' : null);
    setAttr(el, 'aria-expanded', n.popup || n.expandable ? (n.expanded ? 'true' : 'false') : null);
  }
  // One Tab stop a group (filter chips, chart years, compare rows, tabs): its selected tab, else
  // the member focused last, else its pressed or first one; the arrow keys move within it.
  function rovingTabindex(members, name) {
    const ids = members.map((m) => m.dataset.id);
    const selected = members.find((m) => m.getAttribute('aria-selected') === 'true');
    const pressed = members.find((m) => m.getAttribute('aria-pressed') === 'true');
    const last = rovingAt.has(name) && ids.includes(rovingAt.get(name)) ? members[ids.indexOf(rovingAt.get(name))] : null;
    const stop = selected || last || pressed || members[0];
    for (const m of members) setAttr(m, 'tabindex', m === stop ? '0' : '-1');
  }
  function focusQuietly(el) { pageFocus = true; el.focus({ preventScroll: true }); pageFocus = false; }
  // The first control at or after `from` in reading order (the skip link's target).
  function firstFocusable(from) {
    if (!from) return null;
    const all = [...layer.querySelectorAll('button, a[href], input, [tabindex]')].filter((e) => e.getAttribute('tabindex') !== '-1');
    return all.find((e) => e === from || ctl(from) === e || (from.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING)) || null;
  }
  // Put `kids` into `parent` in order, moving only what is out of place. What goes away is removed
  // first: otherwise a control that stays (the focused one, say) would be moved in front of the
  // leftovers, and a moved element loses focus (and a key press on it half-way loses its keyup).
  function reconcile(parent, kids) {
    const keep = new Set(kids);
    for (const c of [...parent.children]) if (!keep.has(c)) parent.removeChild(c);
    for (let i = 0; i < kids.length; i++) {
      if (parent.children[i] !== kids[i]) parent.insertBefore(kids[i], parent.children[i] || null);
    }
  }
  function container(key, make) {
    let c = byKey.get(key);
    if (!c) { c = make(); c.classList.add('sem-group'); byKey.set(key, c); }
    return c;
  }
  function render(page) {
    const prevFocus = document.activeElement;
    // (A screen reader may activate a twin without focusing it: then too focus must land somewhere.)
    const hadFocus = layer.contains(prevFocus) ||
      ((!prevFocus || prevFocus === document.body) && performance.now() - twinActivatedAt < 2000);
    const prevOrder = hadFocus ? [...layer.querySelectorAll('[data-id]')].map((e) => e.dataset.id) : [];
    const prevIndex = layer.contains(prevFocus) ? prevOrder.indexOf(prevFocus.dataset.id) : -1;
    const prevDialog = current.dialog;
    const prevView = current.view;
    current = page;
    const used = new Set();
    const seen = new Map();
    const top = [];
    let group = null, groupKids = null, groupName = '';
    const flush = () => { if (group) { reconcile(group, groupKids); top.push(group); group = null; } };
    // The group of the next node that has one (text between two rows of a group stays inside it).
    const nextGroup = new Array(page.nodes.length);
    for (let i = page.nodes.length - 1, g = ''; i >= 0; i--) { nextGroup[i] = g; if (page.nodes[i].group) g = page.nodes[i].group; }
    let mainEl = null;
    const groups = new Map();   // group -> its controls
    for (const [i, n] of page.nodes.entries()) {
      let key = n.id ? 'id:' + n.id : n.role + ':' + n.name;
      if (!n.id) { const k = (seen.get(key) || 0) + 1; seen.set(key, k); key += '#' + k; }
      let el = byKey.get(key);
      if (!el || el.dataset.role !== n.role || (el.dataset.level || '') !== (INTERACTIVE.has(n.role) && n.level ? String(n.level) : '')) {
        el = makeElement(n); byKey.set(key, el);
      }
      used.add(key);
      update(el, n);
      if (i === page.mainStart) mainEl = el;
      if (n.group) {
        if (!groups.has(n.group)) groups.set(n.group, []);
        groups.get(n.group).push(ctl(el));
        if (!group || groupName !== n.group) {
          flush();
          groupName = n.group;
          const isTabs = n.role === 'tab';
          const gk = 'group:' + n.group;
          group = container(gk, () => document.createElement('div'));
          setAttr(group, 'role', isTabs ? 'tablist' : 'group');
          setAttr(group, 'aria-label', n.group);
          used.add(gk);
          groupKids = [];
        }
        groupKids.push(el);
      } else if (group && !INTERACTIVE.has(n.role) && nextGroup[i] === groupName) {
        groupKids.push(el);
      } else {
        flush();
        top.push(el);
      }
    }
    flush();
    for (const [name, members] of groups) rovingTabindex(members, name);
    let root = top;
    if (page.dialog) {
      const d = container('dialog', () => document.createElement('div'));
      setAttr(d, 'role', 'dialog');
      setAttr(d, 'aria-modal', 'true');
      setAttr(d, 'aria-label', page.dialog);
      used.add('dialog');
      reconcile(d, top);
      root = [d];
    }
    reconcile(layer, root);
    for (const k of [...byKey.keys()]) if (!used.has(k)) byKey.delete(k);
    for (const el of layer.querySelectorAll('[data-main]')) if (el !== mainEl) delete el.dataset.main;
    if (mainEl) mainEl.dataset.main = '1';
    if (skipLink && page.skip && skipLink.textContent !== page.skip) skipLink.textContent = page.skip;
    // A twin that was moved loses focus in some browsers: give it back quietly.
    if (hadFocus && prevFocus.isConnected && layer.contains(prevFocus) && document.activeElement !== prevFocus) {
      focusQuietly(prevFocus);
    }
    // Focus never falls to <body> when what had it goes away. On a new page it lands on the page's
    // heading (or the selected KPI), or, back on a list, on what opened the page it came from; on
    // the same page, on the nearest control before the one that went.
    if (hadFocus && !page.dialog && !prevDialog && !layer.contains(document.activeElement)) {
      const byId = (id) => (id && byKey.get('id:' + id)) ? ctl(byKey.get('id:' + id)) : null;
      let to = null;
      if (page.view !== prevView) {
        if (!page.view.startsWith('project:')) to = byId(lastInView.get(page.view));
        to = to || byId(page.landing);
      } else {
        for (let i = prevIndex - 1; i >= 0 && !to; i--) to = byId(prevOrder[i]);
      }
      to = to || byId(page.landing) || firstFocusable(mainEl);
      if (to) focusQuietly(to);
    }
    // A dialog takes focus when the keyboard opened it, and gives it back when it closes.
    if (page.dialog && !prevDialog) {
      opener = page.dialogOpener || (hadFocus ? prevFocus.dataset.id : '');
      if (hadFocus || !prevFocus || prevFocus === document.body) {
        const first = layer.querySelector('button, a, input');
        if (first && hadFocus) focusQuietly(first);
      }
    } else if (!page.dialog && prevDialog) {
      const back = opener && byKey.get('id:' + opener);
      if (back && !layer.contains(document.activeElement)) focusQuietly(ctl(back));
      opener = '';
    }
    if (document.documentElement.lang !== page.lang && page.lang) document.documentElement.lang = page.lang;
    if (page.title && document.title !== page.title) document.title = page.title;
  }

  // --- [SECTION] the text field twin ------------------------------------------------------------------------
  // A real <input> over the drawn field: the IME's candidate window opens at the field, the phone
  // keyboard opens on tap, and paste, cut, copy, select-all and undo are the browser's. Its value,
  // caret and composing range go to the viewer, which draws them.
  let composing = null;    // [start, end] in UTF-16 units while an IME composes
  function makeTextField() {
    const el = document.createElement('input');
    el.type = 'search';
    el.autocomplete = 'off';
    el.spellcheck = false;
    el.setAttribute('autocapitalize', 'off');
    el.setAttribute('enterkeyhint', 'search');
    const send = () => sendText(el);
    el.addEventListener('input', send);
    el.addEventListener('select', send);
    el.addEventListener('keyup', send);
    el.addEventListener('click', send);
    el.addEventListener('compositionstart', () => { composing = [el.selectionStart, el.selectionStart]; send(); });
    el.addEventListener('compositionupdate', (e) => {
      const start = composing ? composing[0] : el.selectionStart;
      composing = [start, start + (e.data || '').length];
      setTimeout(send, 0);   // the value includes the new composing text after this event
    });
    el.addEventListener('compositionend', () => { composing = null; setTimeout(send, 0); });
    el.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && !e.isComposing) el.blur();   // results are live; Enter closes the keyboard
    });
    return el;
  }
  function sendText(el) {
    if (!ready()) return;
    const v = el.value;
    const bytes = (s) => Module.lengthBytesUTF8(s);
    const caret = bytes(v.slice(0, el.selectionEnd ?? v.length));
    const cb = composing ? bytes(v.slice(0, composing[0])) : -1;
    const ce = composing ? bytes(v.slice(0, Math.min(v.length, composing[1]))) : -1;
    withStrings([el.dataset.id || '', v], (pid, pv) => Module._kpi_text_state(pid, pv, caret, cb, ce));
  }
  // The viewer's value wins when it changed elsewhere (a "clear" button, Back), except mid-composition.
  function syncTextField(el, value) {
    if (composing && document.activeElement === el) return;
    if (el.value !== value) el.value = value;
  }

  // --- [SECTION] live region, title, lang, preferences -----------------------------------------------------
  // Status messages are collected for a moment (a typed search sends one per keystroke) and then
  // put in the one polite live region.
  let pending = [], timer = 0;
  function announce(text) {
    pending.push(text);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const msg = pending[pending.length - 1];   // the latest only: older ones are out of date
      pending = [];
      statusEl.textContent = '';
      setTimeout(() => { statusEl.textContent = msg; }, 30);   // the same words twice are still read
    }, 400);
  }
  function watchPreferences() {
    const rm = matchMedia('(prefers-reduced-motion: reduce)');
    const hc = matchMedia('(forced-colors: active), (prefers-contrast: more)');
    const send = () => {
      setPreference('reduced_motion', rm.matches);
      setPreference('high_contrast', hc.matches);
      setPreference('online', navigator.onLine);
    };
    rm.addEventListener?.('change', send);
    hc.addEventListener?.('change', send);
    window.addEventListener('online', send);
    window.addEventListener('offline', send);
    send();
  }

  // --- [SECTION] the canvas's size ----------------------------------------------------------------------
  // The picture follows the canvas's size and the device pixel ratio (a resize, a phone turned, the
  // browser's zoom) at once, with no input: each asks the viewer for a frame, which resizes the
  // canvas's backing store (platform/web_loop.cpp).
  function watchCanvasSize(canvas) {
    const wake = () => { if (window.Module && Module._kpi_wake) Module._kpi_wake(); };
    if (window.ResizeObserver) new ResizeObserver(wake).observe(canvas);
    window.addEventListener('resize', wake);
    window.addEventListener('orientationchange', wake);
    const watchDpr = () => {
      const mq = matchMedia('(resolution: ' + window.devicePixelRatio + 'dppx)');
      mq.addEventListener('change', function once() { mq.removeEventListener('change', once); wake(); watchDpr(); });
    };
    watchDpr();
  }
  // The canvas's CSS size in whole pixels (at least 1), written to the viewer's ints at wPtr, hPtr
  // (platform/web_loop.cpp: the backing store is this times the device pixel ratio).
  function canvasCssSize(wPtr, hPtr) {
    const r = document.getElementById('canvas').getBoundingClientRect();
    Module.HEAP32[wPtr >> 2] = Math.max(1, Math.round(r.width));
    Module.HEAP32[hPtr >> 2] = Math.max(1, Math.round(r.height));
  }

  // --- [SECTION] window.kpiWeb: for glue.js and the viewer's C++ ------------------------------------------
  let semanticsBuiltMs = null;   // performance.now() when the first twins were built
  window.kpiWeb = {
    // Called by web/glue.js before the wasm runs (the canvas exists) and when the runtime is ready.
    install(canvas) {
      canvasEl = canvas;
      layer = document.getElementById('sem');
      statusEl = document.getElementById('status');
      installPointer(canvas);
      document.addEventListener('keydown', onKeyDown);
      // The first Tab stop: past the top bar and the filters, to the page's content.
      skipLink = document.createElement('a');
      skipLink.className = 'skip-link';
      skipLink.href = '#sem';
      skipLink.textContent = document.documentElement.lang === 'en' ? 'Skip to content' : '本文へ移動';
      skipLink.addEventListener('click', (e) => {
        e.preventDefault();
        const to = firstFocusable(layer.querySelector('[data-main]')) || layer.querySelector('button, a[href], input');
        if (to) to.focus();
      });
      layer.parentNode.insertBefore(skipLink, layer);
      watchCanvasSize(canvas);
    },
    start() {
      P = JSON.parse(Module.UTF8ToString(Module._kpi_protocol()));
      watchPreferences();
    },
    semantics(json) {
      if (!layer) return;
      render(JSON.parse(json));
      if (semanticsBuiltMs === null) semanticsBuiltMs = performance.now();
    },
    // The first picture goes to the screen before its HTML twins exist: building them (and laying
    // out their Japanese text) would otherwise delay it by 30-40 ms. glue.js calls this in the
    // animation frame that shows the picture; the viewer's next frame builds them.
    releaseSemantics() { Module._kpi_release_semantics(); },
    semanticsBuiltMs() { return semanticsBuiltMs; },
    announce(text) { if (statusEl) announce(text); },
    // The hand over what can be pressed (ImGui's SetMouseCursor), else the page's own cursor.
    pointerCursor(on) { if (canvasEl) canvasEl.classList.toggle('pressable', on); },
    canvasCssSize,
    withStrings,   // (for glue.js: the picked file's name and text)
  };
})();
