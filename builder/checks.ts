// The builder's field checks, mirroring the widgets' own, so a webmaster sees a mistake here
// rather than a link that silently goes missing on their site. Each returns a message or undefined.

export function checkLink(text: string): string | undefined {
  try {
    const url = new URL(text, 'https://example.invalid/');
    if (['https:', 'http:', 'mailto:'].includes(url.protocol)) return undefined;
  } catch {
    // Not a URL at all.
  }
  return 'Use a web address starting with https:// (or a mailto: link). The widget ignores anything else.';
}

export function checkPhone(text: string): string | undefined {
  const digits = text.replace(/\D/g, '');
  if (/^\+?[\d\s().-]+$/.test(text) && digits.length >= 3 && digits.length <= 15) return undefined;
  return 'Use digits with spaces, brackets, dots or dashes, and an optional + in front. The widget ignores anything else.';
}

/** A number field's problem, from the browser's own validity and the field's range. */
export function checkNumber(input: HTMLInputElement): string | undefined {
  const value = input.value.trim();
  if (!input.validity.badInput && (!value || input.validity.valid)) return undefined;
  const {min, max} = input;
  const range = min && max ? ` from ${min} to ${max}` : min ? ` of ${min} or more` : '';
  return `Use a number${range}.`;
}
