// The app words shared/'s codes with the one wording both edges use (shared/words).
export { codeWords } from '../../../shared/words/code-words.ts';
