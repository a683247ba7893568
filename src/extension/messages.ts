/**
 * The messages sent to the background, one typed map: the detector says a page was
 * recognised, the popup asks for the reader, the reader asks for a large resource.
 */
export const RESOURCE_NAMES = ['char-model', 'simplified-to-traditional', 'word-writer'] as const;
export type ResourceName = (typeof RESOURCE_NAMES)[number];

export interface MessageMap {
  'qingyue:detected': { signals: string[] };
  'qingyue:toggle-reader': Record<never, never>;
  /** Inject a large resource (see core/resources.ts) into the asking frame's isolated world: entrypoints/<name>.ts. */
  'qingyue:load-resource': { name: ResourceName };
}
export type MessageType = keyof MessageMap;
export type Message<T extends MessageType> = { type: T } & MessageMap[T];

export function message<T extends MessageType>(type: T, body: MessageMap[T]): Message<T> {
  return { type, ...body } as Message<T>;
}

/** What a message of each type must carry: anything may arrive on the extension's channel. */
const WELL_FORMED: { [T in MessageType]: (body: Record<string, unknown>) => boolean } = {
  'qingyue:detected': (body) => Array.isArray(body.signals),
  'qingyue:toggle-reader': () => true,
  'qingyue:load-resource': (body) => RESOURCE_NAMES.some((known) => known === body.name),
};

export function isMessage<T extends MessageType>(value: unknown, type: T): value is Message<T> {
  if (typeof value !== 'object' || value === null) return false;
  const body = value as Record<string, unknown>;
  return body.type === type && WELL_FORMED[type](body);
}

/**
 * What the next injection of the reader script should do, set just before it in the same
 * isolated world (the background runs a tiny function first). Read once.
 */
export const READER_REQUEST_KEY = 'qingyue.reader-request';
const READER_REQUEST = Symbol.for(READER_REQUEST_KEY);
export type ReaderRequest = 'copy-clean-text';

export function takeReaderRequest(scope: object): ReaderRequest | undefined {
  const record = scope as Record<symbol, ReaderRequest | undefined>;
  const request = record[READER_REQUEST];
  record[READER_REQUEST] = undefined;
  return request;
}

/** A performance mark the reader sets on the page's timeline once it is painted. */
export const READER_PAINTED_MARK = 'qingyue:reader-painted';
/** And once the whole of a page shown first screen first is in place. */
export const READER_WHOLE_MARK = 'qingyue:reader-whole';
