// A number that changes whenever the notice collection changed (an import, a restore),
// for effects that must ask again.
import { useEffect, useState } from 'react';
import { useQueries } from './queries-context.tsx';

export function useQueriesVersion(): number {
  const queries = useQueries();
  const [version, setVersion] = useState(0);
  useEffect(() => queries.onChange(() => setVersion((v) => v + 1)), [queries]);
  return version;
}
