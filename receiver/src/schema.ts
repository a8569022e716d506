import {readFileSync} from 'node:fs';
import {Ajv2020, type ErrorObject} from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

/** The widget's payload, version 1, as `buddy-signup.schema.json` describes it. */
export interface SignupPayload {
  schema: 'iop-buddy-signup/1';
  id: string;
  submittedAt: string;
  locale: string;
  clinic: {name: string | null; region: 'US' | 'CA' | 'GB' | 'IE' | 'AU'};
  data: {
    role: 'find' | 'volunteer' | 'both';
    name: string;
    channel: 'email' | 'text' | 'call';
    email?: string;
    phone?: string;
    mayNameClinic: boolean;
    times: string[];
    support: string[];
    program?: string;
    note?: string;
    adult: true;
    consent: true;
  };
}

/** The outcome of a check: the typed payload, or problems that name paths and rules only. */
export type Validation = {ok: true; payload: SignupPayload} | {ok: false; problems: string[]};

/** Where the build puts the schema file, beside `dist/` and `src/`. */
const schemaFile = new URL('../schema/buddy-signup.schema.json', import.meta.url);

/** Reads the payload schema that ships with the package. */
export function loadSchema(): object {
  return JSON.parse(readFileSync(schemaFile, 'utf8')) as object;
}

// ajv-formats is CommonJS; under NodeNext its default export arrives as the module object.
const addFormats = ((addFormatsModule as unknown as {default?: unknown}).default ??
  addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;

/** One problem as text: where and which rule, never the value that broke it. */
const describe = (error: ErrorObject) => `${error.instancePath || '/'} ${error.keyword}`;

/**
 * Compiles a validator for the payload schema (draft 2020-12, formats checked). The problems it
 * reports name the JSON path and the rule only, so they are safe to return and to log.
 */
export function createValidator(schema: object = loadSchema()): (value: unknown) => Validation {
  // strictRequired is off: the schema's `not: {required: ["phone"]}` is valid JSON Schema that
  // Ajv's opinionated strict mode would refuse.
  const ajv = new Ajv2020({allErrors: false, strict: true, strictRequired: false});
  addFormats(ajv);
  const check = ajv.compile(schema);
  return (value) =>
    check(value)
      ? {ok: true, payload: value as SignupPayload}
      : {ok: false, problems: (check.errors ?? []).map(describe)};
}
