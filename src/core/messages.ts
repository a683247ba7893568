/** Messages to the background: from the detector content script and from the popup. */
export const DETECTED_MESSAGE = 'qingyue:detected';
export const TOGGLE_MESSAGE = 'qingyue:toggle-reader';

export interface DetectedMessage {
  type: typeof DETECTED_MESSAGE;
  signals: string[];
}

export function isDetectedMessage(message: unknown): message is DetectedMessage {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === DETECTED_MESSAGE;
}

export function isToggleMessage(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === TOGGLE_MESSAGE;
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
