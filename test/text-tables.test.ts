import { describe, expect, it } from 'vitest';
import { pipeTablesToRows } from '../pipeline/formats/text-tables.ts';
import { extractDocument } from '../pipeline/extract-document.ts';

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
