/**
 * The overlay's stylesheet, scoped by its shadow root (the page's CSS cannot reach in, ours
 * cannot leak out). Colours come from custom properties set per category and per theme.
 */
export const OVERLAY_CSS = `
:host { all: initial; }
.layer { position: fixed; inset: 0; pointer-events: none; z-index: 2147483647; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
[data-parley-rule] { position: absolute; left: 0; top: 0; }
.box { position: fixed; box-sizing: border-box; border-bottom: 2px solid var(--c); background: color-mix(in srgb, var(--c) 9%, transparent); border-radius: 1px; }
[data-parley-rule][data-severity="hint"] .box { border-bottom-style: dashed; background: transparent; }
[data-parley-rule].wide .box { background: transparent; border-bottom: 2px dotted var(--c); transform: translateY(3px); }
[data-parley-rule].active .box { background: color-mix(in srgb, var(--c) 22%, transparent); }
.pill { position: fixed; pointer-events: auto; box-sizing: border-box; display: inline-flex; align-items: center; justify-content: center; gap: 4px; height: 22px; padding: 0 8px; border-radius: 11px;
  border: 1px solid rgba(0,0,0,.15); background: #fff; color: #1f2328; font: 600 12px/1 system-ui, sans-serif; cursor: pointer; box-shadow: 0 1px 3px rgba(0,0,0,.18); opacity: .92; }
.pill:hover, .pill:focus-visible { opacity: 1; }
.pill .dot { width: 8px; height: 8px; border-radius: 50%; background: var(--s); }
.pill .noise { color: #cf222e; }
/* Never taller than the viewport it is drawn in: an iframe editor's (TinyMCE) may be a few lines high, and the fixes must stay reachable. */
.card, .panel { position: fixed; pointer-events: auto; box-sizing: border-box; width: 340px; max-width: calc(100vw - 16px); padding: 12px 14px;
  max-height: calc(100vh - 16px); overflow-y: auto;
  background: #fff; color: #1f2328; border: 1px solid #d0d7de; border-radius: 8px; box-shadow: 0 8px 24px rgba(31,35,40,.2);
  transition: opacity .12s ease-out, transform .12s ease-out; }
.card[hidden], .panel[hidden], .notice[hidden] { display: none; }
.notice { position: fixed; pointer-events: auto; box-sizing: border-box; max-width: 340px; padding: 8px 12px; background: #fff8c5; color: #1f2328;
  border: 1px solid #d4a72c; border-radius: 6px; box-shadow: 0 4px 12px rgba(31,35,40,.18); font-size: 13px; }
.card.dark, .panel.dark, .pill.dark { background: #22272e; color: #e6edf3; border-color: #444c56; }
.tag { display: inline-block; font-size: 11px; font-weight: 600; letter-spacing: .02em; text-transform: uppercase; color: var(--c); }
.message { margin: 4px 0 6px; font-size: 14px; font-weight: 600; }
.why { margin: 0 0 10px; color: #59636e; }
.dark .why { color: #9da7b3; }
.advice { margin: 0 0 8px; padding-left: 10px; border-left: 3px solid var(--c); }
.actions { display: flex; flex-wrap: wrap; gap: 6px; }
button { font: inherit; cursor: pointer; border-radius: 6px; padding: 4px 10px; border: 1px solid #d0d7de; background: #f6f8fa; color: inherit; }
button.fix { background: var(--c); border-color: var(--c); color: #fff; font-weight: 600; }
.dark button { background: #2d333b; border-color: #444c56; }
.dark button.fix { background: var(--c); color: #0d1117; }
button:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
.quiet { background: transparent; border-color: transparent; color: #59636e; }
.dark .quiet { background: transparent; border-color: transparent; color: #9da7b3; }
.keys { margin-top: 8px; font-size: 11px; color: #6e7781; }
.panel h2 { margin: 0 0 2px; font-size: 15px; }
.panel .verdict { margin: 0 0 8px; color: #59636e; }
.dims { display: grid; grid-template-columns: auto 1fr 2.5em; gap: 4px 8px; align-items: center; margin: 0 0 10px; font-size: 12px; }
.bar { height: 6px; border-radius: 3px; background: #eaeef2; overflow: hidden; }
.dark .bar { background: #373e47; }
.bar > span { display: block; height: 100%; background: var(--c); }
.fixes { margin: 0; padding: 0; list-style: none; }
.fixes li { margin: 0 0 4px; }
.fixes button { width: 100%; text-align: left; background: transparent; border-color: transparent; padding: 3px 4px; }
.fixes button:hover { background: rgba(127,127,127,.12); }
.noise-high { color: #cf222e; font-weight: 600; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-reduced-motion: reduce) { .card, .panel { transition: none; } }
`;
