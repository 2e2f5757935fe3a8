/**
 * Bad input gives one clear InputError naming the file and the reason, never a
 * crash, a hang, or silently empty text.
 */
import { PDFDocument, rgb } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeDocument } from '../pipeline/decode.ts';
import { InputError } from '../pipeline/errors.ts';
import { encodeTcvn3, encodeVni } from '../pipeline/formats/legacy-encodings.ts';
import { UNKNOWN_ENCODING } from '../pipeline/formats/text-encoding.ts';
import { seedBlocks } from './fixtures/make-fixtures.ts';
import { Document, Packer, Paragraph, TextRun } from 'docx';

const SENTENCE = 'Năm 2024, toàn tỉnh phấn đấu thành lập mới 35 hợp tác xã, nâng tổng số hợp tác xã lên 300 với 12.000 thành viên.';

async function refusal(bytes: Uint8Array, name: string): Promise<InputError> {
  try {
    await decodeDocument(bytes, name);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    const err = e as InputError;
    expect(err.file).toBe(name);
    expect(err.reason).not.toContain('\n');
    expect(err.message).toBe(`${name}: ${err.reason}`);
    return err;
  }
  throw new Error(`${name} was accepted`);
}

const bytes = (s: string, enc: BufferEncoding = 'utf8'): Uint8Array => new Uint8Array(Buffer.from(s, enc));

let docx: Uint8Array;
let pdf: Uint8Array;

beforeAll(async () => {
  docx = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun(SENTENCE)] })] }] })));
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  page.drawText('Ke hoach 2024: thanh lap moi 35 HTX.', { x: 50, y: 780, size: 12 });
  pdf = await doc.save();
});

describe('bad input', () => {
  it('an empty file', async () => {
    expect((await refusal(new Uint8Array(0), 'empty.txt')).reason).toBe('the file is empty');
  });

  it('a file of white space only', async () => {
    expect((await refusal(bytes(' \n\t\r\n  '), 'blank.txt')).reason).toBe('the file has no text (only white space)');
  });

  it('binary garbage named .txt (NUL bytes)', async () => {
    const garbage = new Uint8Array(50_000);
    let x = 12345;
    for (let i = 0; i < garbage.length; i++) garbage[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
    expect((await refusal(garbage, 'garbage.txt')).reason).toBe('binary content (NUL bytes), not text');
  });

  it('binary garbage without NUL bytes (control characters)', async () => {
    const garbage = bytes('ab\x01\x02\x03cd\x04\x05\x06\x07\x08ef'.repeat(500));
    expect((await refusal(garbage, 'ctrl.txt')).reason).toMatch(/^binary content \(\d+% control characters\), not text$/);
  });

  it('a truncated .docx', async () => {
    const cut = docx.subarray(0, Math.floor(docx.length * 0.6));
    expect((await refusal(cut, 'plan.docx')).reason).toBe('truncated or damaged Word file (the ZIP archive has no end record)');
  });

  it('a .docx that is not a ZIP archive at all', async () => {
    expect((await refusal(bytes('\x01\x02 just bytes'.repeat(3)), 'plan.docx')).reason).toBe('not a Word document (no ZIP signature; truncated or damaged?)');
  });

  it('a ZIP archive that is not a Word document', async () => {
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...bytes('some/other.xml'), 0, 0, 0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]);
    expect((await refusal(zip, 'archive.zip')).reason).toBe('a ZIP archive, not a Word (.docx) document');
  });

  it('an old binary .doc', async () => {
    const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(500).fill(0)]);
    expect((await refusal(ole, 'old.doc')).reason).toBe('an old binary Office file (.doc/.xls); save it as .docx or PDF');
  });

  it('a truncated .pdf', async () => {
    expect((await refusal(pdf.subarray(0, Math.floor(pdf.length * 0.7)), 'plan.pdf')).reason).toBe('truncated PDF (no %%EOF end marker)');
  });

  it('a damaged .pdf', async () => {
    const broken = bytes(`%PDF-1.7\n${'garbage '.repeat(50)}\n%%EOF\n`);
    expect((await refusal(broken, 'broken.pdf')).reason).toMatch(/^damaged PDF \(.+\)$/);
  });

  it('a scanned PDF (no text layer)', async () => {
    const doc = await PDFDocument.create();
    doc.addPage([595, 842]).drawRectangle({ x: 40, y: 40, width: 500, height: 760, color: rgb(0.85, 0.85, 0.85) });
    expect((await refusal(await doc.save(), 'scan.pdf')).reason).toBe('PDF has no text layer (scanned image?)');
  });

  it('a .pdf name on something that is not a PDF', async () => {
    expect((await refusal(bytes(SENTENCE), 'plan.pdf')).reason).toBe('not a PDF (no %PDF- header; truncated or damaged?)');
  });

  it('bytes in no encoding it can tell (Latin-1 French)', async () => {
    const french = bytes('Le développement économique régional progresse, à côté des coopératives agricoles déjà créées. '.repeat(10), 'latin1');
    expect((await refusal(french, 'fr.txt')).reason).toBe(UNKNOWN_ENCODING);
  });

  it('too little legacy text to tell the encoding', async () => {
    expect((await refusal(Uint8Array.from([0x48, 0x54, 0x58, 0x20, 0xe0, 0x20, 0x32, 0x30]), 'short.txt')).reason).toBe(UNKNOWN_ENCODING);
  });

  it('UTF-16 with a BOM but an odd, cut-off byte count still refuses cleanly or decodes', async () => {
    const u16 = Uint8Array.from([0xff, 0xfe, ...Buffer.from(SENTENCE, 'utf16le'), 0xd8]);
    // A lone trailing byte is not a character: it must be refused, not mis-read.
    expect((await refusal(u16, 'cut16.txt')).reason).toBe('not valid UTF-16LE text (truncated or damaged)');
  });

  it('markup nested too deeply to parse as a tree is refused in one line', async () => {
    const deep = `<html><body>${'<ul><li>'.repeat(20_000)}${SENTENCE}${'</li></ul>'.repeat(20_000)}</body></html>`;
    expect((await refusal(bytes(deep), 'deep.html')).reason).toBe('HTML markup nested too deeply to read');
  });
});

