/** Table tests: every number format, unit and comparator the extractor reads. */
import { describe, expect, it } from 'vitest';
import { parseVietnameseNumber } from '../extractors/numbers.ts';
import { findFigures } from '../extractors/figures.ts';
import { Masks } from '../extractors/masks.ts';
import { normalise } from '../pipeline/normalise.ts';

describe('parseVietnameseNumber', () => {
  it.each([
    ['1.715', 1715],
    ['0,53', 0.53],
    ['23,4', 23.4],
    ['05', 5],
    ['1.546.826', 1546826],
    ['10.300', 10300],
    ['115,8', 115.8],
    ['1.250,5', 1250.5],
    ['1,546,826', 1546826],
    ['1.5', 1.5],
    ['2024', 2024],
  ])('%s → %d', (raw, value) => {
    expect(parseVietnameseNumber(raw)).toBe(value);
  });
  it.each(['', 'abc', '1..2', '12a'])('%j is not a number', (raw) => {
    expect(parseVietnameseNumber(raw)).toBeNaN();
  });
});

function figures(sentence: string) {
  const { text, key } = normalise(sentence);
  return findFigures(text, key, 0, text.length, Masks.of(key));
}

describe('figures: units', () => {
  it.each([
    ['doanh thu 1.715 triệu đồng', 1715e6, 'money', { year: false, month: false, person: false, coop: false }],
    ['đạt 1,7 tỷ đồng/HTX', 1.7e9, 'money', { year: false, month: false, person: false, coop: true }],
    ['thu nhập 62 triệu đồng/người/năm', 62e6, 'money', { year: true, month: false, person: true, coop: false }],
    ['thu nhập 42 triệu/người/năm', 42e6, 'money', { year: true, month: false, person: true, coop: false }],
    ['thu nhập 5,3 triệu đồng/người/tháng', 5.3e6, 'money', { year: false, month: true, person: true, coop: false }],
    ['lương 4 triệu đồng/tháng', 4e6, 'money', { year: false, month: true, person: false, coop: false }],
    ['doanh thu 1.100 triệu đồng/HTX/năm', 1.1e9, 'money', { year: true, month: false, person: false, coop: true }],
    ['vốn 650 tỷ đồng', 650e9, 'money', { year: false, month: false, person: false, coop: false }],
    ['giá trị 800 ngàn đồng', 800e3, 'money', { year: false, month: false, person: false, coop: false }],
    ['23,4 triệu đồng/người/năm', 23.4e6, 'money', { year: true, month: false, person: true, coop: false }],
  ])('%s', (sentence, value, unitClass, per) => {
    const [f] = figures(sentence);
    expect(f?.value).toBe(value);
    expect(f?.unitClass).toBe(unitClass);
    expect(f?.per).toEqual(per);
  });

  it.each([
    ['đạt 0,53%', 0.53, 'percent'],
    ['có 53 hợp tác xã', 53, 'coop'],
    ['có 02 Liên hiệp HTX', 2, 'coop'],
    ['có 674 tổ hợp tác', 674, 'coop'],
    ['84 HTX, 24THT ngừng hoạt động', 84, 'coop'],
    ['cả nước có hơn 2 vạn HTX', 20000, 'coop'],
    ['thu hút 29,1 nghìn người lao động', 29100, 'workers'],
    ['với 11.505 thành viên', 11505, 'members'],
    ['5.935 nghìn thành viên', 5935000, 'members'],
    ['cho 14.650 lao động', 14650, 'workers'],
    ['trung cấp: 210 người', 210, 'persons'],
    ['15 sản phẩm đạt OCOP', 15, 'products'],
    ['thành lập mới hai liên hiệp hợp tác xã', 2, 'coop'],
    ['thành lập mười lăm HTX', 15, 'coop'],
  ])('%s', (sentence, value, unitClass) => {
    const [f] = figures(sentence);
    expect(f?.value).toBe(value);
    expect(f?.unitClass).toBe(unitClass);
  });

  it('a number with no unit is not a figure', () => {
    expect(figures('Lượt truy cập 1546826 hôm nay 670')).toEqual([]);
  });
});

describe('figures: comparators and ranges', () => {
  it.each([
    ['có trên 200 hợp tác xã', 'gt', 200, null],
    ['có hơn 92 hợp tác xã', 'gt', 92, null],
    ['thành lập mới từ 35 HTX trở lên', 'gte', 35, null],
    ['mỗi năm thành lập 03 HTX trở lên', 'gte', 3, null],
    ['có ít nhất 5 HTX', 'gte', 5, null],
    ['xuống còn dưới 10%', 'lt', 10, null],
    ['nợ xấu không quá 3%', 'lte', 3, null],
    ['khoảng 630 lao động', 'approx', 630, null],
    ['đạt gần 1,7 tỷ đồng/HTX', 'approx', 1.7e9, null],
    ['xấp xỉ 50%', 'approx', 50, null],
    ['trên dưới 40 HTX', 'approx', 40, null],
    ['tạo việc làm cho khoảng 600 đến 800 lao động', 'range', 600, 800],
    ['chiếm 65 – 70%', 'range', 65, 70],
    ['từ 5% - 7%', 'range', 5, 7],
    ['đạt 1.766 triệu đồng/năm', 'eq', 1766e6, null],
  ])('%s → %s', (sentence, comparator, value, valueMax) => {
    const [f] = figures(sentence);
    expect(f?.comparator).toBe(comparator);
    expect(f?.value).toBe(value);
    expect(f?.valueMax).toBe(valueMax);
  });

  it('the quote runs from the comparator word to the end of the unit', () => {
    const s = 'Thành lập mới từ 35 HTX trở lên; có khoảng 630 lao động.';
    const fs = figures(s);
    expect(fs.map((f) => s.slice(f.start, f.end))).toEqual(['từ 35 HTX trở lên', 'khoảng 630 lao động']);
  });
});

describe('figures: noise is never a figure', () => {
  it.each([
    'Điện thoại: 0215.382.5409',
    'Kế hoạch số 2552/KH-UBND ngày 28/8/2020',
    'Thông tư số 01/2020/TT-BKHĐT',
    'Luật Hợp tác xã năm 2012 có 10 năm thi hành',
    'tham gia Cách mạng công nghiệp 4.0',
    'tại các xã đã đạt tiêu chí số 13',
    'tổng kết 20 năm thực hiện Nghị quyết số 13-NQ/TW',
    'sản phẩm đạt OCOP 4 sao',
    '893 Người đang Online',
    'Thứ Sáu, 19/11/2021, 16:37 [GMT+7]',
  ])('%s', (sentence) => {
    expect(figures(sentence)).toEqual([]);
  });
});

describe('figures: a number glued to the abbreviation it counts', () => {
  it('"24THT" counts cooperative groups; "5G" or "4.0" is no figure', () => {
    expect(figures('84 HTX, 24THT ngừng hoạt động').map((f) => [f.value, f.nounSubject])).toEqual([
      [84, 'htx'],
      [24, 'tht'],
    ]);
    expect(figures('ứng dụng 5G trong 4.0')).toEqual([]);
  });
});

describe('figures: a number glued to its currency', () => {
  it('"1.500.000đ" and "2.000.000VNĐ" are money, but "5đôi" is no figure', () => {
    expect(figures('thu nhập 1.500.000đ/người/tháng, cao nhất 2.000.000VNĐ').map((f) => [f.value, f.unitClass])).toEqual([
      [1_500_000, 'money'],
      [2_000_000, 'money'],
    ]);
    expect(figures('mua 5đôi giày')).toEqual([]);
  });
});
