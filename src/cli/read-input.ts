// Reads one input of the CLI as bytes: a file, or stdin for `-`; gzip is undone (by its magic bytes,
// so `page.html.gz` and a gzip'd stdin both work). Sizes are checked before anything is parsed.
import { open, stat } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import type { DecodeFailureReason } from '../node/decode-html';

/** Why an input could not be read; the CLI prints it as the `error` field. */
export type InputErrorReason = 'not-found' | 'unreadable' | 'too-large' | DecodeFailureReason;

export type ReadResult =
  | { ok: true; bytes: Buffer }
  | { ok: false; reason: InputErrorReason; message: string };

const GZIP_MAGIC = [0x1f, 0x8b];

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function tooLarge(size: number | null, maxBytes: number): ReadResult {
  const what = size === null ? 'more than' : megabytes(size) + ', over';
  return { ok: false, reason: 'too-large', message: `input is ${what} the ${megabytes(maxBytes)} limit` };
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

async function readFileLimited(path: string, maxBytes: number): Promise<ReadResult> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, reason: 'unreadable', message: 'is a directory' };
    if (!info.isFile()) return { ok: false, reason: 'unreadable', message: 'not a regular file' };
    size = info.size;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { ok: false, reason: 'not-found', message: 'no such file' };
    return { ok: false, reason: 'unreadable', message: `cannot read: ${errorCode(error) || 'unknown error'}` };
  }
  if (size > maxBytes) return tooLarge(size, maxBytes);
  try {
    const handle = await open(path, 'r');
    try {
      return { ok: true, bytes: await handle.readFile() };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { ok: false, reason: 'unreadable', message: `cannot read: ${errorCode(error) || 'unknown error'}` };
  }
}

async function readStreamLimited(stream: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
      total += buffer.length;
      // Stop reading (and holding) data as soon as the limit is passed: stdin may be endless.
      if (total > maxBytes) return tooLarge(null, maxBytes);
      chunks.push(buffer);
    }
  } catch (error) {
    return { ok: false, reason: 'unreadable', message: `cannot read stdin: ${errorCode(error) || 'stream error'}` };
  }
  return { ok: true, bytes: Buffer.concat(chunks, total) };
}

function gunzipLimited(bytes: Buffer, maxBytes: number): ReadResult {
  try {
    return { ok: true, bytes: gunzipSync(bytes, { maxOutputLength: maxBytes }) };
  } catch (error) {
    // zlib reports an output over maxOutputLength as ERR_BUFFER_TOO_LARGE (a RangeError).
    if (error instanceof RangeError || errorCode(error) === 'ERR_BUFFER_TOO_LARGE') return tooLarge(null, maxBytes);
    return { ok: false, reason: 'not-html', message: 'corrupt gzip data' };
  }
}

/** Reads a file (or stdin for `-`), gunzipping when the bytes are gzip; refuses inputs over maxBytes. */
export async function readInput(
  file: string,
  options: { maxBytes: number; stdin: AsyncIterable<Uint8Array | string> },
): Promise<ReadResult> {
  const raw = file === '-' ? await readStreamLimited(options.stdin, options.maxBytes) : await readFileLimited(file, options.maxBytes);
  if (!raw.ok) return raw;
  if (raw.bytes.length === 0) return { ok: false, reason: 'empty', message: 'input is empty' };
  if (raw.bytes[0] === GZIP_MAGIC[0] && raw.bytes[1] === GZIP_MAGIC[1]) {
    const unzipped = gunzipLimited(raw.bytes, options.maxBytes);
    if (unzipped.ok && unzipped.bytes.length === 0) return { ok: false, reason: 'empty', message: 'input is empty' };
    return unzipped;
  }
  return raw;
}
