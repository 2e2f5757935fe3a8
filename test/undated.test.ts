/**
 * An actual with nothing dating it has no year, not the plan's target year (issue 15): "Hiện nay toàn
 * tỉnh có 350 HTX" in an undated plan for 2021-2025 is not 2025's. A dated plan keeps its years.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../pipeline/extract-document.ts';

function years(text: string): [string, string, number | null][] {
  return extractDocument(text, 'x.txt').records.map((r) => [r.quote, r.status, r.year]);
}

describe('an undated document', () => {
  it('"Hiện nay" under the plan period of an undated plan: no year', () => {
    expect(
      years(
        'KẾ HOẠCH\nPhát triển kinh tế tập thể, hợp tác xã giai đoạn 2021-2025\n\nI. THỰC TRẠNG\nHiện nay toàn tỉnh có 350 HTX.\n\nII. MỤC TIÊU\nĐến năm 2025 toàn tỉnh có 400 HTX.\n',
      ),
    ).toEqual([
      ['350 HTX', 'actual', null],
      ['400 HTX', 'target', 2025],
    ]);
  });

  it('a result under a heading of an undated plan: no year', () => {
    expect(years('KẾ HOẠCH\nPhát triển kinh tế tập thể giai đoạn 2021-2025\n\n1. Kết quả đạt được\nToàn tỉnh có 350 HTX.\n')).toEqual([
      ['350 HTX', 'actual', null],
    ]);
  });

  it("after a paragraph that sets the plan's end year: no year", () => {
    expect(
      years('Kế hoạch phát triển hợp tác xã giai đoạn 2021-2025\n\nMục tiêu: đến năm 2025 toàn tỉnh có 400 HTX.\n\nHiện nay toàn tỉnh có 350 HTX.\n'),
    ).toEqual([
      ['400 HTX', 'target', 2025],
      ['350 HTX', 'actual', null],
    ]);
  });

  it("a review of how the cooperatives work under a law named with its year: the law's year dates nothing", () => {
    expect(
      years(
        'Phát triển hợp tác xã ở huyện miền núi\n\nHiện huyện có 41 HTX đang hoạt động. Huyện đã chỉ đạo rà soát tình hình hoạt động của các HTX, hướng dẫn các HTX kiểu cũ chuyển đổi theo Luật Hợp tác xã năm 2012.\n',
      ),
    ).toEqual([['41 HTX', 'actual', null]]);
  });

  it('an undated news item: no year', () => {
    expect(years('Tin kinh tế tập thể\n\nHiện nay toàn tỉnh có 350 HTX với 12.000 thành viên.\n')).toEqual([
      ['350 HTX', 'actual', null],
      ['12.000 thành viên', 'actual', null],
    ]);
  });

  it('the same plan with a date: "Hiện nay" is the year of the date', () => {
    expect(
      years(
        'UỶ BAN NHÂN DÂN TỈNH YÊN BÁI\nYên Bái, ngày 10 tháng 3 năm 2021\n\nKẾ HOẠCH\nPhát triển kinh tế tập thể, hợp tác xã giai đoạn 2021-2025\n\nI. THỰC TRẠNG\nHiện nay toàn tỉnh có 350 HTX.\n\nII. MỤC TIÊU\nĐến năm 2025 toàn tỉnh có 400 HTX.\n',
      ),
    ).toEqual([
      ['350 HTX', 'actual', 2021],
      ['400 HTX', 'target', 2025],
    ]);
  });

  it('an undated plan still dates its results where a year says so', () => {
    expect(years('KẾ HOẠCH\nPhát triển kinh tế tập thể giai đoạn 2021-2025\n\nI. THỰC TRẠNG\nNăm 2020, toàn tỉnh có 350 HTX.\n')).toEqual([
      ['350 HTX', 'actual', 2020],
    ]);
  });
});
