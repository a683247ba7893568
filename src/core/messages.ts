/** Messages between the detector content script and the background. */
export const DETECTED_MESSAGE = 'qingyue:detected';

export interface DetectedMessage {
  type: typeof DETECTED_MESSAGE;
  signals: string[];
}

export function isDetectedMessage(message: unknown): message is DetectedMessage {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === DETECTED_MESSAGE;
}
