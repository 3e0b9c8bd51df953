// Print and the document page. The canvas prints as a black sheet (a WebGL canvas keeps no
// picture between frames) and the HTML twins are laid out over it, not for paper: so on
// `beforeprint` (Ctrl+P, the browser's menu, the share panel's Print) the viewer renders the
// current view as a document (src/core/document.h: text, tables, SVG charts, the live view's
// address and QR code), synchronously, into #print-doc, and @media print shows only that
// (web/print.css; the document's own A4 rules come with it in document.css). Without WebGL 2 the
// viewer puts the document of the current view here as the page itself (kpiPrint.showDocument).
'use strict';
(function () {
  const root = document.documentElement;
  const box = () => document.getElementById('print-doc');
  let screenDoc = '';   // without WebGL: the document the page shows ('' = none: the twins are the page)

  function viewerDocument() {
    try {
      if (window.Module && Module._kpi_print_document) return Module.UTF8ToString(Module._kpi_print_document());
    } catch (e) { console.warn('print:', e); }
    return '';
  }
  function fill() {
    const b = box();
    if (!b) return;
    const html = viewerDocument();
    if (html) b.innerHTML = html;
    else {   // nothing loaded yet: the page's title rather than a black or blank sheet
      const p = document.createElement('p');
      p.textContent = document.title;
      b.replaceChildren(p);
    }
    root.classList.add('printing');
  }
  function restore() {
    if (!root.classList.contains('printing')) return;
    root.classList.remove('printing');
    const b = box();
    if (b) { if (screenDoc) b.innerHTML = screenDoc; else b.replaceChildren(); }
  }
  addEventListener('beforeprint', fill);
  addEventListener('afterprint', restore);
  // Browsers without beforeprint still switch the page to print media.
  const media = matchMedia('print');
  const onMedia = (e) => { if (!e.matches) restore(); else if (!root.classList.contains('printing')) fill(); };
  if (media.addEventListener) media.addEventListener('change', onMedia); else if (media.addListener) media.addListener(onMedia);
  // The document page is a normal page: the browser scrolls it with the keyboard (the viewer's
  // keys, which scroll the canvas, stay out of it).
  addEventListener('keydown', (e) => { if (root.classList.contains('doc-page')) e.stopPropagation(); }, true);

  window.kpiPrint = {
    // The share panel's Print, asked during one of the viewer's frames: the dialog opens after it
    // (it may block, and the page asks the viewer for the document while it opens).
    print() { setTimeout(() => { fill(); window.print(); }, 0); },
    showDocument(html) {
      screenDoc = html;
      const b = box();
      if (!b) return;
      if (!root.classList.contains('printing')) { if (html) b.innerHTML = html; else b.replaceChildren(); }
      root.classList.toggle('doc-page', !!html);
      if (html) b.setAttribute('role', 'main'); else b.removeAttribute('role');
    },
  };
})();
