// What every feature may use at run time: the open library and the notice queries (React
// contexts), navigation between screens (a client's page included), toasts, the app's
// status, error reporting and opening links, and the clients' data more than one screen
// shows. Nothing here draws a screen; ui/ and features/ build on it.
export { useAppStatus, type IndexStatus } from './app-status.ts';
export { LibraryProvider, useLibrary } from './library-context.tsx';
export { selectOpenNotice, useNavigation, type Screen } from './navigation.ts';
export { openLink } from './open-link.ts';
export { QueriesProvider, useQueries } from './queries-context.tsx';
export { MatcherProvider, startMatcher, useMatcher, type Matcher } from './matcher-context.tsx';
export { reportError } from './report-error.ts';
export { toast, useToasts } from './toasts.ts';
export { errorText, libraryProblemText, messageOf, searchProblemText } from './error-text.ts';
export { useLibrarySeq } from './library-seq.ts';
export { clientInput, EMPTY_CLIENT, regionText, validateClient } from './client-form.ts';
export { useClientNotices, type BriefingCandidate } from './client-notices.ts';
export { useClientSummaries, type ClientSummary } from './client-summaries.ts';
export { useClientsView } from './clients-view.ts';
export { showClient } from './show-client.ts';
export { type MenuCommandContribution, type MenuCommandHandler } from './menu-commands.ts';
