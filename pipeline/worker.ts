/**
 * The CPU side of an extract run: decode one file's bytes and extract its records.
 * Runs in a piscina worker thread (through pipeline/worker.mjs, which makes the
 * TypeScript loadable) or, with `workers: 0`, inline on the main thread. Pure: no
 * database, no file system. Errors come back as values, since an InputError does
 * not survive the trip between threads as its class.
 */
import { decodeDocument } from './decode.ts';
import { InputError } from './errors.ts';
import { extractDocument, type ExtractedDocument } from './extract-document.ts';
import { textDigest } from './text-digest.ts';

export interface WorkerTask {
  bytes: Uint8Array;
  /** File name, for format guesses and error messages. */
  name: string;
}

export type WorkerResult =
  | {
      ok: true;
      format: string;
      encoding: string;
      doc: ExtractedDocument /** textDigest(doc.text): the same for the same text in any format. */;
      textHash: string;
    }
  | { ok: false; file: string; reason: string };

export async function decodeAndExtract(task: WorkerTask): Promise<WorkerResult> {
  try {
    const bytes = task.bytes instanceof Uint8Array ? task.bytes : new Uint8Array(task.bytes as ArrayBufferLike);
    const decoded = await decodeDocument(bytes, task.name);
    const doc = extractDocument(decoded.text, task.name);
    return { ok: true, format: decoded.format, encoding: decoded.encoding, doc, textHash: textDigest(doc.text) };
  } catch (e) {
    if (e instanceof InputError) return { ok: false, file: e.file, reason: e.reason };
    return { ok: false, file: task.name, reason: e instanceof Error ? (e.message.split('\n')[0] ?? 'error') : String(e) };
  }
}

export default decodeAndExtract;
