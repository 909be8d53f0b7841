// Browser file pickers: a hidden <input type=file>, clicked. Resolves with the chosen
// files, or null when the user cancels (the input's `cancel` event).
export type PickOptions = {
  /** ".txt,.md,.docx,.pdf" */
  accept?: string;
  multiple: boolean;
  /** A folder instead of files (webkitdirectory: every file under it, with its path). */
  directory?: boolean;
};

export function pickFiles(options: PickOptions, doc: Document = document): Promise<File[] | null> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.multiple = options.multiple;
    if (options.accept !== undefined) input.accept = options.accept;
    if (options.directory === true) input.webkitdirectory = true;
    input.hidden = true;
    input.setAttribute('aria-hidden', 'true');

    let settled = false;
    const finish = (files: File[] | null): void => {
      if (settled) return;
      settled = true;
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => finish(input.files !== null && input.files.length > 0 ? Array.from(input.files) : null));
    input.addEventListener('cancel', () => finish(null));
    // Safari only opens pickers for inputs in the document.
    doc.body.append(input);
    input.click();
  });
}
