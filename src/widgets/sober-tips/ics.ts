/**
 * The iCalendar text format (RFC 5545) as the plan's calendar file uses it: escaped TEXT values,
 * folded lines, UTC date-times, and a small parser that reads such a file back. Pure functions.
 */

/** The number of bytes `character` takes in UTF-8. */
function utf8Length(character: string): number {
  const code = character.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Reverses `escapeText`. */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/**
 * Folds a content line (RFC 5545 3.1): no line is longer than 75 octets of UTF-8, continuation
 * lines start with a space, and a character is never split across lines.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let part = '';
  let size = 0;
  let limit = 75;
  for (const character of line) {
    const length = utf8Length(character);
    if (size + length > limit) {
      parts.push(part);
      part = '';
      size = 0;
      limit = 74;
    }
    part += character;
    size += length;
  }
  parts.push(part);
  return parts.join('\r\n ');
}

/** A UTC date-time value such as `20250614T190000Z`. */
export function utc(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
}

/** One property of a parsed calendar component. */
export interface IcsProperty {
  name: string;
  params: Record<string, string>;
  /** The value, unescaped as TEXT. */
  value: string;
}

/** A parsed calendar component (`VCALENDAR`, `VEVENT`, `VALARM`…). */
export interface IcsComponent {
  name: string;
  properties: IcsProperty[];
  components: IcsComponent[];
}

/**
 * Parses iCalendar text (as `planToIcs` writes it) into its components: unfolds lines, splits
 * names, parameters and values, and unescapes values. Throws on unbalanced `BEGIN`/`END`.
 */
export function parseIcs(text: string): IcsComponent {
  const root: IcsComponent = {name: '', properties: [], components: []};
  const stack = [root];
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  for (const line of lines) {
    if (!line) continue;
    const colon = line.indexOf(':');
    if (colon < 1) throw new Error(`not a content line: ${line}`);
    const [name, ...params] = line.slice(0, colon).split(';');
    const value = line.slice(colon + 1);
    const current = stack[stack.length - 1];
    if (name === 'BEGIN') {
      const component: IcsComponent = {name: value, properties: [], components: []};
      current.components.push(component);
      stack.push(component);
    } else if (name === 'END') {
      if (current.name !== value) throw new Error(`END:${value} does not close ${current.name}`);
      stack.pop();
    } else {
      current.properties.push({
        name,
        params: Object.fromEntries(params.map((param) => param.split('=', 2))),
        value: unescapeText(value),
      });
    }
  }
  if (stack.length !== 1 || root.components.length !== 1) throw new Error('unbalanced calendar');
  return root.components[0];
}
