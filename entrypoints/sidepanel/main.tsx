// Side panel entry: mounts the App inside an error boundary; everything else lives in components/.
// The first render waits (briefly) for the early storage read, so it shows the checklist at once, not a loading line.
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import App from '../../components/App';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { takeEarlyRead } from '../../components/hooks/earlyRead';
// oxlint-disable-next-line import/no-unassigned-import -- a stylesheet is imported for its effect
import '../../components/sidepanel.css';

/** Past this, the panel shows "Loading your progress…" and reads for itself. */
const EARLY_READ_WAIT_MS = 250;

// Not a top-level await: that would make the bundler split the first screen into many more files.
void takeEarlyRead(EARLY_READ_WAIT_MS).then((first) => {
  const root = createRoot(document.getElementById('root')!);
  // Synchronously: the checklist is in the DOM when this task ends, with nothing queued before it.
  flushSync(() =>
    root.render(
      <StrictMode>
        <ErrorBoundary>
          <App first={first} />
        </ErrorBoundary>
      </StrictMode>,
    ),
  );
});
