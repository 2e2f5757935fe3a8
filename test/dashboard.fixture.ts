/**
 * A large database for the dashboard's scale tests: `fillMany(store, n)` stores n synthetic documents
 * spread over 63 provinces (a third of them about one of 11 districts), plans with targets and
 * reports with actuals for 2018-2025, each record's quote at its offsets in the document's text.
 * Deterministic. `npx tsx test/dashboard.fixture.ts out/many.sqlite 10000` writes one to look at.
 */
import { pathToFileURL } from 'node:url';
import { Store, writeDocument } from '../pipeline/store.ts';
import type { DocumentMeta, TargetRecord } from '../pipeline/record.ts';
import { prng } from '../pipeline/bench/corpus.ts';

export const PROVINCES = [
  'Hà Nội',
  'Hải Phòng',
  'Đà Nẵng',
  'Cần Thơ',
  'Hồ Chí Minh',
  'Lai Châu',
  'Điện Biên',
  'Bắc Kạn',
  'Lào Cai',
  'Yên Bái',
  'Hà Giang',
  'Cao Bằng',
  'Sơn La',
  'Hòa Bình',
  'Thái Nguyên',
  'Tuyên Quang',
  'Phú Thọ',
  'Nghệ An',
  'Hà Tĩnh',
  'Quảng Bình',
  'Quảng Trị',
  'Thanh Hóa',
  'Ninh Bình',
  'Nam Định',
  'Thái Bình',
  'Hải Dương',
  'Hưng Yên',
  'Bắc Giang',
  'Lạng Sơn',
  'Quảng Ninh',
  'Đắk Lắk',
  'Gia Lai',
  'Kon Tum',
  'Lâm Đồng',
  'Bình Định',
  'Phú Yên',
  'Khánh Hòa',
  'Long An',
  'Tiền Giang',
  'Bến Tre',
  'Trà Vinh',
  'Vĩnh Long',
  'Đồng Tháp',
  'An Giang',
  'Kiên Giang',
  'Sóc Trăng',
  'Bạc Liêu',
  'Cà Mau',
  'Hậu Giang',
  'Tây Ninh',
  'Bình Phước',
  'Bình Dương',
  'Đồng Nai',
  'Bà Rịa - Vũng Tàu',
  'Bình Thuận',
  'Ninh Thuận',
  'Quảng Nam',
  'Quảng Ngãi',
  'Thừa Thiên Huế',
  'Vĩnh Phúc',
  'Bắc Ninh',
  'Hà Nam',
  'Đắk Nông',
] as const;

const DISTRICTS = ['Tam Đường', 'Mường Tè', 'Sìn Hồ', 'Phong Thổ', 'Than Uyên', 'Tân Uyên', 'Nậm Nhùn', 'Tuần Giáo', 'Mường Chà', 'Chợ Đồn', 'Ba Bể'];

const fmt = (n: number): string => n.toLocaleString('de-DE');

