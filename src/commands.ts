// The browser commands (keyboard shortcuts) that manifest.json declares under "commands". The manifest
// is JSON and cannot import this name: test/extension/manifest-build.test.ts checks that both agree.

/** Opens the clean version of the current tab in the reader (the manifest suggests Alt+Shift+D). */
export const OPEN_READER_COMMAND = 'open-reader';
