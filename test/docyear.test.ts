/** The year a document speaks from: its date, its headline, else what its text reports. */
import { describe, expect, it } from 'vitest';
import { normalise } from '../pipeline/normalise.ts';
import { parseOutline } from '../pipeline/parse.ts';
import { segment } from '../pipeline/segment.ts';
import { readDocumentMeta } from '../extractors/docmeta.ts';
import { readDocYear, readGoalHorizon } from '../extractors/docyear.ts';
import { extractDocument } from '../pipeline/extract-document.ts';
import { readEnglishDocYear } from '../extractors/english/docyear.ts';

/** Under a headline that names no year, as most pages have. */
function docYear(body: string) {
  const { text, key } = normalise(body.includes('\n') ? body : `Kinh tế tập thể tiếp tục phát triển\n\n${body}`);
  const { blocks } = parseOutline(text, 'doc.txt');
  return readDocYear({ meta: readDocumentMeta(text, blocks, key), text, key, sentences: segment(text, blocks), blocks });
}

describe('readDocYear', () => {
  it.each([
    ['Thứ Tư, 12/04/2023 09:10\n\nToàn tỉnh hiện có 210 HTX.', 2023, 'docyear.issued'],
    ['(Báo Đồng Khởi) - Theo Liên minh HTX tỉnh, 9 tháng năm 2021, toàn tỉnh thành lập mới 12 HTX, nâng tổng số lên 190 HTX.', 2021, 'docyear.report_opening'],
    ['Đến cuối năm 2023, toàn tỉnh có 402 HTX với 35.000 thành viên. Mục tiêu đến năm 2025 có 450 HTX.', 2023, 'docyear.report_opening'],
    ['Các HTX hoạt động ổn định. Doanh thu bình quân đạt 1,9 tỷ đồng/HTX, đạt 104% kế hoạch năm 2022.', 2022, 'docyear.plan_reached'],
    [
      'Kinh tế\n\n08:30, 19/01/2025\n\nSáng 18/1, Liên minh HTX tỉnh tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025. Toàn tỉnh hiện có 402 HTX.',
      2024,
      'docyear.year_review',
    ],
    ['Kinh tế\n\n08:30, 19/07/2025\n\nHội nghị sơ kết công tác 6 tháng đầu năm 2025. Toàn tỉnh hiện có 402 HTX.', 2025, 'docyear.issued'],
    ['Hội nghị tổng kết 10 năm thi hành Luật Hợp tác xã năm 2012\n\nHiện toàn tỉnh có 188 HTX.', 2022, 'docyear.anniversary'],
    ['Khai mạc Đại hội đại biểu Liên minh HTX tỉnh lần thứ V, nhiệm kỳ 2020 - 2025\n\nToàn tỉnh có 180 HTX.', 2020, 'docyear.congress_term'],
    // early in a year, a page that opens on the year before for the whole province reports that year …
    [
      'Cập nhật ngày: 11/02/2022 08:15\n\nTrong năm 2021, tỉnh đã vận động thành lập mới 23 HTX, nâng tổng số lên 210 HTX. Hiện toàn tỉnh có 640 tổ hợp tác.',
      2021,
      'docyear.report_opening',
    ],
    // … not one that tells a named cooperative's year
    ['Cập nhật ngày: 11/02/2022 08:15\n\nHTX Phú Lộc được thành lập từ 2016. Năm 2021, doanh thu của hợp tác xã đạt 4 tỷ đồng.', 2022, 'docyear.issued'],
    // a report that things went on ("tiếp tục có sự đổi mới") still reports; only what is to be done dates nothing
    [
      'Theo Ban Chỉ đạo đổi mới, phát triển kinh tế tập thể tỉnh, năm 2023, tình hình hợp tác xã tiếp tục có sự đổi mới. Toàn tỉnh hiện có 193 HTX.',
      2023,
      'docyear.report_opening',
    ],
    // an undated page that tells of a conference reviewing a year
    [
      'Hợp tác xã tiếp tục lớn mạnh\n\nToàn tỉnh có 518 HTX. Đây là thông tin tại hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.',
      2023,
      'docyear.year_review',
    ],
    // early in a year, an opening after an outlet's bare tag ("BHG – Năm 2023, …") reviews the year before
    [
      'Hợp tác xã góp phần phát triển kinh tế\n\n10:13, 02/02/2024\n\nBHG – Năm 2023, toàn tỉnh thành lập mới 41 HTX, nâng tổng số lên 512 HTX.',
      2023,
      'docyear.report_opening',
    ],
    // a headline that names next year's goal over a body that opens on an earlier as-of date: written in that earlier year
    [
      'Hỗ trợ thành lập mới 40 hợp tác xã, tổ hợp tác trong năm 2025\n\nBáo cáo tại hội nghị cho biết, tính hết tháng 11-2024, toàn thành phố có 390 tổ hợp tác, HTX.',
      2024,
      'docyear.report_opening',
    ],
    // an undated page that compares with the same period of a year reports the year after it (the last step)
    [
      'Hợp tác xã tiếp tục phát triển\n\nSáu tháng đầu năm nay, tỉnh thành lập mới 11 HTX, nâng tổng số lên 402 HTX (tăng 4% so với cùng kỳ năm 2022).',
      2023,
      'docyear.same_period_before',
    ],
    // … and one that compares with the start of a year was written later in that year
    [
      'Kinh tế tập thể phát triển bền vững\n\nĐến nay, toàn tỉnh có 284 HTX. Thu nhập bình quân của lao động đạt 61 triệu đồng/người, tăng 4 triệu đồng so với đầu năm 2023.',
      2023,
      'docyear.since_year_start',
    ],
    [
      'Hiện nay, toàn tỉnh có trên 900 tổ hợp tác và 160 hợp tác xã.\nTừ đầu năm 2023, Liên minh HTX tỉnh phối hợp với các sở xây dựng kế hoạch hỗ trợ hợp tác xã mục tiêu đến năm 2030.',
      2023,
      'docyear.since_year_start',
    ],
    // … while a headline that reports the year its body opens on dates the page
    ['Năm 2024 thành lập mới 52 hợp tác xã\n\nTrong năm 2024, toàn tỉnh có thêm 52 HTX, nâng tổng số lên 510 HTX.', 2024, 'docyear.headline'],
  ])('%j → %i by %s', (text, year, rule) => {
    const found = docYear(text);
    expect({ year: found?.year, rule: found?.rule }).toEqual({ year, rule });
    // (only an opening that reports says its year is an as-of date, and only the document's own date is its own)
    expect(found?.asOf).toBe(rule === 'docyear.report_opening');
    expect(found?.ownDate === true).toBe(rule === 'docyear.issued');
  });

  it.each([
    // a goal's deadline is not the time the text was written in
    'Đến năm 2025, phấn đấu toàn tỉnh có 450 HTX.',
    'Năm 2025 phấn đấu thành lập mới 20 hợp tác xã.',
    // a period is not a point in time; "from … to now" dates nothing by itself
    'Giai đoạn 2016-2020, toàn tỉnh thành lập mới 86 HTX.',
    'Từ năm 2013 đến nay: thêm 120 HTX\n\nToàn tỉnh có 430 HTX.',
    'Từ năm 2013 đến nay, toàn tỉnh có thêm 120 HTX.',
    // a sentence that says what is to be done dates nothing
    'Năm 2021 tỉnh tiếp tục thực hiện các giải pháp phát triển hợp tác xã.',
    // a change on an earlier year dates nothing: reviews of a period compare with its first year
    'Giai đoạn 2021 - 2025, toàn tỉnh có 410 HTX, tăng 96 HTX so với năm 2020.',
    // the story of one named cooperative dates nothing
    'Toàn tỉnh hiện có 210 hợp tác xã nông nghiệp. Năm 2019, Hợp tác xã Rau sạch Tân Lập được thành lập với 9 thành viên.',
    // a year in the middle of a sentence does not open a report
    'Các HTX nông nghiệp năm 2022 đạt doanh thu bình quân 1,2 tỷ đồng.',
  ])('no year from %j', (text) => {
    expect(docYear(text)).toBeNull();
  });
});

