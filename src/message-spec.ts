// What a table of messages is made of, shared by the runtime messages (src/messages.ts) and the calls
// the background makes into the cleaner (src/content/cleaner-protocol.ts): each entry names the fields
// of its request, which are checked on arrival and give the request its type, and the type of its answer.
import type { Fields, FieldsSpec } from './guards';
import { matchesFields } from './guards';

/**
 * The type a message is answered with, for the compiler only: written `{} as Answer<T>` in a table.
 * Nothing checks answers at run time; they come from our own handlers, typed by this.
 */
export interface Answer<T> {
  readonly answer: () => T;
}

export interface MessageSpec {
  request: FieldsSpec;
  response: Answer<unknown>;
}

export type MessageTable = Readonly<Record<string, MessageSpec>>;

/** The request type of message N. */
export type RequestIn<T extends MessageTable, N extends keyof T> = Fields<T[N]['request']>;

/** The answer type of message N. */
export type ResponseIn<T extends MessageTable, N extends keyof T> = T[N]['response'] extends Answer<infer R> ? R : never;

/** True when `name` is a message of the table (own names only: never "toString" or "__proto__"). */
export function isMessageName<T extends MessageTable>(table: T, name: unknown): name is keyof T & string {
  return typeof name === 'string' && Object.hasOwn(table, name);
}

/** True when `request` has exactly the fields the table gives message `name`. */
export function isRequestFor<T extends MessageTable, N extends keyof T & string>(table: T, name: N, request: unknown): request is RequestIn<T, N> {
  const spec = table[name];
  return spec !== undefined && matchesFields(spec.request, request);
}
