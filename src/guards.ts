// Checks for values that arrive from outside the script that reads them: a runtime message, a call
// into the cleaner, storage, an imported settings file. Each check answers yes or no and never throws.
import type { Verdict } from './core/types';

/** A plain object: not null, not an array. (An arrow: a few bytes less in the detector's bundle.) */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The checks a field spec names. */
const PRIMITIVES = {
  string: (x: unknown): x is string => typeof x === 'string',
  number: (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x),
  boolean: (x: unknown): x is boolean => typeof x === 'boolean',
  /** A browser tab id: a whole number, 0 or more. */
  tabId: (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0,
};

type Primitive = keyof typeof PRIMITIVES;
type PrimitiveType<P extends Primitive> = P extends 'string' ? string : P extends 'boolean' ? boolean : number;

/** A type guard for values the primitives cannot describe (a verdict). */
export type Guard<T> = (value: unknown) => value is T;

/**
 * How one field is checked: a primitive's name ("boolean?" when the field may be absent), the list of
 * the values it may take, or a guard.
 */
export type FieldSpec = Primitive | `${Primitive}?` | readonly string[] | Guard<unknown>;

/** The fields of an object, each with its spec. An object with any other field does not match. */
export type FieldsSpec = Readonly<Record<string, FieldSpec>>;

type TypeOf<S> = S extends readonly (infer V)[]
  ? V
  : S extends Guard<infer T>
    ? T
    : S extends `${infer P extends Primitive}?`
      ? PrimitiveType<P>
      : S extends Primitive
        ? PrimitiveType<S>
        : never;
type OptionalKeys<S> = { [K in keyof S]: S[K] extends `${string}?` ? K : never }[keyof S];
type Flat<T> = { [K in keyof T]: T[K] };

/** The object type a FieldsSpec describes: `{tabId: 'tabId', print: 'boolean?'}` is `{tabId: number; print?: boolean}`. */
export type Fields<S extends FieldsSpec> = Flat<
  { -readonly [K in Exclude<keyof S, OptionalKeys<S>>]: TypeOf<S[K]> } & { -readonly [K in OptionalKeys<S>]?: TypeOf<S[K]> }
>;

function fieldMatches(spec: FieldSpec, value: unknown): boolean {
  if (typeof spec === 'function') return spec(value);
  if (typeof spec !== 'string') return typeof value === 'string' && spec.includes(value);
  const optional = spec.endsWith('?');
  if (optional && value === undefined) return true;
  return PRIMITIVES[(optional ? spec.slice(0, -1) : spec) as Primitive](value);
}

/** True when `value` is an object with exactly the fields of `spec`, each as its spec says. */
export function matchesFields<S extends FieldsSpec>(spec: S, value: unknown): value is Fields<S> {
  if (!isRecord(value)) return false;
  for (const key of Object.keys(value)) if (!Object.hasOwn(spec, key)) return false;
  for (const [key, field] of Object.entries(spec)) if (!fieldMatches(field, value[key])) return false;
  return true;
}

/** A detector verdict as it arrives: its shape, not its numbers, is checked. */
export const isVerdict: Guard<Verdict> = (x): x is Verdict =>
  isRecord(x) && typeof x.isArticle === 'boolean' && typeof x.score === 'number' && Array.isArray(x.signals);
