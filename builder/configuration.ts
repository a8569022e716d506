// What the builder's form adds up to: the tag's attributes and the custom properties, with the
// problems that keep a value out of the snippet.
import {checkLink, checkPhone} from './checks.js';
import type {Option, Widget} from './manifest.js';
import type {Attribute} from './snippet.js';
import {initialValue, type OptionValue} from './views/option-field.js';
import {contrastProblems, toHex, type Rgb} from './colours.js';
import {COLOURS, type ThemeState} from './views/theme-fields.js';

export interface Configuration {
  widget: Widget | undefined;
  /** The shared attributes as typed: `clinic-name`, `phone`, `intake-url`, `region`. */
  clinic: Record<string, string>;
  /** The widget's options as the form holds them. */
  values: Record<string, OptionValue>;
  /** Number fields the browser finds wrong, by option name (and `radius`). */
  numberErrors: Record<string, string | undefined>;
  scheme: string;
  colours: Record<string, string>;
  radius: string;
}

export function clinicErrors(clinic: Record<string, string>): Record<string, string | undefined> {
  const phone = clinic.phone?.trim();
  const intake = clinic['intake-url']?.trim();
  return {
    phone: phone ? checkPhone(phone) : undefined,
    'intake-url': intake ? checkLink(intake) : undefined,
  };
}

export function optionError(
  option: Option,
  value: OptionValue,
  numberError: string | undefined,
): string | undefined {
  if (option.kind === 'list' && option.allByDefault && !(value as string[]).length) {
    return 'Choose at least one.';
  }
  if (option.kind === 'url' && (value as string).trim()) return checkLink((value as string).trim());
  if (option.kind === 'number') return numberError;
  return undefined;
}

/** The option's value, or its initial one. */
export const valueOf = (config: Configuration, option: Option): OptionValue =>
  config.values[option.name] ?? initialValue(option);

/** The attributes of the configured tag, in the order the form asks for them. */
export function attributesOf(config: Configuration): Attribute[] {
  const attributes: Attribute[] = [];
  const errors = clinicErrors(config.clinic);
  for (const name of ['clinic-name', 'phone', 'intake-url', 'region']) {
    const value = config.clinic[name]?.trim();
    if (value && !errors[name]) attributes.push([name, value]);
  }
  for (const option of config.widget?.options ?? []) {
    const value = valueOf(config, option);
    if (optionError(option, value, config.numberErrors[option.name])) continue;
    if (option.kind === 'checkbox') {
      if (value === true) attributes.push([option.name, true]);
    } else if (option.kind === 'list') {
      const chosen = value as string[];
      const all = option.allByDefault && chosen.length === option.values.length;
      if (chosen.length && !all) attributes.push([option.name, chosen.join(' ')]);
    } else if (option.kind === 'select') {
      if (value !== option.fallback) attributes.push([option.name, value as string]);
    } else if ((value as string).trim()) {
      attributes.push([option.name, (value as string).trim()]);
    }
  }
  return attributes;
}

/** The chosen custom properties. */
export function declarationsOf(config: Configuration): [string, string][] {
  const declarations: [string, string][] = COLOURS.filter((c) => c.property in config.colours).map(
    (c) => [c.property, config.colours[c.property]],
  );
  const radius = config.radius.trim();
  if (radius && !config.numberErrors.radius) {
    declarations.push(['--iop-radius', radius === '0' ? '0' : `${radius}px`]);
  }
  if (config.scheme) declarations.push(['--iop-color-scheme', config.scheme]);
  return declarations;
}

/**
 * What the colour fields show: each picker's chosen colour, else the widget's default in the
 * scheme the preview shows, and the contrast problems in every scheme a visitor may see.
 * @param resolve resolves a CSS colour (also `light-dark()`) in a colour scheme
 */
export function themeState(
  config: Configuration,
  prefersDark: boolean,
  resolve: (value: string, scheme: string) => Rgb,
): ThemeState {
  const {widget, colours, scheme} = config;
  const token = (name: string) => widget?.tokens[name]?.default;
  const colour = (name: string, s: string) =>
    resolve(colours[name] ?? token(name) ?? 'transparent', s);
  const shownScheme = scheme || (prefersDark ? 'dark' : 'light');
  const schemes = scheme ? [scheme] : ['light', 'dark'];
  const each = <T>(value: (property: string) => T) =>
    Object.fromEntries(COLOURS.map(({property}) => [property, value(property)]));
  return {
    scheme,
    chosen: colours,
    shown: each((p) => colours[p] ?? (token(p) ? toHex(colour(p, shownScheme)) : '#000000')),
    descriptions: each((p) => widget?.tokens[p]?.description),
    radius: config.radius,
    radiusError: config.numberErrors.radius,
    problems: widget ? contrastProblems(schemes, (name) => Boolean(token(name)), colour) : [],
    bothSchemes: schemes.length > 1,
  };
}
