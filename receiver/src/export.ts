import {stringify} from 'csv-stringify/sync';
import type {Keys} from './crypto.js';
import {openRow, type OpenedSignup} from './records.js';
import type {Range, Store} from './store/types.js';

/** One exported signup, flat: what staff need to get in touch. */
export interface ExportedSignup {
  id: string;
  receivedAt: string;
  submittedAt: string;
  locale: string;
  clinicName: string;
  region: string;
  role: string;
  name: string;
  channel: string;
  email: string;
  phone: string;
  mayNameClinic: boolean;
  times: string[];
  support: string[];
  program: string;
  note: string;
}

export const exportColumns: (keyof ExportedSignup)[] = [
  'id',
  'receivedAt',
  'submittedAt',
  'locale',
  'clinicName',
  'region',
  'role',
  'name',
  'channel',
  'email',
  'phone',
  'mayNameClinic',
  'times',
  'support',
  'program',
  'note',
];

function flatten({receivedAt, payload}: OpenedSignup): ExportedSignup {
  const {data} = payload;
  return {
    id: payload.id,
    receivedAt,
    submittedAt: payload.submittedAt,
    locale: payload.locale,
    clinicName: payload.clinic.name ?? '',
    region: payload.clinic.region,
    role: data.role,
    name: data.name,
    channel: data.channel,
    email: data.email ?? '',
    phone: data.phone ?? '',
    mayNameClinic: data.mayNameClinic,
    times: data.times,
    support: data.support,
    program: data.program ?? '',
    note: data.note ?? '',
  };
}

/** The rows in `range`, decrypted; `unreadable` counts rows sealed with another key or damaged. */
export async function readSignups(
  store: Store,
  keys: Keys,
  range: Range = {},
): Promise<{signups: ExportedSignup[]; unreadable: number}> {
  const signups: ExportedSignup[] = [];
  let unreadable = 0;
  for (const row of await store.list(range)) {
    try {
      signups.push(flatten(openRow(keys, row)));
    } catch {
      unreadable++;
    }
  }
  return {signups, unreadable};
}

/**
 * A spreadsheet cell that starts with = + - @ (or a tab or carriage return) would run as a formula
 * in Excel or LibreOffice; a leading apostrophe keeps it text (OWASP "CSV injection").
 */
const neutralise = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

/** CSV with a header row; lists joined with "; ", booleans as yes/no, formulas neutralised. */
export function toCsv(signups: ExportedSignup[]): string {
  const records = signups.map((signup) =>
    exportColumns.map((column) => {
      const value = signup[column];
      if (Array.isArray(value)) return value.join('; ');
      if (typeof value === 'boolean') return value ? 'yes' : 'no';
      return neutralise(value);
    }),
  );
  return stringify([exportColumns, ...records]);
}

/** JSON: an array of exported signups, indented. */
export const toJson = (signups: ExportedSignup[]) => JSON.stringify(signups, null, 2) + '\n';
