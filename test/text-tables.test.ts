import { describe, expect, it } from 'vitest';
import { pipeTablesToRows } from '../pipeline/formats/text-tables.ts';
import { alignedTablesToRows } from '../pipeline/formats/aligned-tables.ts';
import { extractDocument } from '../pipeline/extract-document.ts';
import { htmlToText } from '../pipeline/formats/html.ts';
import { tableRowsAsLines } from '../pipeline/formats/table-rows.ts';

const grid = (rows: string[][]) => rows.map((r) => r.map((text) => ({ text, header: false })));

const TABLE = `Biểu chỉ tiêu
| STT | Chỉ tiêu | ĐVT | TH 2023 | KH 2024 |
|---|---|---|---|---|
| 1 | Số HTX thành lập mới | HTX | 36 | 35 |
| 2 | Thu nhập bình quân của thành viên | Triệu đồng/người/năm | 52 | 55 |
Hết biểu.`;

describe('pipe tables in text', () => {
  it('become one line per row, each cell with its column header and the row unit', () => {
    expect(pipeTablesToRows(TABLE).split('\n')).toEqual([
      'Biểu chỉ tiêu',
      '- Số HTX thành lập mới: TH 2023 36 HTX; KH 2024 35 HTX.',
      '- Thu nhập bình quân của thành viên: TH 2023 52 Triệu đồng/người/năm; KH 2024 55 Triệu đồng/người/năm.',
      'Hết biểu.',
    ]);
  });

  it('leave text with a stray pipe alone', () => {
    expect(pipeTablesToRows('Trang chủ | Tin tức\nCó 5 HTX.')).toBe('Trang chủ | Tin tức\nCó 5 HTX.');
  });

  it('yield a record per cell with its column status and year', () => {
    const rows = extractDocument(pipeTablesToRows(TABLE), 't.md').records.map((r) => [r.metric, r.status, r.year, r.unit, r.value]);
    expect(rows).toEqual([
      ['new_count', 'actual', 2023, 'count', 36],
      ['new_count', 'target', 2024, 'count', 35],
      ['income_avg', 'actual', 2023, 'VND/year', 52_000_000],
      ['income_avg', 'target', 2024, 'VND/year', 55_000_000],
    ]);
  });
});

