// <gopark-embed>: a gopark demo in an article, as one element.
//
//   <script type="module" src="https://YOUR-SITE/www/embed.js"></script>
//   <gopark-embed example="ping-pong" panels="editor,machine,channels" autoplay></gopark-embed>
//   <gopark-embed panels="console,channels" read-only height="320">
//     <script type="text/go">
//   package main
//   ...
//     </script>
//   </gopark-embed>
//
// Attributes: example (a gallery id), panels (editor, console, machine, goroutines, channels,
// timeline), read-only, autoplay, height (px, default 450), theme (light|dark), procs, mode,
// seed. The program is the inline <script type="text/go">, else the example. The element makes
// a lazily loaded iframe of embed.html (next to this script's folder) with the program in its
// URL fragment, so nothing is sent to a server. Each embed loads the runtime only when it first
// runs (Run, or autoplay once scrolled into view) and releases it when idle.
import { encodeShare } from './share.js';

const EMBED_URL = new URL('../embed.html', import.meta.url);

class GoparkEmbed extends HTMLElement {
  async connectedCallback() {
    if (this.frame) return;
    const inline = this.querySelector('script[type="text/go"]');
    const url = new URL(EMBED_URL);
    const q = url.searchParams;
    for (const a of ['panels', 'theme', 'example']) if (this.hasAttribute(a)) q.set(a, this.getAttribute(a));
    if (this.hasAttribute('read-only')) q.set('readonly', '1');
    if (this.hasAttribute('autoplay')) q.set('autoplay', '1');
    // An article opened with ?isolation=off passes it on, so its demos use the single-thread
    // build on purpose (and say so) rather than as a fallback.
    if (new URLSearchParams(location.search).get('isolation') === 'off') q.set('isolation', 'off');
    if (inline) {
      const src = dedent(inline.textContent);
      const share = { src };
      for (const a of ['procs', 'seed']) if (this.hasAttribute(a)) share[a] = Number(this.getAttribute(a));
      if (this.hasAttribute('mode')) share.mode = this.getAttribute('mode');
      url.hash = `s=${await encodeShare(share)}`;
    }
    const height = Number(this.getAttribute('height')) || 450;
    const frame = document.createElement('iframe');
    frame.src = url.href;
    frame.title = this.getAttribute('title') || 'gopark: a Go concurrency demo';
    frame.loading = 'lazy';
    frame.allow = 'cross-origin-isolated; clipboard-write';
    frame.style.cssText = `display:block;width:100%;height:${height}px;border:1px solid #d8dde6;border-radius:6px;`;
    this.frame = frame;
    this.replaceChildren(frame);
  }
}

// Removes the indentation common to every line (inline programs are usually indented).
function dedent(text) {
  const lines = text.replace(/^\s*\n/, '').replace(/\s+$/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)[0].length));
  return lines.map((l) => l.slice(indent)).join('\n') + '\n';
}

if (!customElements.get('gopark-embed')) customElements.define('gopark-embed', GoparkEmbed);
