// Colour maths for the builder's contrast notes: resolving CSS colours, WCAG contrast ratios.

/** Colour pairs a visitor must be able to read: foreground, background, what it is. */
export const CONTRAST_PAIRS: [string, string, string][] = [
  ['--iop-color-on-accent', '--iop-color-accent', 'Button text on the accent colour'],
  ['--iop-color-text', '--iop-color-surface', 'Text on the background'],
  ['--iop-color-text', '--iop-color-surface-alt', 'Text on highlighted areas'],
  ['--iop-color-accent', '--iop-color-surface', 'Links on the background'],
  ['--iop-color-accent', '--iop-color-surface-alt', 'Links on highlighted areas'],
];
export const MIN_CONTRAST = 4.5;

export type Rgb = [number, number, number];

/** Resolves any CSS colour (also `light-dark()`) in a colour scheme to [r, g, b], with `probe`. */
export function resolveColour(probe: HTMLElement, value: string, scheme: string): Rgb {
  probe.style.setProperty('color-scheme', scheme);
  probe.style.setProperty('color', 'transparent');
  probe.style.setProperty('color', value);
  const numbers = getComputedStyle(probe)
    .color.match(/[\d.]+/g)
    ?.map(Number) ?? [0, 0, 0];
  return numbers.slice(0, 3) as Rgb;
}

export const toHex = (rgb: Rgb): string =>
  `#${rgb.map((n) => Math.round(n).toString(16).padStart(2, '0')).join('')}`;

function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((n) => {
    const c = n / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The pairs below the minimum contrast, as sentences, in each scheme the visitor may see.
 * @param colour resolves a token (the chosen value, else the widget's default) in a scheme
 */
export function contrastProblems(
  schemes: string[],
  has: (token: string) => boolean,
  colour: (token: string, scheme: string) => Rgb,
): string[] {
  const problems: string[] = [];
  for (const scheme of schemes) {
    for (const [fg, bg, what] of CONTRAST_PAIRS) {
      if (!has(fg) || !has(bg)) continue;
      const ratio = contrast(colour(fg, scheme), colour(bg, scheme));
      if (ratio < MIN_CONTRAST) {
        const where = schemes.length > 1 ? ` in ${scheme} mode` : '';
        problems.push(
          `${what}: ${ratio.toFixed(1)}:1${where}. It needs at least ${MIN_CONTRAST}:1.`,
        );
      }
    }
  }
  return problems;
}
