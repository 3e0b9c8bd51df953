/**
 * @fileoverview Names the viewer's compiled JS (the EM_JS code in src/platform/web_*.cpp) shares with
 * the page's own scripts. The release build runs Closure Compiler over kpi_viewer.js (cmake/web.cmake),
 * which renames every property it does not know; the names below keep their spelling.
 *
 * web/glue.js, web_backend.js, print.js and share.js are not compiled: they reach the runtime only
 * through Module (Module._kpi_*, Module.UTF8ToString, Module.HEAPU8, ...), whose exported names
 * Emscripten keeps itself.
 * @externs
 */

/** Set by web/glue.js: the page around the canvas. */
var kpiGlue;
kpiGlue.noGraphics = function() {};
kpiGlue.pickFile = function() {};
kpiGlue.firstDataFrame = function() {};
kpiGlue.keepScreenOn = function() {};

/** Set by web/web_backend.js: the HTML twins of what the canvas draws, and the live region. */
var kpiWeb;
/** @param {string} json */
kpiWeb.semantics = function(json) {};
/** @param {string} text */
kpiWeb.announce = function(text) {};
/** @param {boolean} on */
kpiWeb.pointerCursor = function(on) {};

/** Set by web/print.js: print and the document page (web_print.cpp). */
var kpiPrint;
kpiPrint.print = function() {};
/** @param {string} html */
kpiPrint.showDocument = function(html) {};

/** Set by web/share.js: clipboard, share sheet, downloads, new tabs (web_share.cpp). */
var kpiShare;
/**
 * @param {number} id
 * @param {string} text
 */
kpiShare.copyText = function(id, text) {};
/** @return {boolean} */
kpiShare.canWebShare = function() {};
/**
 * @param {string} title
 * @param {string} url
 */
kpiShare.webShare = function(title, url) {};
/**
 * @param {string} filename
 * @param {string} mime
 * @param {Uint8Array} bytes
 */
kpiShare.downloadBytes = function(filename, mime, bytes) {};
/**
 * @param {number} x
 * @param {number} y
 * @param {number} w
 * @param {number} h
 * @param {string} filename
 * @param {string} head
 * @param {string} foot
 * @param {string} background
 * @param {string} titleColour
 * @param {string} textColour
 */
kpiShare.downloadCanvasPng = function(x, y, w, h, filename, head, foot, background, titleColour, textColour) {};
/** @param {string} url */
kpiShare.openInNewTab = function(url) {};

/** Set by web/glue.js: start-up files it fetched before the runtime, by URL (web_platform.cpp). */
var kpiPreload;

/**
 * What a fetch resolves to, on both sides: glue.js's preloads and js_fetch's own requests.
 * @record
 */
function KpiFetched() {}
/** @type {number} */ KpiFetched.prototype.status;
/** @type {boolean} */ KpiFetched.prototype.ok;
/** @type {string} */ KpiFetched.prototype.statusText;
/** @type {Uint8Array} */ KpiFetched.prototype.bytes;

/** Kept on window by the EM_JS code itself, between calls. */
var kpiWakeAt;
var kpiWakeTimer;

/** CacheStorage (newer than this Closure release's browser externs). */
var caches;
