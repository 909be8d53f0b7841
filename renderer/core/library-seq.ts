// The library's change-log head as a screen sees it: the sequence a screen passes with its
// questions to the workers (they answer once they reflect it), and the key that makes
// it ask again. It moves on every committed write, in this window or another (Dexie's
// live queries hear of them all), so a second window sees the first one's import.
import { useLiveQuery } from 'dexie-react-hooks';
import { changeHead } from '../data/library/index.ts';
import { useLibrary } from './library-context.tsx';

export function useLibrarySeq(): number {
  const db = useLibrary();
  return useLiveQuery(() => changeHead(db), [db]) ?? 0;
}
