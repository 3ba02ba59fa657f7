import { Component, type ReactNode } from 'react';

interface ModuleBoundaryProps {
  /** What to say when the code behind a `lazy()` import cannot load (the network dropped). */
  message: string;
  /** What the user can do instead, shown under the message (e.g. a way back). */
  action?: ReactNode;
  children: ReactNode;
}

/** Shows `message` instead of its children when they fail to load or render. */
export class ModuleBoundary extends Component<ModuleBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    if (this.props.action === undefined) {
      return (
        <p className="banner banner--error" role="alert">
          {this.props.message}
        </p>
      );
    }
    return (
      <div className="banner banner--error" role="alert">
        <p>{this.props.message}</p>
        <div className="banner__actions">{this.props.action}</div>
      </div>
    );
  }
}
