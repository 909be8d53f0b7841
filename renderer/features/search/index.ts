// 搜索: the search box, results with highlights, filters and saved searches.
export { SearchBox } from './SearchBox.tsx';
export { SearchScreen } from './SearchScreen.tsx';
export { useSearch } from './store.ts';
export { menuCommands } from './menu-commands.ts';

// Last, so that it follows the shared controls' styles in the cascade.
import './search.css';
