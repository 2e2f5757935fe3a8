/**
 * The pieces of the decode stage on their own: legacy encodings, encoding
 * detection in both directions, the HTML converter and the PDF line joiner.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../pipeline/decode.ts';
import { htmlToText } from '../pipeline/formats/html.ts';
import {
  bytesToByteString,
  decodeTcvn3,
  decodeVni,
  decodeWindows1258,
  encodeTcvn3,
  encodeVni,
  encodeWindows1258,
} from '../pipeline/formats/legacy-encodings.ts';
import { linesToText } from '../pipeline/formats/pdf.ts';
import { decodeText } from '../pipeline/formats/text-encoding.ts';
import { isSyllable } from '../pipeline/formats/vietnamese.ts';

const TEXT =
  'Năm 2024, tỉnh phấn đấu thành lập mới 35 hợp tác xã; doanh thu bình quân của hợp tác xã đạt 1.100 triệu đồng/năm, thu nhập của người lao động tăng 9,5%. Ủy ban nhân dân huyện chỉ đạo các xã rà soát, củng cố tổ hợp tác và liên hiệp hợp tác xã.';

describe('legacy encodings', () => {
  it('VNI: known byte sequences', () => {
    expect(decodeVni('Vieät Nam').normalize('NFC')).toBe('Việt Nam');
    expect(decodeVni('hôïp taùc xaõ').normalize('NFC')).toBe('hợp tác xã');
    expect(decodeVni('ngöôøi, naêm, ñoàng, Phaùt trieån').normalize('NFC')).toBe('người, năm, đồng, Phát triển');
    expect(decodeVni('HÔÏP TAÙC XAÕ').normalize('NFC')).toBe('HỢP TÁC XÃ');
    expect(bytesToByteString(encodeVni('hợp tác xã'))).toBe('hôïp taùc xaõ');
  });

  it('TCVN3: known byte sequences', () => {
    expect(decodeTcvn3(bytesToByteString(Uint8Array.from([0x68, 0xee, 0x70, 0x20, 0x74, 0xb8, 0x63, 0x20, 0x78, 0xb7])))).toBe('hợp tác xã');
    expect(bytesToByteString(encodeTcvn3('đồng'))).toBe('\xae\xe5ng');
    expect(decodeTcvn3('\xa7\xb5 N\xb5ng')).toBe('Đà Nàng');
  });

  it('TCVN3 restores capitals inside upper-case words and at sentence starts', () => {
    expect(decodeTcvn3(bytesToByteString(encodeTcvn3('KẾ HOẠCH PHÁT TRIỂN')))).toBe('KẾ HOẠCH PHÁT TRIỂN');
    expect(decodeTcvn3(bytesToByteString(encodeTcvn3('Sở Kế hoạch và Đầu tư')))).toBe('Sở Kế hoạch và Đầu tư');
    expect(decodeTcvn3(bytesToByteString(encodeTcvn3('Số HTX là 35. Ủy ban chỉ đạo.')))).toBe('Số HTX là 35. Ủy ban chỉ đạo.');
  });

  it.each([
    ['tcvn3', encodeTcvn3, decodeTcvn3],
    ['vni', encodeVni, decodeVni],
    ['windows-1258', encodeWindows1258, decodeWindows1258],
  ] as const)('%s round-trips Vietnamese text', (_, encode, decode) => {
    expect(decode(bytesToByteString(encode(TEXT))).normalize('NFC')).toBe(TEXT);
  });

  it('Windows-1258 matches iconv-lite, with tone marks as combining bytes', () => {
    const bytes = encodeWindows1258('hợp');
    expect([...bytes]).toEqual([0x68, 0xf5, 0xf2, 0x70]);
    expect(iconv.decode(Buffer.from(bytes), 'windows-1258').normalize('NFC')).toBe('hợp');
  });

  it('syllables', () => {
    for (const w of ['hợp', 'tác', 'xã', 'người', 'nghiệp', 'quyết', 'giữa', 'khuyến', 'gì', 'thuở']) expect(isSyllable(w), w).toBe(true);
    for (const w of ['hîp', 't¸c', 'taùc', 'hôïp', 'ñoàng', 'xyz', 'hớợp']) expect(isSyllable(w), w).toBe(false);
  });
});

describe('encoding detection', () => {
  const cases: [string, Uint8Array][] = [
    ['tcvn3', encodeTcvn3(TEXT)],
    ['vni', encodeVni(TEXT)],
    ['windows-1258', encodeWindows1258(TEXT)],
    ['utf-8', new Uint8Array(Buffer.from(TEXT))],
    ['utf-16le', Uint8Array.from([0xff, 0xfe, ...Buffer.from(TEXT, 'utf16le')])],
    ['utf-16be', Uint8Array.from([0xfe, 0xff, ...Buffer.from(TEXT, 'utf16le').swap16()])],
  ];
  it.each(cases)('%s is recognised and decoded', (encoding, bytes) => {
    const d = decodeText(bytes, 'x.txt');
    expect(d.encoding).toBe(encoding);
    expect(d.text.normalize('NFC')).toBe(TEXT);
  });

  it('UTF-16 without a BOM is recognised by its zero bytes', () => {
    const d = decodeText(new Uint8Array(Buffer.from(`${TEXT}\n`.repeat(3), 'utf16le')), 'x.txt');
    expect(d.encoding).toBe('utf-16le');
    expect(d.text.startsWith(TEXT)).toBe(true);
  });

  it('legacy text stored as UTF-8 characters (mojibake) is read as the legacy encoding', () => {
    const vniMojibake = Buffer.from(iconv.decode(Buffer.from(encodeVni(TEXT)), 'windows-1252'), 'utf8');
    expect(vniMojibake.toString('utf8')).toContain('hôïp taùc xaõ');
    const d = decodeText(new Uint8Array(vniMojibake), 'x.txt');
    expect(d.encoding).toBe('vni (as UTF-8 characters)');
    expect(d.text.normalize('NFC')).toBe(TEXT);
  });

  it('genuine UTF-8 with Latin-1 symbols stays UTF-8 (the other direction)', () => {
    const text = `© 2024 Café Đà Lạt – nhiệt độ 25°C, giá 50.000 đ; «Hợp tác xã» đạt ½ kế hoạch. ${TEXT}`;
    const d = decodeText(new Uint8Array(Buffer.from(text)), 'x.txt');
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe(text);
  });

  it('UTF-8 French (Latin-1 letters, not Vietnamese) stays UTF-8 and is not "repaired"', () => {
    const text = 'Le développement économique à côté des coopératives déjà créées, où ça progresse. '.repeat(5);
    expect(decodeText(new Uint8Array(Buffer.from(text)), 'x.txt')).toEqual({ text, encoding: 'utf-8' });
  });

  it('NFD text is read as is (NFC comes later)', async () => {
    const d = await decodeDocument(new Uint8Array(Buffer.from(TEXT.normalize('NFD'))), 'nfd.txt');
    expect(d.text).toBe(TEXT.normalize('NFD'));
    expect(d.text.normalize('NFC')).toBe(TEXT);
  });

  it('plain ASCII is UTF-8', () => {
    expect(decodeText(new Uint8Array(Buffer.from('Nam 2024 co 35 HTX.')), 'a.txt').encoding).toBe('utf-8');
  });
});

describe('content sniffing', () => {
  it('HTML is found by content whatever the name; .md stays md', async () => {
    expect((await decodeDocument(new Uint8Array(Buffer.from(`<!DOCTYPE html><html><body><p>${TEXT}</p></body></html>`)), 'page.txt')).format).toBe('html');
    expect((await decodeDocument(new Uint8Array(Buffer.from(`# Tiêu đề\n\n${TEXT}`)), 'a.md')).format).toBe('md');
    expect((await decodeDocument(new Uint8Array(Buffer.from(TEXT)), '-')).format).toBe('txt');
  });
});

describe('HTML to text', () => {
  it('drops furniture by tag, class, role and text; keeps headings, lists, bold run-ins', () => {
    const html = `<html><head><style>p{}</style><script>var a = 1;</script></head><body>
      <div id="menu-top"><a href="/">Trang chủ</a></div>
      <div role="navigation"><a href="/x">Giới thiệu</a></div>
      <div class="noidung">
        <h2>I. MỤC TIÊU</h2>
        <p><b>a) Về số lượng:</b> thành lập mới 35 hợp tác xã, nâng tổng số lên 300 hợp tác xã, tăng 10%.</p>
        <ul><li>Doanh thu bình quân đạt 1.100 triệu đồng/năm.</li><li>Thu nhập bình quân đạt 60 triệu đồng/người/năm.<ul><li>Trong đó lao động nữ chiếm 40%.</li></ul></li></ul>
        <p>Dòng một<br><br>Dòng hai, có 12 tổ hợp tác.</p>
        <div><b>Tin liên quan</b><br><a href="/1">Bài cũ năm 2019 có 250 gian hàng</a><br><a href="/2">Bài khác</a></div>
      </div>
      <div class="box-thongke">Lượt truy cập: 123.456</div>
      <div style="display:none">ẩn 999</div>
    </body></html>`;
    const out = htmlToText(html, { article: true });
    expect(out).toBe(
      `${[
        '## I. MỤC TIÊU',
        '**a) Về số lượng:** thành lập mới 35 hợp tác xã, nâng tổng số lên 300 hợp tác xã, tăng 10%.',
        '- Doanh thu bình quân đạt 1.100 triệu đồng/năm.\n- Thu nhập bình quân đạt 60 triệu đồng/người/năm.\n  - Trong đó lao động nữ chiếm 40%.',
        'Dòng một',
        'Dòng hai, có 12 tổ hợp tác.',
      ].join('\n\n')}\n`,
    );
  });

  it('tables: STT column skipped, ĐVT unit after each value, spanned headers joined', () => {
    const html = `<table>
      <tr><th rowspan="2">STT</th><th rowspan="2">Chỉ tiêu</th><th rowspan="2">ĐVT</th><th colspan="2">Năm 2024</th></tr>
      <tr><th>Kế hoạch</th><th>Ước thực hiện</th></tr>
      <tr><td>1</td><td>Số hợp tác xã</td><td>HTX</td><td>300</td><td>310</td></tr>
      <tr><td>2</td><td>Tỷ lệ HTX khá, tốt</td><td>%</td><td>60</td><td></td></tr>
    </table>`;
    expect(htmlToText(html, { article: false })).toBe(
      '- Số hợp tác xã: Năm 2024 Kế hoạch 300 HTX; Năm 2024 Ước thực hiện 310 HTX.\n- Tỷ lệ HTX khá, tốt: Năm 2024 Kế hoạch 60 %.\n',
    );
  });

  it('ordered lists keep their numbers', () => {
    expect(htmlToText('<ol start="3"><li>Ba</li><li>Bốn</li></ol>', { article: false })).toBe('3. Ba\n4. Bốn\n');
  });
});

describe('PDF lines to paragraphs', () => {
  const page = (
    rows: [string, number, number?][],
  ): { lines: { text: string; x0: number; x1: number; y: number; size: number }[]; spacing: number; right: number } => ({
    lines: rows.map(([text, y, x1]) => ({ text, x0: 50, x1: x1 ?? 540, y, size: 11 })),
    spacing: 14,
    right: 540,
  });

  it('joins wrapped lines, repairs hyphenation, keeps numbered and bulleted lines apart', () => {
    const text = linesToText([
      page([
        ['1. Mục tiêu cụ thể', 800, 200],
        ['Năm 2024 thành lập mới 35 hợp tác xã, nâng tổng số hợp tác', 786],
        ['xã lên 300, doanh thu bình quân đạt 1.100 triệu đồng/năm, tăng trưởng bình quân 9,5% giai đoạn 2021-', 772],
        [
          '2025, thu nhập của thành viên hợp tác xã được nâng lên rõ rệt, các hợp tác xã kiểu mới phát triển bền vững và hiệu quả, liên kết theo chuỗi giá trị, ứng dụng công nghệ cao, chuyển đổi số trong quản lý, sản xuất và tiêu thụ nông sản hàng hoá cho thành viên, người dân và doanh nghiệp',
          758,
        ],
        ['trên địa bàn.', 744, 120],
        ['- Số thành viên đạt 12.000 người.', 730, 300],
        ['+ Trong đó nữ chiếm 40%.', 716, 300],
        ['a) Về số lượng', 702, 150],
        ['Đoạn mới sau khoảng cách lớn.', 670, 300],
      ]),
      page([['Liên hiệp hợp tác xã được củng cố, mở', 800, 540]]),
      page([['rộng quy mô.', 800, 120]]),
    ]);
    expect(text).toBe(
      `${[
        '1. Mục tiêu cụ thể',
        'Năm 2024 thành lập mới 35 hợp tác xã, nâng tổng số hợp tác xã lên 300, doanh thu bình quân đạt 1.100 triệu đồng/năm, tăng trưởng bình quân 9,5% giai đoạn 2021-2025, thu nhập của thành viên hợp tác xã được nâng lên rõ rệt, các hợp tác xã kiểu mới phát triển bền vững và hiệu quả, liên kết theo chuỗi giá trị, ứng dụng công nghệ cao, chuyển đổi số trong quản lý, sản xuất và tiêu thụ nông sản hàng hoá cho thành viên, người dân và doanh nghiệp trên địa bàn.',
        '- Số thành viên đạt 12.000 người.',
        '+ Trong đó nữ chiếm 40%.',
        'a) Về số lượng',
        'Đoạn mới sau khoảng cách lớn.',
        'Liên hiệp hợp tác xã được củng cố, mở rộng quy mô.',
      ].join('\n\n')}\n`,
    );
  });

  it('repairs a hyphen at the margin: a broken syllable is joined, whole syllables get a space', () => {
    const long = 'Kế hoạch phát triển kinh tế tập thể năm 2024 của tỉnh, nâng cao hiệu quả hoạt động';
    expect(
      linesToText([
        page([
          [`${long} của hợp tác-`, 800],
          ['xã kiểu mới.', 786, 100],
        ]),
      ]),
    ).toBe(`${long} của hợp tác xã kiểu mới.\n`);
    expect(
      linesToText([
        page([
          [`${long} nông nghi-`, 800],
          ['ệp công nghệ cao.', 786, 100],
        ]),
      ]),
    ).toBe(`${long} nông nghiệp công nghệ cao.\n`);
    expect(
      linesToText([
        page([
          [`${long} under manage-`, 800],
          ['ment.', 786, 100],
        ]),
      ]),
    ).toBe(`${long} under management.\n`);
  });
});
