const warned = new Set<string>();

/**
 * Tells the page author about a configuration mistake, once per distinct message, so a widget
 * that re-renders never floods the console.
 */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`iop-widgets: ${message}`);
}
