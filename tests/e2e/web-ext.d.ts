/** The part of web-ext's JavaScript API the Firefox build test uses (the package ships no types). */
declare module 'web-ext' {
  const webExt: {
    cmd: {
      lint: (options: { sourceDir: string; output: 'none' | 'json' | 'text' }, context: { shouldExitProgram: boolean }) => Promise<unknown>;
    };
  };
  export default webExt;
}
