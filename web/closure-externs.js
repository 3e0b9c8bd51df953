/**
 * @fileoverview Names the viewer's compiled JS (the one-line EM_JS calls in src/platform/web_*.cpp)
 * shares with the page's own scripts. The release build runs Closure Compiler over kpi_viewer.js
 * (cmake/web.cmake), which renames every property it does not know; the names below keep their
 * spelling. Every EM_JS body is one call into one of these objects: the JS itself lives in web/*.js.
 *
 * The page's scripts (web/glue.js, web_backend.js, print.js, share.js) are not compiled: they reach
 * the runtime only through Module (Module._kpi_*, Module.UTF8ToString, Module.HEAPU8, ...), whose
 * names Emscripten keeps itself.
 * @externs
 */

/** Set by web/glue.js: the page around the canvas (web_platform.cpp, web_history.cpp, web_loop.cpp, web_files.cpp). */
var kpiGlue;
/**
 * @param {number} id
 * @param {string} url
 * @param {boolean} goodCopy
 */
kpiGlue.fetchFile = function(id, url, goodCopy) {};
/**
 * @param {string} url
 * @param {Uint8Array} body
 */
kpiGlue.keepGoodCopy = function(url, body) {};
kpiGlue.importReport = function(id, text, publisher, asOf) {};
/** @return {string} */
kpiGlue.queryString = function() {};
/** @return {string} */
kpiGlue.pageBaseUrl = function() {};
/** @return {string} */
kpiGlue.defaultDataset = function() {};
/**
 * @param {string} query
 * @param {boolean} push
 */
kpiGlue.setUrlQuery = function(query, push) {};
/** @param {string} url */
kpiGlue.navigate = function(url) {};
kpiGlue.listenPopstate = function() {};
/** @param {number} ms */
kpiGlue.wakeAfter = function(ms) {};
kpiGlue.whenIdle = function() {};
/** @param {number} frames */
kpiGlue.warnUnsettled = function(frames) {};
/** @param {string} why */
kpiGlue.noGraphics = function(why) {};
kpiGlue.pickFile = function() {};
kpiGlue.firstDataFrame = function() {};
kpiGlue.keepScreenOn = function() {};

/** Set by web/web_backend.js: the HTML twins of what the canvas draws, the live region, the canvas. */
var kpiWeb;
/** @param {string} json */
kpiWeb.semantics = function(json) {};
/** @param {string} text */
kpiWeb.announce = function(text) {};
/** @param {boolean} on */
kpiWeb.pointerCursor = function(on) {};
/**
 * @param {number} wPtr
 * @param {number} hPtr
 */
kpiWeb.canvasCssSize = function(wPtr, hPtr) {};

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
