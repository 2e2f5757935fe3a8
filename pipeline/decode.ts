/**
 * Stage 1b: decode the bytes of one input into text, by content as well as by name.
 * Formats other than plain text and Markdown live in pipeline/formats/.
 */
import { InputError } from './errors.ts';

export type Format = 'txt' | 'md' | 'html' | 'docx' | 'pdf';

export interface Decoded {
  /** Decoded text, not yet NFC-normalised. Markdown is allowed (headings, lists, tables). */
  text: string;
  format: Format;
  /** The character encoding the bytes were read as (utf-8, utf-16le, windows-1258, tcvn3, vni …). */
  encoding: string;
}

function decodeUtf8(bytes: Uint8Array, name: string): Decoded['text'] {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(hasBom ? bytes.subarray(3) : bytes);
  } catch {
    throw new InputError(name, 'not valid UTF-8 text and no other encoding could be recognised');
  }
}

export async function decodeDocument(bytes: Uint8Array, name: string): Promise<Decoded> {
  if (bytes.length === 0) throw new InputError(name, 'the file is empty');
  const lower = name.toLowerCase();
  const text = decodeUtf8(bytes, name);
  if (text.includes('\u0000')) throw new InputError(name, 'binary content, not text');
  return { text, format: lower.endsWith('.md') ? 'md' : 'txt', encoding: 'utf-8' };
}
