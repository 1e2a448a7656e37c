// Catches a rendering error so the panel shows a way back instead of going blank; progress itself is safe in storage.
import { Component, Fragment, type ErrorInfo, type ReactNode } from 'react';
import { scrub } from '../utils/verify/report';

interface State {
  error: Error | null;
  attempt: number;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // No payloads, not even the message: engines quote the text they choke on (V8's JSON.parse does),
    // and that text can be a key. The kind of error and where it happened are enough to find it.
    console.error('Engage Copilot panel error:', error.name, info.componentStack?.split('\n')[1]?.trim());
  }

  override render() {
    if (!this.state.error) return <Fragment key={this.state.attempt}>{this.props.children}</Fragment>;
    return (
      <main className="fatal">
        <h1>Engage Copilot</h1>
        <div role="alert">
          <p>Something went wrong while showing the checklist. Your progress is saved and nothing was lost.</p>
          {/* Anything shaped like a key or SID is cut to its last 4 characters before it is shown. */}
          <p className="hint">Details: {scrub(this.state.error.message, [])}</p>
        </div>
        <button type="button" onClick={() => this.setState((s) => ({ error: null, attempt: s.attempt + 1 }))}>
          Show the checklist again
        </button>
      </main>
    );
  }
}
