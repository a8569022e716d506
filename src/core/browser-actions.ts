/** Copying and saving for the visitor, with the browser's own tools; nothing leaves the device. */

/** Copies `text` to the clipboard; `false` when the browser refuses, so the caller can help. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Offers `text` as a file download named `fileName`, made in the page (a `blob:` link clicked
 * inside `root`, so the host page's DOM is never touched).
 */
export function saveFile(root: ParentNode, fileName: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], {type}));
  const link = Object.assign(document.createElement('a'), {href: url, download: fileName});
  link.hidden = true;
  root.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
