import { useEffect, useState } from 'preact/hooks';
import { gql } from './api.js';

export interface QueryState<T> {
  data: T | null;
  error: string;
  loading: boolean;
}

/** Run a query when its variables change; the last answer wins. */
export function useQuery<T>(query: string | null, variables: Record<string, unknown> = {}): QueryState<T> {
  const [state, setState] = useState<QueryState<T>>({ data: null, error: '', loading: !!query });
  const vars = JSON.stringify(variables);
  useEffect(() => {
    if (!query) return;
    const ac = new AbortController();
    setState((s) => ({ data: s.data, error: '', loading: true }));
    gql<T>(query, JSON.parse(vars), ac.signal).then(
      (data) => setState({ data, error: '', loading: false }),
      (e) => {
        if ((e as Error).name !== 'AbortError') setState({ data: null, error: (e as Error).message, loading: false });
      },
    );
    return () => ac.abort();
  }, [query, vars]);
  return state;
}