describe('how rows and columns relate', () => {
  it('leave out a column that compares two others, whatever its header says', () => {
    for (const header of [
      'KH 2025 so với ƯTH 2024 (%)',
      'So sánh (%)',
      'Tỷ lệ so với cùng kỳ',
      'TH/KH (%)',
      '% so với KH',
      'Tăng (+), giảm (-)',
      'Đạt (%)',
      '2024/2023',
    ]) {
      const lines = tableRowsAsLines(
        grid([
          ['TT', 'Chỉ tiêu', 'ĐVT', 'Ước TH 2024', 'KH 2025', header],
          ['1', 'Tổng số HTX', 'HTX', '165', '175', '106,1'],
        ]),
        1,
      );
      expect(lines, header).toEqual(['- Tổng số HTX: Ước TH 2024 165 HTX; KH 2025 175 HTX.']);
    }
  });

  it('keep a column of figures whose header only names a period', () => {
    for (const header of ['Cùng kỳ năm 2023', 'Thực hiện 2023 (%)', 'Kế hoạch năm 2025', 'Tỷ lệ (%)']) {
      const lines = tableRowsAsLines(
        grid([
          ['Chỉ tiêu', 'ĐVT', header],
          ['Tỷ lệ HTX hoạt động hiệu quả', '%', '58'],
        ]),
        1,
      );
      expect(lines, header).toEqual([`- Tỷ lệ HTX hoạt động hiệu quả: ${header} 58 %.`]);
    }
  });

  it('read a part of the row above under it, cell by cell, unless it names its own measure', () => {
    const lines = tableRowsAsLines(
      grid([
        ['STT', 'Chỉ tiêu', 'ĐVT', 'TH 2023', 'KH 2024'],
        ['1', 'Tổng số HTX', 'HTX', '372', '385'],
        ['', 'Trong đó: HTX nông nghiệp', 'HTX', '210', '220'],
        ['', 'Trong đó: - Số HTX thành lập mới', 'HTX', '21', '20'],
        ['2', 'Tổng số thành viên', 'Thành viên', '6.930', '7.100'],
        ['', '- Thành viên là hộ gia đình', 'Hộ', '5.100', '5.200'],
      ]),
      1,
    );
    expect(lines).toEqual([
      '- Tổng số HTX: TH 2023 372 HTX; KH 2024 385 HTX.',
      '- Tổng số HTX - HTX nông nghiệp: TH 2023 210 HTX.',
      '- Tổng số HTX - HTX nông nghiệp: KH 2024 220 HTX.',
      '- Trong đó: - Số HTX thành lập mới: TH 2023 21 HTX; KH 2024 20 HTX.',
      '- Tổng số thành viên: TH 2023 6.930 Thành viên; KH 2024 7.100 Thành viên.',
      '- - Thành viên là hộ gia đình: TH 2023 5.100 Hộ; KH 2024 5.200 Hộ.',
    ]);
  });

  it('give the rows under a section row its body or field, not a section that names neither', () => {
    const lines = tableRowsAsLines(
      grid([
        ['TT', 'Chỉ tiêu', 'ĐVT', 'Năm 2023'],
        ['I', 'Chỉ tiêu chung', '', ''],
        ['1', 'Tổng số', 'HTX', '120'],
        ['II', 'Tổ hợp tác', '', ''],
        ['1', 'Tổng số thành viên', 'Thành viên', '2.400'],
        ['III', 'Kết quả năm 2023 của hợp tác xã', '', ''],
        ['1', 'Doanh thu bình quân', 'Triệu đồng/năm', '900'],
      ]),
      1,
    );
    expect(lines).toEqual([
      '- Chỉ tiêu chung',
      '- Tổng số: Năm 2023 120 HTX.',
      '- Tổ hợp tác',
      '- Tổ hợp tác - Tổng số thành viên: Năm 2023 2.400 Thành viên.',
      '- Kết quả năm 2023 của hợp tác xã',
      '- Doanh thu bình quân: Năm 2023 900 Triệu đồng/năm.',
    ]);
  });

  it('write out LH in the unit column and labels', () => {
    expect(
      tableRowsAsLines(
        grid([
          ['Chỉ tiêu', 'ĐVT', 'KH 2025'],
          ['Số LH HTX', 'LH', '2'],
          ['Số HTX', 'HTX', '30'],
        ]),
        1,
      ),
    ).toEqual(['- Số liên hiệp HTX: KH 2025 2 liên hiệp.', '- Số HTX: KH 2025 30 HTX.']);
  });

  it('in HTML: a merged section row and a two-row header with a ratio column', () => {
    const html = `<table>
      <tr><th rowspan="2">STT</th><th rowspan="2">Chỉ tiêu</th><th rowspan="2">ĐVT</th><th colspan="3">Năm 2024</th></tr>
      <tr><th>Kế hoạch</th><th>Ước thực hiện</th><th>TH/KH (%)</th></tr>
      <tr><td>A</td><td colspan="5">Tổ hợp tác</td></tr>
      <tr><td>1</td><td>Số thành viên</td><td>Người</td><td>3.000</td><td>3.150</td><td>105,0</td></tr>
    </table>`;
    const text = htmlToText(html, { article: false });
    expect(text).toBe('- Tổ hợp tác\n- Tổ hợp tác - Số thành viên: Năm 2024 Kế hoạch 3.000 Người; Năm 2024 Ước thực hiện 3.150 Người.\n');
    const got = extractDocument(`BÁO CÁO\nKết quả phát triển kinh tế tập thể năm 2024\n\n${text}`, 't.html').records.map((r) => [
      r.subject,
      r.metric,
      r.status,
      r.value,
    ]);
    expect(got).toEqual([
      ['tht', 'members', 'target', 3000],
      ['tht', 'members', 'actual', 3150],
    ]);
  });

  it('read a grid without outer pipes only when it looks like a table of figures', () => {
    expect(pipeTablesToRows('Chỉ tiêu | ĐVT | KH 2024\nSố HTX | HTX | 30\nHết.')).toBe('- Số HTX: KH 2024 30 HTX.\nHết.');
    const nav = 'Trang chủ | Tin tức | Kinh tế\nĐăng nhập | Liên hệ | Sơ đồ trang';
    expect(pipeTablesToRows(nav)).toBe(nav);
    const oneLine = 'Năm | Số HTX | Thành viên\nToàn tỉnh có 30 HTX.';
    expect(pipeTablesToRows(oneLine)).toBe(oneLine);
  });
});