describe('readDocYear: no year', () => {
  it("one cooperative's story, told by its manager, dates no page", () => {
    expect(
      docYear(
        'Hiện nay, toàn tỉnh có trên 250 HTX.\nÔng Trần Văn Lộc, Giám đốc HTX dịch vụ nông nghiệp Bình Minh cho biết, HTX thành lập năm 2016. Năm 2020 doanh thu của HTX đạt gần 2 tỷ đồng.',
      ),
    ).toBeNull();
  });
  it('a date of history near the top dates no page', () => {
    expect(docYear('Toàn tỉnh hiện có 340 HTX.\nNgày 11/4/1946, Chủ tịch Hồ Chí Minh viết thư kêu gọi nông dân tham gia hợp tác xã.')).toBeNull();
  });
});

describe('readGoalHorizon', () => {
  const horizon = (raw: string) => {
    const { text, key } = normalise(raw);
    const { blocks } = parseOutline(text, 'doc.txt');
    return readGoalHorizon({ meta: readDocumentMeta(text, blocks, key), text, key, sentences: segment(text, blocks), blocks });
  };
  it('the programme a body names sets the year of goals that name none', () => {
    const text =
      'Phát triển hợp tác xã bền vững\n\nTỉnh đã phê duyệt Đề án phát triển kinh tế tập thể giai đoạn 2022-2026. Theo đó, mỗi năm thành lập mới từ 15 đến 20 HTX.';
    expect(horizon(text)).toMatchObject({ year: 2026, rule: 'docyear.goal_horizon' });
    const records = extractDocument(text, 'doc.txt').records.filter((r) => r.metric !== 'other');
    expect(records.map((r) => [r.metric, r.status, r.year, r.unit, r.value, r.value_max])).toEqual([['new_count', 'target', 2026, 'count/year', 15, 20]]);
  });
  it('a congress sets the goals of the term it opens', () => {
    const text =
      'Bế mạc Đại hội Liên minh HTX tỉnh\n\nĐại hội đại biểu Liên minh HTX tỉnh lần thứ VI, nhiệm kỳ 2026-2031 đã bế mạc. Đại hội đề ra chỉ tiêu thành lập mới 120 HTX.';
    expect(horizon(text)?.year).toBe(2031);
  });
  it('a title with a plan period wins: the body is not read', () => {
    expect(horizon('KẾ HOẠCH\nPhát triển kinh tế tập thể giai đoạn 2021 - 2025\n\nĐến năm 2030 có 500 HTX.')).toBeNull();
  });
});

