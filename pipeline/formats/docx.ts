/**
 * Word (.docx) → Markdown-ish text: mammoth turns the document into HTML (headings,
 * numbered and bulleted lists, bold, tables), and the HTML converter does the rest,
 * without the web-page furniture removal.
 */
type MammothApi = typeof import('mammoth');
let mammothLoaded: Promise<MammothApi> | null = null;
/** mammoth is loaded with the first .docx: it costs each worker thread about 14 MB of memory. */
function loadMammoth(): Promise<MammothApi> {
  // a CommonJS module: under ESM its API is the namespace's default export
  return (mammothLoaded ??= import('mammoth').then((m) => (m as unknown as { default: MammothApi }).default));
}
import { InputError } from '../errors.ts';
import { htmlToText } from './html.ts';

/** A ZIP archive ends with an end-of-central-directory record (PK\x05\x06) in its last 64 KiB. */
function hasZipEnd(bytes: Uint8Array): boolean {
  const from = Math.max(0, bytes.length - 65_557);
  for (let i = bytes.length - 22; i >= from; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) return true;
  }
  return false;
}

/** Does a ZIP archive name word/document.xml among its entries? (Cheap content sniffing.) */
export function zipHasWordDocument(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('word/document.xml', 0, 'latin1');
}

export async function docxToText(bytes: Uint8Array, name: string): Promise<string> {
  if (!hasZipEnd(bytes)) throw new InputError(name, 'truncated or damaged Word file (the ZIP archive has no end record)');
  let html: string;
  const mammoth = await loadMammoth();
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { ignoreEmptyParagraphs: true, externalFileAccess: false, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
    html = result.value;
  } catch (e) {
    const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
    if (/main document part/i.test(msg ?? '')) throw new InputError(name, 'not a Word document (a ZIP archive without word/document.xml)');
    throw new InputError(name, `truncated or damaged Word file (${msg})`);
  }
  return htmlToText(html, { article: false });
}