// a statistical yearbook's table as its PDF comes out as text (own numbers and labels)
const YEARBOOK = [
  'Trang 212',
  '',
  '85       Số hợp tác xã đang hoạt động',
  '            phân theo ngành kinh tế',
  '            Number of acting cooperatives by kinds of economic activity',
  '',
  '                                                 Hợp tác xã - Cooperative',
  '',
  '                                          2018    2020    2021',
  '',
  '   TỔNG SỐ - TOTAL                          164     178     190',
  '   Nông nghiệp, lâm nghiệp và thủy sản',
  '   Agriculture, forestry and fishing        121     130     139',
  '    Trồng trọt - Crop production              70      76      80',
  '   Xây dựng - Construction                    9       -      11',
  '',
  'Nguồn: Cục Thống kê tỉnh.',
].join('\n');

describe('tables aligned with spaces (yearbooks)', () => {
  it('become one line per figure: title, row label, year column, unit; deeper rows and English halves left out', () => {
    const lines = alignedTablesToRows(YEARBOOK).split('\n');
    const title = 'Số hợp tác xã đang hoạt động phân theo ngành kinh tế';
    expect(lines.filter((l) => l.startsWith('- '))).toEqual([
      `- ${title} - TỔNG SỐ: Năm 2018 164 Hợp tác xã.`,
      `- ${title} - TỔNG SỐ: Năm 2020 178 Hợp tác xã.`,
      `- ${title} - TỔNG SỐ: Năm 2021 190 Hợp tác xã.`,
      `- ${title} - Nông nghiệp, lâm nghiệp và thủy sản: Năm 2018 121 Hợp tác xã.`,
      `- ${title} - Nông nghiệp, lâm nghiệp và thủy sản: Năm 2020 130 Hợp tác xã.`,
      `- ${title} - Nông nghiệp, lâm nghiệp và thủy sản: Năm 2021 139 Hợp tác xã.`,
      `- ${title} - Xây dựng: Năm 2018 9 Hợp tác xã.`,
      `- ${title} - Xây dựng: Năm 2021 11 Hợp tác xã.`,
    ]);
    expect(lines).toContain('Nguồn: Cục Thống kê tỉnh.');
  });

  it('yield a record per figure with its year and field', () => {
    const rows = extractDocument(alignedTablesToRows(YEARBOOK), 'nien-giam.txt').records.map((r) => [r.metric, r.sector, r.status, r.year, r.value]);
    expect(rows).toEqual([
      ['count', null, 'actual', 2018, 164],
      ['count', null, 'actual', 2020, 178],
      ['count', null, 'actual', 2021, 190],
      ['count', 'agriculture', 'actual', 2018, 121],
      ['count', 'agriculture', 'actual', 2020, 130],
      ['count', 'agriculture', 'actual', 2021, 139],
      ['count', 'construction', 'actual', 2018, 9],
      ['count', 'construction', 'actual', 2021, 11],
    ]);
  });

  it('read the unit under the years, leave out rows named after a place, skip a row spaced letter by letter, stop at the shares', () => {
    const table = [
      'Số tổ hợp tác phân theo huyện',
      '',
      '                                    2016     2018     2020',
      '                                            Tổ hợp tác',
      '            TỔNG SỐ                  310      322      350',
      '            Huyện Đông Sơn            41       44       47',
      '            H u y ệ n   T â y   4 0   4 2   4 4',
      '            Thị xã Bắc Hà             12       12       13',
      '                                            Cơ cấu (%)',
      '            TỔNG SỐ                 100,0    100,0    100,0',
    ].join('\n');
    const lines = alignedTablesToRows(table)
      .split('\n')
      .filter((l) => l.startsWith('- '));
    expect(lines).toEqual([
      '- Số tổ hợp tác phân theo huyện - TỔNG SỐ: Năm 2016 310 Tổ hợp tác.',
      '- Số tổ hợp tác phân theo huyện - TỔNG SỐ: Năm 2018 322 Tổ hợp tác.',
      '- Số tổ hợp tác phân theo huyện - TỔNG SỐ: Năm 2020 350 Tổ hợp tác.',
    ]);
  });

  it('leave prose with years in it alone', () => {
    const prose = 'Giai đoạn 2021   2025 tỉnh có 190 HTX.\nNăm 2020 2021 tăng mạnh.';
    expect(alignedTablesToRows(prose)).toBe(prose);
  });
});
