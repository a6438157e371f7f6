// The page's markup, shared by index.html and embed.html (an embed shows a subset of the same
// panels, chosen by its URL). app.js calls layout() before it looks anything up, so both pages
// have exactly the same elements and data-testids.
export function layout(body) {
  body.insertAdjacentHTML('afterbegin', MARKUP);
}

const MARKUP = `
<header>
  <h1>gopark</h1>
  <button id="gallery-btn" data-testid="gallery" aria-expanded="false" aria-controls="gallery" title="example programs, as a short course">Gallery</button>
  <button id="run" data-testid="run" class="primary" disabled title="run (Ctrl-Enter)">Run</button>
  <button id="stop" data-testid="stop" disabled>Stop</button>
  <button id="interrupt" data-testid="interrupt" hidden title="send os.Interrupt (SIGINT), as Ctrl-C does in a terminal">Ctrl-C</button>
  <label>GOMAXPROCS <select id="procs" data-testid="procs"></select></label>
  <label>Mode <select id="mode" data-testid="mode">
    <option value="threads">threads</option>
    <option value="deterministic">deterministic</option>
  </select></label>
  <label>Seed <input id="seed" data-testid="seed" type="number" value="1" min="0"></label>
  <button id="check" data-testid="check" class="primary" hidden title="run the exercise's checks on your program">Check</button>
  <button id="trace" disabled title="the last run as Chrome Trace Event JSON: open it in ui.perfetto.dev">Download trace</button>
  <button id="share" data-testid="share" title="copy a link to this program, its settings and the moment shown">Share</button>
  <span class="spacer"></span>
  <span id="loading" data-testid="loading" role="status" hidden><span class="spinner" aria-hidden="true"></span><span id="loading-text">loading gopark…</span></span>
  <span id="runmode" data-testid="isolation" title="how this page runs goroutines"></span>
  <button id="theme" data-testid="theme" aria-label="dark theme" title="switch between light and dark">◐</button>
  <a id="open-full" href="./" target="_blank" rel="noopener" hidden>open in gopark ↗</a>
</header>
<div id="player" role="toolbar" aria-label="Player">
  <button id="back" data-testid="back" title="one event back (←)" disabled>◀ Back</button>
  <button id="play" data-testid="play" title="play (space)" disabled>▶ Play</button>
  <button id="pause" data-testid="pause" disabled>❚❚ Pause</button>
  <button id="step" data-testid="step" title="one event forward (→); in deterministic mode, while running: one scheduling step" disabled>Step ▶</button>
  <label>Speed <select id="speed" data-testid="speed"></select></label>
  <input id="scrubber" data-testid="scrubber" type="range" min="0" max="0" value="0" aria-label="moment">
  <span id="moment">no run yet</span>
  <select id="follow" data-testid="follow" aria-label="goroutine or channel to follow"><option value="">follow…</option></select>
  <button id="prev-ev" data-testid="prev-event" disabled title="previous event of the followed goroutine or channel">◀ prev</button>
  <button id="next-ev" data-testid="next-event" disabled title="next event of the followed goroutine or channel">next ▶</button>
  <span id="cut" hidden>the recording was cut at 1,000,000 events; the run went on</span>
  <div id="event-text" aria-live="polite"></div>
</div>
<div id="notice"></div>
<aside id="gallery" aria-label="Gallery of examples" hidden>
  <div class="gallery-head"><b>Gallery</b> <span class="hint">a short course: pick an example, read what to watch for, press Run</span>
    <button id="gallery-close" aria-label="close the gallery">×</button></div>
  <div id="gallery-list"></div>
</aside>
<main>
  <section class="panel" id="source-panel" aria-label="Go source">
    <div id="about" data-testid="example-about" hidden><b id="about-title"></b> <span id="about-text"></span>
      <button id="about-close" aria-label="hide the explanation" title="hide">×</button></div>
    <div id="exercise" hidden>
      <div id="exercise-task" data-testid="exercise-task"><b id="exercise-title"></b> <div id="exercise-text"></div></div>
    </div>
    <div id="editor" data-testid="editor"></div>
  </section>
  <section class="panel" id="console-panel">
    <h2>Console <span style="text-transform:none;letter-spacing:0;font-weight:normal">(click a line: the moment it was printed)</span></h2>
    <ul id="check-result" data-testid="check-result" aria-live="polite" aria-label="results of the exercise's checks"></ul>
    <details id="stdin-box"><summary data-testid="stdin-toggle">Standard input <span id="stdin-size" class="hint"></span></summary>
      <textarea id="stdin" data-testid="stdin" rows="3" spellcheck="false" aria-label="standard input"
        placeholder="what the program reads from os.Stdin (fmt.Scan, bufio.Scanner), then end of input. Empty: reads find the end at once, as on go.dev/play."></textarea>
    </details>
    <pre id="output" data-testid="output"></pre>
    <div id="status">loading&hellip;</div>
  </section>
  <section class="panel" id="machine-panel">
    <h2>Machine &mdash; Ps, their Ms and run queues</h2>
    <div class="body" id="machine-view" data-testid="machine-view"></div>
  </section>
  <section class="panel" id="goroutines-panel">
    <h2 id="gtable-title">Goroutines</h2>
    <div class="body">
      <table id="gtable" data-testid="goroutine-table" aria-labelledby="gtable-title">
        <thead><tr><th scope="col">G</th><th scope="col">function</th><th scope="col">state</th><th scope="col" title="the source line it is at">line</th><th scope="col" title="created by goroutine :line">created</th><th scope="col" title="last woken by goroutine :line">woken</th></tr></thead>
        <tbody id="gtable-body"></tbody>
      </table>
    </div>
    <div id="gtable-note" aria-live="polite"></div>
  </section>
  <section class="panel" id="channels-panel">
    <h2>Channels</h2>
    <div class="body">
      <div id="channel-view" data-testid="channel-view"></div>
      <div id="waits" hidden>
        <h3>Who waits on what (every goroutine is blocked)</h3>
        <div id="wait-graph" data-testid="wait-graph"></div>
      </div>
    </div>
  </section>
</main>
<section class="panel" id="timeline-panel" aria-labelledby="timeline-title">
  <h2><span id="timeline-title">Timeline &mdash; goroutine runs per P</span>
    <span class="hint">click: go to that moment · wheel zooms, drag pans, double-click fits</span>
    <label class="scale">axis <select id="timeline-scale" data-testid="timeline-scale" aria-label="timeline axis">
      <option value="auto">auto</option><option value="time">time</option><option value="events">events</option></select></label>
    <button id="fit" type="button">Fit</button></h2>
  <canvas id="timeline" data-testid="timeline" tabindex="0" role="img"
    aria-label="Timeline: one lane per P with a colored span for each goroutine run; the pink line is the moment shown. Keys: + and - zoom, arrows pan, 0 fits."></canvas>
  <div id="timeline-tip" role="tooltip" hidden></div>
</section>
`;
