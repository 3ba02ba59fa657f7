import { Component, type ReactNode } from 'react';

interface ModuleBoundaryProps {
  /** What to say when the code behind a `lazy()` import cannot load (the network dropped). */
  message: string;
  children: ReactNode;
}

/** Shows `message` instead of its children when they fail to load or render. */
export class ModuleBoundary extends Component<ModuleBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    return this.state.failed ? (
      <p className="banner banner--error" role="alert">
        {this.props.message}
      </p>
    ) : (
      this.props.children
    );
  }
}