/** n documents; returns how many records were stored. */
export async function fillMany(store: Store, n: number, seed = 15): Promise<number> {
  const r = prng(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
  let records = 0;
  await store.db.write(async (tx) => {
    for (let i = 0; i < n; i++) {
      const province = PROVINCES[i % PROVINCES.length] as string;
      const district = r() < 0.35 ? (DISTRICTS[int(0, DISTRICTS.length - 1)] as string) : null;
      const plan = r() < 0.3;
      const year = int(2018, 2025);
      const scale = district ? 0.08 : 1;
      const total = Math.max(3, Math.round(int(150, 1200) * scale));
      const place = district ? `huyện ${district}` : `tỉnh ${province}`;
      const parts: { quote: string; rec: Omit<TargetRecord, 'quote' | 'sentence' | 'start' | 'end' | 'section_path' | 'rules'> }[] = [];
      const sentences: string[] = [];
      const say = (sentence: string, figures: typeof parts): void => {
        sentences.push(sentence);
        parts.push(...figures);
      };
      const base = { subject: 'htx', sector: null, value_max: null, comparator: 'eq' } as const;
      if (plan) {
        const end = year + int(1, 5);
        const t = { ...base, status: 'target', year: end } as const;
        const goal = Math.round(total * 1.1);
        const members = goal * int(20, 60);
        const income = int(30, 90) * 1e6;
        const revenue = int(500, 4000) * 1e6;
        const yearly = Math.max(1, Math.round(goal / 20));
        say(`Đến năm ${end}, toàn ${district ? 'huyện' : 'tỉnh'} có ${fmt(goal)} HTX với ${fmt(members)} thành viên.`, [
          { quote: `${fmt(goal)} HTX`, rec: { ...t, metric: 'count', unit: 'count', value: goal } },
          { quote: `${fmt(members)} thành viên`, rec: { ...t, metric: 'members', unit: 'count', value: members } },
        ]);
        say(`Thu nhập bình quân ${income / 1e6} triệu đồng/người/năm; doanh thu bình quân ${fmt(revenue / 1e6)} triệu đồng/HTX/năm.`, [
          { quote: `${income / 1e6} triệu đồng/người/năm`, rec: { ...t, metric: 'income_avg', unit: 'VND/year', value: income } },
          { quote: `${fmt(revenue / 1e6)} triệu đồng/HTX/năm`, rec: { ...t, metric: 'revenue_avg', unit: 'VND/year', value: revenue } },
        ]);
        say(`Mỗi năm thành lập mới từ ${yearly} HTX trở lên.`, [
          { quote: `${yearly} HTX trở lên`, rec: { ...t, metric: 'new_count', unit: 'count/year', value: yearly, comparator: 'gte' } },
        ]);
        say(`Có ${Math.round(goal * 0.6)} HTX nông nghiệp hoạt động hiệu quả.`, [
          { quote: `${Math.round(goal * 0.6)} HTX`, rec: { ...t, metric: 'effective', unit: 'count', value: Math.round(goal * 0.6) } },
        ]);
      } else {
        const a = { ...base, status: 'actual', year } as const;
        const active = Math.round(total * 0.9);
        const members = total * int(20, 60);
        const agri = Math.round(total * 0.6);
        const fresh = int(1, Math.max(2, Math.round(total / 15)));
        const income = int(25, 80) * 1e6;
        const revenue = int(400, 3500) * 1e6;
        say(
          `Năm ${year}, toàn ${district ? 'huyện' : 'tỉnh'} có ${fmt(total)} HTX, trong đó ${fmt(active)} HTX đang hoạt động, thu hút ${fmt(members)} thành viên.`,
          [
            { quote: `${fmt(total)} HTX`, rec: { ...a, metric: 'count', unit: 'count', value: total } },
            { quote: `${fmt(active)} HTX`, rec: { ...a, metric: 'count', unit: 'count', value: active } },
            { quote: `${fmt(members)} thành viên`, rec: { ...a, metric: 'members', unit: 'count', value: members } },
          ],
        );
        say(`Lĩnh vực nông nghiệp có ${fmt(agri)} HTX; trong năm thành lập mới ${fresh} HTX.`, [
          { quote: `${fmt(agri)} HTX`, rec: { ...a, metric: 'count', sector: 'agriculture', unit: 'count', value: agri } },
          { quote: `${fresh} HTX.`.slice(0, -1), rec: { ...a, metric: 'new_count', unit: 'count', value: fresh } },
        ]);
        say(
          `Thu nhập bình quân đạt ${income / 1e6} triệu đồng/người/năm, doanh thu bình quân ${fmt(revenue / 1e6)} triệu đồng/HTX/năm, tăng 7,5% so với năm trước.`,
          [
            { quote: `${income / 1e6} triệu đồng/người/năm`, rec: { ...a, metric: 'income_avg', unit: 'VND/year', value: income } },
            { quote: `${fmt(revenue / 1e6)} triệu đồng/HTX/năm`, rec: { ...a, metric: 'revenue_avg', unit: 'VND/year', value: revenue } },
            { quote: '7,5%', rec: { ...a, metric: 'other', unit: 'percent', value: 7.5 } },
          ],
        );
      }
      const title = `${plan ? 'Kế hoạch phát triển' : 'Báo cáo kết quả'} kinh tế tập thể ${place} năm ${year}`;
      const head = `${title}\n\n`;
      let text = head;
      const stored: TargetRecord[] = [];
      let k = 0;
      for (const s of sentences) {
        const at = text.length;
        text += `${s}\n`;
        // the figures of this sentence, in order
        let from = at;
        while (k < parts.length) {
          const p = parts[k] as (typeof parts)[number];
          const pos = text.indexOf(p.quote, from);
          if (pos < 0 || pos >= at + s.length) break;
          stored.push({
            ...p.rec,
            quote: p.quote,
            sentence: s,
            start: pos,
            end: pos + p.quote.length,
            section_path: [],
            rules: [`metric.${p.rec.metric}`, 'fixture'],
          } as TargetRecord);
          from = pos + p.quote.length;
          k++;
        }
      }
      const meta: DocumentMeta = {
        title,
        doc_type: plan ? 'ke_hoach' : 'bao_cao',
        doc_number: `${i + 1}/${plan ? 'KH' : 'BC'}-UBND`,
        issuer: `UBND ${place}`,
        issued: `${plan ? year : year + 1}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`,
        plan_year: plan ? year : null,
        period_start: plan ? year : null,
        period_end: plan ? (stored[0]?.year ?? null) : null,
        province,
        district,
        province_today: province,
      };
      await writeDocument(
        tx,
        store.db.dialect,
        {
          path: `many/${String(i).padStart(5, '0')}.txt`,
          file_name: `${String(i).padStart(5, '0')}.txt`,
          content_hash: `many-${seed}-${i}`,
          format: 'txt',
          encoding: 'utf-8',
          text,
          extractor_version: 'fixture',
          meta,
          diagnostics: [],
        },
        stored,
      );
      records += stored.length;
    }
  });
  return records;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const file = process.argv[2] ?? 'out/many.sqlite';
  const n = Number(process.argv[3] ?? 10000);
  const store = await Store.open(file);
  const t0 = performance.now();
  const recs = await fillMany(store, n);
  await store.close();
  process.stdout.write(`${file}: ${n} documents, ${recs} records in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
}
