// Catches a rendering error so the panel shows a way back instead of going blank; progress itself is safe in storage.
import { Component, Fragment, type ErrorInfo, type ReactNode } from 'react';

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
    // No payloads: only the message and where it happened.
    console.error('Engage Copilot panel error:', error.message, info.componentStack?.split('\n')[1]?.trim());
  }

  override render() {
    if (!this.state.error) return <Fragment key={this.state.attempt}>{this.props.children}</Fragment>;
    return (
      <main className="fatal">
        <h1>Engage Copilot</h1>
        <div role="alert">
          <p>Something went wrong while showing the checklist. Your progress is saved and nothing was lost.</p>
          <p className="hint">Details: {this.state.error.message}</p>
        </div>
        <button type="button" onClick={() => this.setState((s) => ({ error: null, attempt: s.attempt + 1 }))}>
          Show the checklist again
        </button>
      </main>
    );
  }
}
