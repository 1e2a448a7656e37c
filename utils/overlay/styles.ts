// The overlay's CSS, isolated in its shadow root: ring, callout, light/dark, reduced motion.
export const OVERLAY_CSS = `
:host { position: fixed !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important;
  z-index: 2147483646 !important; pointer-events: none !important; }
.root { --ec-accent: #0263e0; --ec-bad: #d61f1f; --ec-good: #14804a; --ec-bg: #ffffff; --ec-fg: #121c2d; --ec-muted: #4b5671;
  --ec-border: #cacdd8; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ec-fg); }
@media (prefers-color-scheme: dark) {
  .root { --ec-accent: #66a3ff; --ec-bad: #ff8080; --ec-good: #5ed39a; --ec-bg: #1d2333; --ec-fg: #f4f4f6; --ec-muted: #b8bdcc; --ec-border: #4b5671; }
}
.ring { position: fixed; top: 0; left: 0; box-sizing: border-box; border: 3px solid var(--ec-accent); border-radius: 6px;
  box-shadow: 0 0 0 2px color-mix(in srgb, var(--ec-accent) 30%, transparent); pointer-events: none; animation: ec-pulse 1.6s ease-in-out 2; }
.ring[data-state="invalid"] { border-color: var(--ec-bad); }
.ring[data-state="valid"] { border-color: var(--ec-good); }
@keyframes ec-pulse { 50% { box-shadow: 0 0 0 5px color-mix(in srgb, var(--ec-accent) 15%, transparent); } }
.callout, .missing, .banner { position: fixed; top: 0; left: 0; box-sizing: border-box; max-width: min(360px, calc(100vw - 16px));
  background: var(--ec-bg); color: var(--ec-fg); border: 1px solid var(--ec-border); border-left: 4px solid var(--ec-accent);
  border-radius: 8px; padding: 10px 12px; box-shadow: 0 6px 24px rgba(0,0,0,.25); pointer-events: auto;
  overflow-wrap: anywhere; word-break: break-word; unicode-bidi: plaintext; }
.missing { top: auto; left: auto; right: 16px; bottom: 16px; border-left-color: var(--ec-bad); }
.banners { position: fixed; left: 16px; bottom: 16px; display: flex; flex-direction: column; gap: 8px; pointer-events: none; }
.banners .banner { position: static; }
.head { display: flex; gap: 8px; align-items: start; justify-content: space-between; }
.title { font-weight: 600; font-size: 12px; color: var(--ec-muted); margin: 0 0 4px; }
.text { margin: 0 0 6px; }
.expected { margin: 0 0 6px; font-size: 13px; }
.earlier { margin: 6px 0 0; font-size: 12px; color: var(--ec-muted); }
code { font: 12px ui-monospace, SFMono-Regular, Menlo, monospace; background: color-mix(in srgb, var(--ec-muted) 15%, transparent);
  padding: 0 3px; border-radius: 3px; }
ul.issues { margin: 4px 0; padding: 0; list-style: none; }
ul.issues li { margin: 2px 0; color: var(--ec-bad); }
ul.issues li.ok { color: var(--ec-good); }
.row { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; }
button { font: inherit; font-size: 13px; color: var(--ec-accent); background: transparent; border: 1px solid currentColor;
  border-radius: 4px; padding: 2px 8px; cursor: pointer; }
button.close { border: none; font-size: 16px; line-height: 1; padding: 0 4px; color: var(--ec-muted); }
button:focus-visible { outline: 2px solid var(--ec-accent); outline-offset: 2px; }
[hidden] { display: none !important; }
@media (prefers-reduced-motion: reduce) { .ring { animation: none; } * { transition: none !important; } }
`;
