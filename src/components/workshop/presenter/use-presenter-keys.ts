import { useEffect } from 'react';
import { commandForKey, type PresenterCommand } from '../../../lib/workshop/presenter-view';

/** Keys that belong to the element in focus, not to the presenter. */
function isOwnKeyTarget(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest('input, textarea, select')) return true;
  // Space and Enter press a focused button or follow a link; let them.
  return (key === ' ' || key === 'Enter') && target.closest('button, a, summary') !== null;
}

/** The presenter's keyboard shortcuts, on the whole page, unless a field or button has the key. */
export function usePresenterKeys(command: (type: PresenterCommand) => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (isOwnKeyTarget(event.target, event.key)) return;
      const action = commandForKey(event.key);
      if (!action) return;
      event.preventDefault();
      command(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [command]);
}
