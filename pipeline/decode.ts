/**
 * Stage 1b: decode the bytes of one input into text, by content as well as by name.
 * Formats other than plain text and Markdown live in pipeline/formats/.
 *
 * Content decides over the name: "%PDF-" is a PDF, a ZIP archive holding
 * word/document.xml is a Word file, text that opens like an HTML document is a web
 * page, whatever the file is called. The name only breaks ties (.md, .html) and
 * names the file in errors.
 */
import { pipeTablesToRows } from './formats/text-tables.ts';
import { alignedTablesToRows } from './formats/aligned-tables.ts';
import { InputError } from './errors.ts';
import { docxToText, zipHasWordDocument } from './formats/docx.ts';
import { htmlToText, looksLikeHtml, NestingError } from './formats/html.ts';
import { pdfToText } from './formats/pdf.ts';
import { decodeText } from './formats/text-encoding.ts';

export type Format = 'txt' | 'md' | 'html' | 'docx' | 'pdf';

export interface Decoded {
  /** Decoded text, not yet NFC-normalised. Markdown is allowed (headings, lists, tables). */
  text: string;
  format: Format;
  /** The character encoding the bytes were read as (utf-8, utf-16le, windows-1258, tcvn3, vni …). */
  encoding: string;
}

const startsWith = (bytes: Uint8Array, sig: number[], at = 0): boolean => sig.every((b, i) => bytes[at + i] === b);

/** "%PDF-" within the first KiB (the PDF specification allows leading junk). */
function isPdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024));
  return head.includes('%PDF-', 0, 'latin1');
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export async function decodeDocument(bytes: Uint8Array, name: string): Promise<Decoded> {
  if (bytes.length === 0) throw new InputError(name, 'the file is empty');
  const lower = name.toLowerCase();

  if (isPdf(bytes)) return { text: alignedTablesToRows(await pdfToText(bytes, name)), format: 'pdf', encoding: 'pdf' };
  if (startsWith(bytes, ZIP)) {
    if (zipHasWordDocument(bytes) || lower.endsWith('.docx')) return { text: await docxToText(bytes, name), format: 'docx', encoding: 'docx' };
    throw new InputError(name, 'a ZIP archive, not a Word (.docx) document');
  }
  if (startsWith(bytes, OLE)) throw new InputError(name, 'an old binary Office file (.doc/.xls); save it as .docx or PDF');
  if (lower.endsWith('.docx')) throw new InputError(name, 'not a Word document (no ZIP signature; truncated or damaged?)');

  const { text, encoding } = decodeText(bytes, name);
  if (text.trim() === '') throw new InputError(name, 'the file has no text (only white space)');
  const htmlName = lower.endsWith('.html') || lower.endsWith('.htm') || lower.endsWith('.xhtml');
  if (looksLikeHtml(text) || (htmlName && /<[a-z!]/i.test(text.slice(0, 4096)))) {
    try {
      return { text: htmlToText(text, { article: true }), format: 'html', encoding };
    } catch (e) {
      if (e instanceof NestingError) throw new InputError(name, e.message);
      throw e;
    }
  }
  if (lower.endsWith('.pdf')) throw new InputError(name, 'not a PDF (no %PDF- header; truncated or damaged?)');
  return { text: pipeTablesToRows(alignedTablesToRows(text)), format: lower.endsWith('.md') || lower.endsWith('.markdown') ? 'md' : 'txt', encoding };
}
