/** The document's own date: a saved page's date line, a news date and time, never the date of a document it cites. */
import { describe, expect, it } from 'vitest';
import { readIssued, readTitle } from '../extractors/docmeta.ts';
import { parseOutline } from '../pipeline/parse.ts';

describe('readIssued', () => {
  it.each([
    [' date 2025-11-30 (BTN)- Chiều 29-11, Liên minh HTX tỉnh tổ chức hội nghị', '2025-11-30'],
    ['date 2022-03 Toàn tỉnh hiện có 215 hợp tác xã', '2022-03'],
    ['Kinh tế\n\n14-3-2021, 08:40 GMT+7\n\nHuyện có thêm 4 hợp tác xã', '2021-03-14'],
    ['Nông nghiệp  Thứ Ba, 05/09/2023  Toàn huyện có 31 HTX', '2023-09-05'],
    ['Ngày 02/11/2022 UBND tỉnh ban hành Kế hoạch phát triển hợp tác xã', '2022-11-02'],
    ['Chia sẻ:\n\nThời sự 21-05-2019\n\nChiều 20-5, tỉnh tổ chức hội nghị', '2019-05-21'],
    // a site's clock in its header is when the page was saved; the article's date follows its headline
    ['09:42 EST Thứ hai, 14/10/2024\nMenu\n\nHuyện có thêm 5 hợp tác xã\n\nThứ năm - 21/03/2019 07:15\nTừ đầu năm đến nay', '2019-03-21'],
    // a weekday, then the day and the month in words
    ['Kinh tế hợp tác\n\nThứ sáu, 18 Tháng 9 2020\nHuyện có thêm 3 hợp tác xã', '2020-09-18'],
    ['Chủ nhật, 05 tháng 3 năm 2017 - Toàn tỉnh có 120 HTX', '2017-03-05'],
  ])('%j → %s', (text, issued) => {
    expect(readIssued(text)).toBe(issued);
  });

  it("a date on the line of the site's contact is its clock, not the article's date", () => {
    expect(
      readIssued(
        'Thứ bảy 14/11/2026 06:10 Hotline: 0912.345.678 Email: toasoan@tapchi.vn\n\nTỉnh tháo gỡ khó khăn cho hợp tác xã\n\nNgày 2/10, lãnh đạo tỉnh đối thoại với các HTX.',
      ),
    ).toBeNull();
  });

  it("a bare clock line above the headline is the site's; the date line under the headline is the article's", () => {
    expect(
      readIssued(
        'Thứ Tư, 09/09/2026, 07:12 (GMT+7)\n\nHuyện có thêm 5 hợp tác xã\n\nThứ 6, 14/03/2025 | 09:20:11\n1.204 lượt xem\nNăm nay huyện thành lập 5 HTX.',
      ),
    ).toBe('2025-03-14');
    // (one date line only: it is the article's)
    expect(readIssued('Chủ nhật, 18/05/2025, 19:05\n\nHuyện có thêm 5 hợp tác xã\n\nNăm nay huyện thành lập 5 HTX.')).toBe('2025-05-18');
  });

  it('a month/day date of an English site is no Vietnamese day/month', () => {
    expect(readIssued('8:02:41 AM | 10/23/2024\nHuyện có thêm 5 hợp tác xã')).toBeNull();
  });

  it.each([
    'Triển khai Nghị quyết số 20-NQ/TW, ngày 16/6/2022 của Hội nghị Trung ương 5, tỉnh đã thành lập mới 40 HTX.',
    'Thực hiện Kế hoạch số 118/KH-UBND ngày 03/4/2021 của UBND tỉnh, các HTX đã đổi mới.',
    'Theo Quyết định 1318/QĐ-TTg ngày 22/7/2021 của Thủ tướng, cả nước phấn đấu có 140.000 tổ hợp tác.',
  ])("a cited document's date is not the page's: %j", (text) => {
    expect(readIssued(text)).toBeNull();
  });

  it('an as-of date near the top still dates a page that gives no other', () => {
    expect(readIssued('Tính đến 30/6/2023, toàn tỉnh có 674 tổ hợp tác.')).toBe('2023-06-30');
  });
});

describe('readTitle', () => {
  const title = (text: string) => readTitle(text, parseOutline(text).blocks);
  it('finds the headline under a site breadcrumb in the same block', () => {
    expect(
      title('Tin tức - Sự kiện  /  Trong huyện  /  Kinh tế\nHTX nông nghiệp của huyện hoạt động ổn định\nNgày đăng: 05/03/2019\n\nHiện nay có 31 HTX.'),
    ).toBe('HTX nông nghiệp của huyện hoạt động ổn định');
  });
  it('takes no sentence of the body for a title', () => {
    const body =
      'Theo báo cáo của Sở Kế hoạch và Đầu tư, trong 6 tháng đầu năm toàn tỉnh đã thành lập mới 12 hợp tác xã, giải thể 3 hợp tác xã và nâng tổng số lên 322 hợp tác xã.';
    expect(title(`Ngày 23/7/2024, UBND tỉnh tổ chức hội nghị sơ kết.\n${body}`)).toBeNull();
  });
});