describe('hard but readable input', () => {
  it('100 000 nested <div>s still yield the text', async () => {
    const deep = `<!doctype html><html><body>${'<div>'.repeat(100_000)}<p>${SENTENCE}</p>${'</div>'.repeat(100_000)}</body></html>`;
    const d = await decodeDocument(bytes(deep), 'deep.html');
    expect(d.format).toBe('html');
    expect(d.text.trim()).toBe(SENTENCE);
  }, 30_000);

  // Speed is the benchmark's business (npm run bench); these check that huge one-line files are read whole.
  it('a 50 MB file on one line decodes whole', async () => {
    const line = `${SENTENCE} `.repeat(Math.ceil(50_000_000 / Buffer.byteLength(`${SENTENCE} `)));
    const big = bytes(line);
    expect(big.length).toBeGreaterThanOrEqual(50_000_000);
    const d = await decodeDocument(big, 'big.txt');
    expect(d.encoding).toBe('utf-8');
    expect(d.text.length).toBe(line.length);
  }, 60_000);

  it('a 20 MB legacy-encoded file on one line decodes whole', async () => {
    const line = `${SENTENCE} `.repeat(Math.ceil(20_000_000 / `${SENTENCE} `.length));
    for (const [enc, encode] of [
      ['tcvn3', encodeTcvn3],
      ['vni', encodeVni],
    ] as const) {
      const input = encode(line);
      const d = await decodeDocument(input, `big-${enc}.txt`);
      expect(d.encoding).toBe(enc);
      expect(d.text.slice(0, SENTENCE.length).normalize('NFC')).toBe(SENTENCE);
    }
  }, 60_000);

  it('a document whose outline the generator reads', () => {
    // Guard for the fixtures: headings, lists and run-ins are recognised in a seed-like text.
    const blocks = seedBlocks('Tiêu đề\n\nI. MỤC TIÊU\n\n1. Mục tiêu chung\n\n- Một\n+ Hai\n\na) Về số lượng: có 35 HTX.\n\n**PHẦN ĐẦU**');
    expect(blocks.map((b) => b.kind)).toEqual(['title', 'heading', 'heading', 'list', 'para', 'para']);
  });
});
