// Prepended to build/site/sw.js by scripts/make-sw.mjs (it runs before workbox's code).
// A first visit's page has already downloaded most files the precache wants (the wasm, the font
// subset, the scripts, the page itself) when the service worker installs after the first view.
// Workbox's install fetches every precache entry with cache: 'reload' (always the network), so each
// of them would cross the network twice. Here such a request is first tried from the browser's
// HTTP cache only (cache: 'only-if-cached': never the network) with the entry's integrity (its
// sha256, put in the manifest by make-sw.mjs): the browser answers only if its cached copy is
// exactly the file this build precaches. Anything else (not cached, or an older copy after a
// rebuild) goes to the network as before, so an update still replaces old files.
(() => {
  const network = self.fetch.bind(self);
  self.fetch = async (input, init) => {
    const precaching = input instanceof Request && input.method === 'GET' && input.cache === 'reload' &&
      !!input.integrity && new URL(input.url).origin === self.location.origin;
    if (precaching) {
      const url = new URL(input.url);
      const candidates = [url.href];
      // index.html: the page's own navigation cached it as the folder's address.
      if (url.pathname.endsWith('/index.html')) candidates.push(new URL('./', url).href);
      for (const u of candidates) {
        try {
          const r = await network(new Request(u, { cache: 'only-if-cached', mode: 'same-origin',
            credentials: 'same-origin', integrity: input.integrity }));
          if (r.ok) return r;
        } catch (e) { /* not in the HTTP cache, or not this build's file */ }
      }
    }
    return network(input, init);
  };
})();
