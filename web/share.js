// Sharing and saving, the browser half of src/platform/web_share.cpp: the clipboard, the phone's
// share sheet, downloads (CSV, SVG, the selected chart as PNG with its caption) and new tabs. The
// viewer passes what to share, the bytes and the colours (core/palette.h); nothing is decided here.
// [SECTION] clipboard and share sheet
// [SECTION] downloads
// [SECTION] the chart as PNG, with its caption
// [SECTION] window.kpiShare: what the viewer's C++ calls
'use strict';
(function () {
  // --- [SECTION] clipboard and share sheet ----------------------------------------------------------
  // The viewer's copy `id` is done: it says so (ok or not) through kpi_copy_done.
  function copyText(id, text) {
    const done = (ok) => Module._kpi_copy_done(id, ok ? 1 : 0);
    // navigator.clipboard needs a secure context; fall back to a selected textarea otherwise.
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(() => done(true), () => done(false));
      return;
    }
    try {
      const ta = document.createElement('textarea');
      ta.value = text; ta.setAttribute('readonly', ''); ta.style.position = 'fixed'; ta.style.opacity = '0';
      document.body.appendChild(ta); ta.select();
      const ok = document.execCommand('copy');
      document.body.removeChild(ta);
      done(ok);
    } catch (e) { done(false); }
  }

  // --- [SECTION] downloads --------------------------------------------------------------------------
  function saveBlob(blob, filename) {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = filename;
    document.body.appendChild(a); a.click(); a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  }

  // --- [SECTION] the chart as PNG, with its caption ----------------------------------------------------
  // The chart is copied now (the drawing buffer is not kept after this task); the caption is set in
  // the viewer's own font (the first-frame subset, as a FontFace) once it is loaded. `head` and
  // `foot` are lines ("\n" after each); the first head line is the title; a foot line that starts
  // with "#RRGGBB " gets a swatch of that colour (the legend). `background`, `titleColour` and
  // `textColour` are the palette's (CSS colours).
  let captionFont = null;   // a promise of the font family's name, once asked for
  function downloadCanvasPng(x, y, w, h, filename, headText, footText, background, titleColour, textColour) {
    const src = document.getElementById('canvas');
    const k = src.width / src.getBoundingClientRect().width;
    const chart = document.createElement('canvas');
    chart.width = Math.max(1, Math.round(w * k)); chart.height = Math.max(1, Math.round(h * k));
    chart.getContext('2d').drawImage(src, x * k, y * k, w * k, h * k, 0, 0, chart.width, chart.height);
    const head = headText.split('\n').filter((s) => s);
    const foot = footText.split('\n').filter((s) => s);
    const face = captionFont || (captionFont = new FontFace('KPIViewer', 'url(fonts/ui-subset.ttf)').load()
      .then((f) => { document.fonts.add(f); return 'KPIViewer'; }).catch(() => 'sans-serif'));
    face.then((family) => {
      const pad = Math.round(16 * k), body = Math.round(15 * k), title = Math.round(19 * k), gap = Math.round(6 * k);
      const out = document.createElement('canvas');
      const ctx0 = out.getContext('2d');
      const width = chart.width + 2 * pad;
      // Lines broken to the picture's width, character by character (Japanese has no spaces).
      const wrap = (text, size) => {
        ctx0.font = size + 'px ' + family;
        const lines = []; let line = '';
        for (const ch of text) {
          if (line && ctx0.measureText(line + ch).width > width - 2 * pad) { lines.push(line); line = ''; }
          line += ch;
        }
        if (line) lines.push(line);
        return lines;
      };
      const headLines = head.flatMap((t, i) => wrap(t, i === 0 ? title : body).map((l) => [l, i === 0 ? title : body, i === 0]));
      const footLines = foot.flatMap((t) => {
        const m = /^(#[0-9a-fA-F]{6}) (.*)$/.exec(t);
        return m ? [[m[2], body, false, m[1]]] : wrap(t, body).map((l) => [l, body, false]);
      });
      const lineH = (s) => Math.round(s * 1.5);
      const hh = headLines.reduce((a, l) => a + lineH(l[1]), 0), fh = footLines.reduce((a, l) => a + lineH(l[1]), 0);
      out.width = width;
      out.height = pad + hh + gap + chart.height + gap + fh + pad;
      const ctx = out.getContext('2d');
      ctx.fillStyle = background; ctx.fillRect(0, 0, out.width, out.height);
      ctx.textBaseline = 'top';
      let yy = pad;
      const text = ([t, size, bold, swatch]) => {
        ctx.font = (bold ? 'bold ' : '') + size + 'px ' + family;
        ctx.fillStyle = bold ? titleColour : textColour;
        let xx = pad;
        if (swatch) { ctx.fillStyle = swatch; ctx.fillRect(xx, yy + size * 0.15, size * 0.9, size * 0.9); xx += size * 1.3; ctx.fillStyle = textColour; }
        ctx.fillText(t, xx, yy);
        yy += lineH(size);
      };
      headLines.forEach(text);
      yy += gap;
      ctx.drawImage(chart, pad, yy);
      yy += chart.height + gap;
      footLines.forEach(text);
      out.toBlob((blob) => { if (blob) saveBlob(blob, filename); }, 'image/png');
    });
  }

  // --- [SECTION] window.kpiShare: what the viewer's C++ calls -------------------------------------------
  window.kpiShare = {
    copyText,
    canWebShare() { return !!navigator.share; },
    webShare(title, url) { navigator.share({ title, url }).catch(() => {}); },
    downloadBytes(filename, mime, bytes) { saveBlob(new Blob([bytes], { type: mime }), filename); },
    downloadCanvasPng,
    openInNewTab(url) { window.open(url, '_blank', 'noopener'); },
  };
})();
