// Catches a render error in one part of the window and says so in words, with a way to
// try again, instead of leaving a blank screen. React offers this only as a class.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { zh } from '../platform/i18n/index.ts';
import { Button } from './Button.tsx';
import { Icon } from './Icon.tsx';

type Props = { children: ReactNode; /** Changing it clears a caught error (e.g. the screen changed). */ resetKey?: unknown };
type State = { error: Error | null; resetKey: unknown };

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('render error', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="error-panel" role="alert">
        <Icon name="alert" size={28} />
        <h2>{zh.errors.title}</h2>
        <p>{zh.errors.body}</p>
        <p className="error-panel-detail">{zh.errors.details(error.message)}</p>
        <div className="error-panel-actions">
          <Button variant="primary" onClick={() => this.setState({ error: null })}>
            {zh.errors.tryAgain}
          </Button>
          <Button onClick={() => window.location.reload()}>{zh.errors.reload}</Button>
        </div>
      </div>
    );
  }
}
