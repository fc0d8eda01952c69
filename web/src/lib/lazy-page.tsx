import { Component, lazy, Suspense, type ComponentType, type ReactNode } from 'react';

/** Says plainly when a page's code could not be fetched (no signal), instead of a blank screen. */
class LoadFailure extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div role="alert">
        <p>This page could not be loaded. Check your connection, then try again.</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Try again
        </button>
      </div>
    );
  }
}

/**
 * A page loaded on first use, with a loading line that never claims a result meanwhile.
 * @example const RunsPage = lazyPage(() => import('../runs/runs-page'), 'RunsPage');
 */
export function lazyPage<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M & string) {
  const Page = lazy(async () => ({ default: (await load())[name] as ComponentType }));
  return function LazyPage() {
    return (
      <LoadFailure>
        <Suspense
          fallback={
            <p className="loading" role="status">
              Loading…
            </p>
          }
        >
          <Page />
        </Suspense>
      </LoadFailure>
    );
  };
}
