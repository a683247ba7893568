/**
 * `setImmediate` for the Word writer, set before the docx library loads: docx's bundled zip
 * library otherwise installs its own polyfill, which posts messages on the page's window
 * (the page would see them) and can build functions from strings (see wxt.config.ts). A
 * zero-delay timeout is what it would do here anyway.
 */
type Immediate = (callback: (...args: unknown[]) => void, ...args: unknown[]) => unknown;
const scope = globalThis as unknown as { setImmediate?: Immediate };
scope.setImmediate ??= (callback: (...args: unknown[]) => void, ...args: unknown[]) => setTimeout(callback, 0, ...args);
