// Hard case "churn" (for the benchmark): the page itself makes ~`rate` DOM mutations a second for `seconds` seconds.
// `?fixture=churn&rate=1000&seconds=10` on any sandbox console URL; the console's own forms keep working.

/** Starts the churn when the URL asks for it; plain DOM (no React) so the page's own cost is small and steady. */
export function startChurnIfAsked(): void {
  const params = new URL(location.href).searchParams;
  if (params.get('fixture') !== 'churn') return;
  const rate = Math.max(1, Number(params.get('rate') ?? 1000) || 1000);
  const seconds = Math.max(1, Number(params.get('seconds') ?? 10) || 10);
  const feed = document.createElement('section');
  feed.setAttribute('aria-label', 'Activity feed');
  feed.setAttribute('data-sandbox-fixture', 'churn');
  feed.style.cssText = 'position:fixed;right:8px;bottom:8px;width:220px;max-height:120px;overflow:hidden;font:11px monospace;opacity:.7';
  document.body.append(feed);

  // A tick every ~10 ms catches up to rate × elapsed, so timer drift does not lower the rate.
  // One mutation = add a row or remove the oldest.
  let made = 0;
  const started = performance.now();
  const timer = setInterval(() => {
    const elapsed = Math.min(performance.now() - started, seconds * 1000);
    const due = Math.floor((elapsed * rate) / 1000) - made;
    for (let i = 0; i < due; i++) {
      if (feed.childElementCount >= 8) feed.firstElementChild?.remove();
      else {
        const row = document.createElement('div');
        row.textContent = `event ${made}`;
        feed.append(row);
      }
      made++;
    }
    if (performance.now() - started >= seconds * 1000) {
      clearInterval(timer);
      feed.setAttribute('data-sandbox-mutations', String(made));
    }
  }, 10);
}