describe('readEnglishDocYear', () => {
  it.each([
    [
      'Cooperatives grow in number\nIn the period of 2021-2024, the whole province has 352 cooperatives, of which 132 are new.',
      2024,
      'en.docyear.report_opening',
    ],
    [
      'Alliance reviews half year\nOn the morning of July 19, the provincial alliance held a conference to review the collective economy in the first half of 2023 and the mid-term of the 2020 - 2025 period.',
      2023,
      'en.docyear.review',
    ],
    [
      'Do not chase numbers\nSpeaking at the conference summarizing the scheme in the period of 2014 - 2020, the vice chairman asked cooperatives to focus on quality.',
      2020,
      'en.docyear.review',
    ],
    [
      'Congress opens\nThe provincial cooperative alliance held its congress for the 2025-2030 term. It has 608 cooperatives.',
      2025,
      'en.docyear.latest_fact_year',
    ],
    [
      // an opening further down looks back when the lead reports a later year
      'Province sums up\nForty new cooperatives were set up across the province in 2023, up 20% from those in 2022. The province now has 412 cooperatives in all sectors.\nIn 2022, the floods forced many cooperatives to stop work.',
      2023,
      'en.docyear.lead_fact_year',
    ],
  ])('%j → %i by %s', (text, year, rule) => {
    expect(readEnglishDocYear(text)).toEqual({ year, rule });
  });

  it('keeps the month of the time the page opens on', () => {
    expect(readEnglishDocYear('Year in review\nAs of December 12, 2023, the province has 510 cooperatives.')).toEqual({
      year: 2023,
      rule: 'en.docyear.report_opening',
      month: 12,
    });
  });

  it("a body's founding year is its history, not the time the page reports", () => {
    expect(
      readEnglishDocYear('Partners help cooperatives\nOpened in 2005, the foundation runs many programmes. It says 38 percent of cooperatives work well.'),
    ).toBeNull();
  });

  it('a sentence that sets goals dates nothing', () => {
    expect(readEnglishDocYear('Plans ahead\nBy 2030, the province aims to have 900 cooperatives.')).toBeNull();
  });
});
