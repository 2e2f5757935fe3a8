/**
 * The words around a place name that say whether the document is from there: the place
 * line of an administrative document ("Tam Đường, ngày 5 tháng 6 năm 2023"), an issuer's
 * verb ("UBND huyện X ban hành …"), and the contexts that only cite a place (a study trip,
 * a "Căn cứ …" line). Each cue carries what it does to the mention's weight
 * (rules/places/weights.ts); the document's first date places it before or after the 2025
 * reform.
 *
 * Patterns are matched on the folded key (rules/rule.ts) where the note says so, anchored
 * with ^ at the start of the stretch they are given (the text right after the name, a
 * line); the place line is a text rule (rules/text-rule.ts): on the key "ngay" (at once)
 * would read as "ngày". Examples are texts the place reader (extractors/places/) reads
 * whole: the cue must act on one of their mentions, or on none.
 */
import type { Rule } from '../rule.ts';
import type { TextRule } from '../text-rule.ts';
import type { WeightEffect } from './weights.ts';

/** The place line names the issuing unit: its mention weighs this whatever the words before it. */
const PLACE_LINE_WEIGHT: WeightEffect = { set: 6 };

export const PLACE_LINE_RULE: TextRule<WeightEffect> = {
  id: 'place.place_line',
  pattern: String.raw`^[\s*_#>•·-]*([^\n,;:]{2,60}?)\s*,\s*ngày\b`,
  flags: 'iu',
  value: PLACE_LINE_WEIGHT,
  note: 'a line of the header that starts with a place and ", ngày": the captured words are the place line',
  examples: {
    match: ['Tam Đường, ngày 5 tháng 6 năm 2023\nKẾ HOẠCH phát triển hợp tác xã', '*Lai Châu, ngày   tháng 9 năm 2023*'],
    reject: ['Tại Lai Châu, ngay sau hội nghị', 'Lai Châu ngày 5 tháng 6 năm 2023'],
  },
};

export const PLACE_AFTER_RULE: Rule<WeightEffect> = {
  id: 'place.place_after',
  pattern: String.raw`^\s*,\s*ngày\s*(?:\d{1,2})?\s*(?:tháng|/)`,
  value: PLACE_LINE_WEIGHT,
  note: 'on the key, right after a name in the header: ", ngày 5 tháng 6", ", ngày   tháng 9", ", ngày 12/6"; the place line of a flattened header table ("… Số: 12/KH-UBND Lai Châu, ngày 5 tháng 6 năm 2023")',
  examples: {
    match: ['Số: 12/KH-UBND Lai Châu, ngày 5 tháng 6 năm 2023', 'Số: 45/BC-UBND Phong Thổ, ngày 20/12/2023'],
    reject: ['Số: 12/KH-UBND Lai Châu, ngày càng nhiều HTX', 'Số: 12/KH-UBND Lai Châu; ngày 5 tháng 6 năm 2023'],
  },
};

export const REFERENCE_RULE: Rule<WeightEffect> = {
  id: 'place.reference',
  pattern: String.raw`\b(?:học tập|kinh nghiệm|tham quan|khảo sát|giao lưu|kết nghĩa|đoàn công tác|làm việc tại|làm việc với|đến từ|tiếp đoàn|hợp tác với|như các tỉnh|các tỉnh như)\b`,
  value: { times: 0.3 },
  note: "on the key, before a name in its clause: the place is where the document's people went, not where it is from",
  examples: {
    match: ['Đoàn đi học tập kinh nghiệm tại tỉnh Lâm Đồng', 'tham quan mô hình HTX tại Đắk Lắk'],
    reject: ['UBND tỉnh Lâm Đồng ban hành kế hoạch', 'Sau chuyến học tập kinh nghiệm. Tỉnh Lâm Đồng ban hành kế hoạch'],
  },
};

export const ISSUER_RULE: Rule<WeightEffect> = {
  id: 'place.issuer',
  pattern: String.raw`^[\s,]*(?:(?:đã|vừa|chính thức|cũng đã) )?(?:ban hành|phê duyệt|tổ chức|triển khai|xây dựng kế hoạch|báo cáo)\b`,
  value: { times: 1.5 },
  note: 'on the key, right after a name with its administrative word: the place issued the document',
  examples: {
    match: ['UBND huyện Tam Đường ban hành kế hoạch', 'UBND tỉnh Kiên Giang vừa phê duyệt Đề án'],
    reject: ['Tam Đường ban hành kế hoạch', 'UBND huyện Tam Đường có 53 HTX'],
  },
};

export const CAN_CU_RULE: Rule<WeightEffect> = {
  id: 'place.can_cu',
  pattern: String.raw`^[\s*_#>•·-]*căn cứ\b`,
  value: { times: 0.5 },
  note: 'on the key, a line that starts with "Căn cứ": it cites the documents a plan rests on, often another body\'s',
  examples: {
    match: ['Căn cứ Kế hoạch số 5/KH-UBND của UBND tỉnh Sơn La;', '- Căn cứ Nghị quyết của HĐND tỉnh Sơn La'],
    reject: ['Thực hiện Kế hoạch số 5 của tỉnh Sơn La, căn cứ tình hình thực tế', 'UBND tỉnh Sơn La ban hành kế hoạch'],
  },
};

/** The document's first date (YYYY*100+MM): groups 1–3 "ngày D tháng M năm Y", 4–6 "D/M/Y". */
export const PLACE_DATE_RULE: Rule<null> = {
  id: 'place.date',
  pattern: String.raw`ngày\s+(\d{1,2})?\s*tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d\d)|\b(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)\b`,
  value: null,
  note: 'on the key, the first date of the header: a document dated from July 2025 names no district (rules/places/merge-2025.ts)',
  examples: {
    match: ['Lai Châu, ngày 5 tháng 6 năm 2023', 'Ngày 20/8/2025, UBND tỉnh Tuyên Quang ban hành kế hoạch'],
    reject: ['UBND tỉnh Lai Châu, tháng 6/2023', 'Lai Châu, ngày 5 tháng 13 năm 2023'],
  },
};
