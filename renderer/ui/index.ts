// The app's shared components and styles: buttons, dialogs, chips, badges, toasts, icons,
// date formatting. They know nothing of a feature; a feature composes them.
import './tokens.css';
import './base.css';
import './controls.css';
import './layout.css';
import './components.css';

export { BrandSeal } from './BrandSeal.tsx';
export { Button } from './Button.tsx';
export { ChipInput } from './ChipInput.tsx';
export { ConfirmDialog } from './ConfirmDialog.tsx';
export { DeadlineBadge } from './DeadlineBadge.tsx';
export { ValidityBadge } from './ValidityBadge.tsx';
export { Dialog } from './Dialog.tsx';
export { EmptyState } from './EmptyState.tsx';
export { ErrorBoundary } from './ErrorBoundary.tsx';
export { Highlight } from './Highlight.tsx';
export { Icon, type IconName } from './Icon.tsx';
export { IndexState } from './IndexState.tsx';
export { NoteEditor } from './NoteEditor.tsx';
export { ProgressBar } from './ProgressBar.tsx';
export { RelevancePicker } from './RelevancePicker.tsx';
export { TagRelevance } from './TagRelevance.tsx';
export { Toasts } from './Toasts.tsx';
export { daysBetween, deadlineState, formatDay, formatTimestamp, todayIso, type DeadlineState } from './dates.ts';
export { useImeSafeInput } from './useImeSafeInput.ts';
export { useAsyncResult, type AsyncHandlers, type AsyncOptions } from './useAsyncResult.ts';
export { NoticeFieldsForm, correctionOf, fieldValuesOf, type NoticeFieldValues } from './NoticeFieldsForm.tsx';
export { bulletinFiles, bulletinFormats, bulletinLabel, bulletinTitle } from './bulletin-label.ts';
export { SuggestedClients } from './SuggestedClients.tsx';
export { useSuggestedClients } from './useSuggestedClients.ts';
