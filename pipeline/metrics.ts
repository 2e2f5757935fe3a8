/**
 * Each metric described once. The extractors (Vietnamese and English) and the report read these
 * properties instead of keeping sets of metric names of their own; a metric added to METRICS in
 * record.ts does not compile until its row here gives every property.
 */
import type { Metric } from './record.ts';

export interface MetricTraits {
  /** How the report names it. */
  label: { vi: string; en: string };
  /** An amount per body or per person ("doanh thu bình quân 1,2 tỷ đồng/HTX"): money is per year unless said per month, never a total. */
  average: boolean;
  /** Always a rate per year when given in percent ("tăng trưởng 8%/năm"). */
  yearlyPercent: boolean;
  /** A group counted just before can be restated as a share of it ("812 HTX, chiếm 68,9%" keeps the group's metric). */
  shareOfCounted: boolean;
  /** A percent of it picks out part of a group of cooperatives counted before ("Trong số đó, 40% hoạt động hiệu quả"). */
  shareOfGroup: boolean;
  /** Measured for the collective economy as a whole: a heading about the whole sector speaks for its figures. */
  economyWide: boolean;
  /** The province has it too (its OCOP products, its GRDP): the cooperatives' only where the sentence names them. */
  needsBodyWord: boolean;
  /** Bodies founded or dissolved in a period: the parts a "trong đó" lists after it were founded or dissolved too. */
  event: boolean;
  /** What a count of it counts, for the report: the record's own bodies (HTX, THT …), a noun, or nothing said. */
  counts: 'bodies' | { noun: string } | null;
  /** A level at a moment (all the HTX, their members, the effective ones): a number of it "a year" ("hỗ trợ 2 HTX/năm lên
   * khá", "kết nạp 500 thành viên/năm") is a flow that no metric measures, not a level. */
  stock: boolean;
}

const base = {
  average: false,
  yearlyPercent: false,
  shareOfCounted: false,
  shareOfGroup: false,
  economyWide: false,
  needsBodyWord: false,
  event: false,
  counts: null,
  stock: false,
} as const;

export const METRIC_TRAITS = {
  count: { ...base, label: { vi: 'Số lượng', en: 'number' }, counts: 'bodies', stock: true },
  new_count: { ...base, label: { vi: 'Thành lập mới', en: 'newly founded' }, event: true, counts: 'bodies' },
  dissolved_count: { ...base, label: { vi: 'Giải thể', en: 'dissolved' }, event: true, counts: 'bodies' },
  members: { ...base, label: { vi: 'Thành viên', en: 'members' }, counts: { noun: 'thành viên' }, stock: true },
  workers: { ...base, label: { vi: 'Lao động', en: 'workers' }, counts: { noun: 'lao động' } },
  managers: { ...base, label: { vi: 'Cán bộ quản lý', en: 'managers' }, counts: { noun: 'người' }, stock: true },
  managers_trained: { ...base, label: { vi: 'Cán bộ quản lý qua đào tạo', en: 'managers trained' }, shareOfCounted: true, counts: { noun: 'người' } },
  revenue_avg: { ...base, label: { vi: 'Doanh thu bình quân', en: 'average revenue' }, average: true },
  profit_avg: { ...base, label: { vi: 'Lợi nhuận bình quân', en: 'average profit' }, average: true },
  income_avg: { ...base, label: { vi: 'Thu nhập bình quân', en: 'average income' }, average: true },
  capital: { ...base, label: { vi: 'Vốn hoạt động', en: 'capital' } },
  budget_contribution: { ...base, label: { vi: 'Nộp ngân sách', en: 'budget contribution' }, economyWide: true },
  grdp_share: { ...base, label: { vi: 'Đóng góp vào GRDP', en: 'share of GRDP' }, economyWide: true, needsBodyWord: true },
  growth_rate: { ...base, label: { vi: 'Tốc độ tăng trưởng', en: 'growth rate' }, yearlyPercent: true, economyWide: true },
  effective: { ...base, label: { vi: 'Hoạt động hiệu quả', en: 'effective' }, shareOfCounted: true, shareOfGroup: true, counts: 'bodies', stock: true },
  weak: { ...base, label: { vi: 'Yếu kém', en: 'weak' }, shareOfCounted: true, shareOfGroup: true, counts: 'bodies', stock: true },
  value_chain: {
    ...base,
    label: { vi: 'Liên kết chuỗi giá trị', en: 'in value chains' },
    shareOfCounted: true,
    shareOfGroup: true,
    counts: 'bodies',
    stock: true,
  },
  ocop_products: { ...base, label: { vi: 'Sản phẩm OCOP', en: 'OCOP products' }, needsBodyWord: true, counts: { noun: 'sản phẩm' } },
  bad_debt: { ...base, label: { vi: 'Nợ xấu', en: 'bad debt' } },
  coverage: { ...base, label: { vi: 'Xã có HTX', en: 'communes covered' }, shareOfCounted: true, counts: { noun: 'xã' }, stock: true },
  other: { ...base, label: { vi: 'Khác', en: 'other' } },
} satisfies Record<Metric, MetricTraits>;

/** The traits of a metric read from a string (a stored record, a previous figure): undefined for a name that is none. */
export function traitsOf(metric: string): MetricTraits | undefined {
  return Object.hasOwn(METRIC_TRAITS, metric) ? (METRIC_TRAITS as Record<string, MetricTraits>)[metric] : undefined;
}
