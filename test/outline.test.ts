import { describe, expect, it } from 'vitest';
import { ancestors, parseOutline } from '../pipeline/parse.ts';
import { segment } from '../pipeline/segment.ts';

const DOC = `KẾ HOẠCH
Phát triển kinh tế tập thể năm 2025

Phần thứ nhất

**ĐÁNH GIÁ TÌNH HÌNH NĂM 2024**

I. KẾT QUẢ ĐẠT ĐƯỢC

1. Về số lượng

a) Hợp tác xã

- Ước thực hiện hết năm 2024:

+ Toàn tỉnh có 120 HTX.

2.1. Lĩnh vực nông nghiệp:

- Có 80 HTX nông nghiệp.

Phần thứ hai

KẾ HOẠCH NĂM 2025

Theo đó, tỉnh phấn đấu đạt được các mục tiêu như:

- Thành lập mới 10 HTX.
`;

function outline() {
  const { blocks } = parseOutline(DOC);
  const find = (s: string) => {
    const b = blocks.find((x) => DOC.slice(x.start, x.end).includes(s));
    if (!b) throw new Error(`no block with ${s}`);
    return b;
  };
  const path = (s: string) =>
    ancestors(blocks, find(s))
      .map((a) =>
        DOC.slice(a.label?.start ?? a.start, a.label?.end ?? a.end)
          .replace(/\*\*/g, '')
          .trim(),
      )
      .reverse();
  return { blocks, find, path };
}

describe('outline', () => {
  it('levels: Phần, roman, arabic, 2.1, a), -, +', () => {
    const { find } = outline();
    expect(find('Phần thứ nhất').level).toBe(1);
    expect(find('I. KẾT QUẢ').level).toBe(2);
    expect(find('1. Về số lượng').level).toBe(3);
    expect(find('2.1. Lĩnh vực').level).toBe(4);
    expect(find('a) Hợp tác xã').level).toBe(6);
    expect(find('- Có 80 HTX').level).toBe(7);
    expect(find('+ Toàn tỉnh').level).toBe(8);
  });

  it('a heading numbered four deep stays above a lettered one: "a." after "3.2.1.4." is its child', () => {
    const text = '3.2.1.4. Số lượng hợp tác xã nông nghiệp\na. Theo từng xã\nHiện nay toàn huyện có 30 HTX.\n';
    const { blocks } = parseOutline(text);
    const para = blocks.find((b) => text.slice(b.start, b.end).startsWith('Hiện nay')) as (typeof blocks)[number];
    const labels = ancestors(blocks, para).map((a) => (a.label ? text.slice(a.label.start, a.label.end) : ''));
    expect(labels).toEqual(['Theo từng xã', 'Số lượng hợp tác xã nông nghiệp']);
  });

  it('a bare "Phần thứ nhất" takes the bold title that follows as its label', () => {
    const { path } = outline();
    expect(path('+ Toàn tỉnh')[0]).toBe('ĐÁNH GIÁ TÌNH HÌNH NĂM 2024');
  });

  it('a bullet stands under its lead-in and every heading above it', () => {
    const { path } = outline();
    // "Phần thứ nhất" (level 1) closes the document title (level 1.5) above it
    expect(path('+ Toàn tỉnh')).toEqual(['ĐÁNH GIÁ TÌNH HÌNH NĂM 2024', 'KẾT QUẢ ĐẠT ĐƯỢC', 'Về số lượng', 'Hợp tác xã', 'Ước thực hiện hết năm 2024:']);
  });

  it('a new heading closes the sections of equal or deeper level', () => {
    const { path } = outline();
    expect(path('- Có 80 HTX')).toEqual(['ĐÁNH GIÁ TÌNH HÌNH NĂM 2024', 'KẾT QUẢ ĐẠT ĐƯỢC', 'Về số lượng', 'Lĩnh vực nông nghiệp']);
    expect(path('- Thành lập mới 10 HTX')).toEqual(['KẾ HOẠCH NĂM 2025', 'Theo đó, tỉnh phấn đấu đạt được các mục tiêu như:']);
  });
});

describe('a page that writes a paragraph a line', () => {
  const texts = (text: string) => parseOutline(text).blocks.map((b) => text.slice(b.start, b.end));
  it('reads each sentence-ending line as a paragraph of its own', () => {
    expect(texts('Đại hội sẽ diễn ra vào cuối tháng.\nToàn tỉnh có 366 HTX.\n(Ảnh: tư liệu) Lãnh đạo tỉnh dự hội nghị.')).toEqual([
      'Đại hội sẽ diễn ra vào cuối tháng.',
      'Toàn tỉnh có 366 HTX.',
      '(Ảnh: tư liệu) Lãnh đạo tỉnh dự hội nghị.',
    ]);
  });
  it('keeps a line that wraps mid-sentence, and one that opens on a part of the line before, in its paragraph', () => {
    expect(texts('Toàn tỉnh có 366 HTX và\nTHT hoạt động hiệu quả.')).toHaveLength(1);
    expect(texts('Toàn tỉnh có 301 HTX.\nTrong đó, có 270 HTX đang hoạt động.')).toHaveLength(1);
    expect(texts('Toàn tỉnh có 301 HTX.\ntrong năm thành lập mới 12 HTX.')).toHaveLength(1);
  });
});

describe('segment', () => {
  const sentences = (text: string) => {
    const { blocks } = parseOutline(text);
    return segment(text, blocks).map((s) => text.slice(s.start, s.end));
  };
  it('splits at full stops, also when the next sentence is glued on', () => {
    expect(sentences('Doanh thu đạt 115 triệu đồng.Thu nhập bình quân đạt 48 triệu đồng/năm. Hết.')).toEqual([
      'Doanh thu đạt 115 triệu đồng.',
      'Thu nhập bình quân đạt 48 triệu đồng/năm.',
      'Hết.',
    ]);
  });
  it('never splits inside numbers or after abbreviations', () => {
    expect(sentences('Có 1.715 thành viên, đạt 0,53% ở TP. Hồ Chí Minh.')).toHaveLength(1);
  });
  it('an ellipsis ends a sentence before a capital, not before a word in lower case that goes on', () => {
    expect(sentences('Các HTX làm dệt may, mộc, đan lát… giúp tạo việc làm cho 420 lao động. Hết.')).toEqual([
      'Các HTX làm dệt may, mộc, đan lát… giúp tạo việc làm cho 420 lao động.',
      'Hết.',
    ]);
    expect(sentences('Doanh thu tăng… Thu nhập cũng tăng.')).toEqual(['Doanh thu tăng…', 'Thu nhập cũng tăng.']);
  });
  it('a line break starts a new sentence when a capital or bullet follows', () => {
    expect(sentences('Thứ Sáu, 19/11/2021\nHiện nay có 264 HTX.')).toEqual(['Thứ Sáu, 19/11/2021', 'Hiện nay có 264 HTX.']);
  });
});
