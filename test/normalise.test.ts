import { describe, expect, it } from 'vitest';
import { foldKey, foldPattern, normalise } from '../pipeline/normalise.ts';

describe('normalise', () => {
  it('keeps the key exactly as long as the NFC text', () => {
    const raw = 'Phấn đấu đến năm 2025 có 319 HTX\u00a0với 12.163 thành viên; Uỷ ban nhân dân tỉnh Thừa Thiên Huế';
    const { text, key } = normalise(raw);
    expect(key.length).toBe(text.length);
  });

  it('keeps the length through characters outside Vietnamese: emoji pairs, a lone surrogate, NUL, CJK', () => {
    const text = 'HTX 😀 đạt \ud800 x\u0000y 合作社 – “50%”';
    const key = foldKey(text);
    expect(key.length).toBe(text.length);
    expect(key.slice(0, 4)).toBe('htx ');
    expect(key.slice(4, 6)).toBe('😀');
    expect(key.slice(7, 10)).toBe('Dat');
    expect(key.slice(-11)).toBe('合作社 – “50%”');
  });

  it('composes decomposed (NFD) input, and offsets point into the composed text', () => {
    const nfd = 'Thành lập mới 22 hợp tác xã'.normalize('NFD');
    const { text, key } = normalise(nfd);
    expect(text).toBe('Thành lập mới 22 hợp tác xã');
    const at = key.indexOf('22');
    expect(text.slice(at, at + 2)).toBe('22');
  });

  it.each([
    ['hoá', 'hóa'],
    ['thuỷ sản', 'thủy sản'],
    ['Uỷ ban', 'Ủy ban'],
    ['Phân đầu', 'Phấn đấu'],
    ['phần đầu', 'phấn đấu'],
    ['KINH TẾ TẬP THỂ', 'kinh tế tập thể'],
    ['thƣơng mại, Hợp tác xã trồng lúa nƣớc', 'thương mại, Hợp tác xã trồng lúa nước'],
  ])('reads %s and %s alike', (a, b) => {
    expect(foldKey(a.normalize('NFC'))).toBe(foldKey(b.normalize('NFC')));
  });

  it.each([
    ['đang', 'đẳng'],
    ['cần', 'cán'],
    ['đạt', 'đất'],
    ['năm', 'nam'],
  ])('keeps %s and %s apart (vowel quality)', (a, b) => {
    expect(foldKey(a)).not.toBe(foldKey(b));
  });

  it('writes old spellings with i the new way with y, keeping the length: "tỉ lệ" reads as "tỷ lệ"', () => {
    const old = normalise('đạt tỉ lệ 23%, tỉ trọng, quí I, quản lí, kĩ thuật');
    const now = normalise('đạt tỷ lệ 23%, tỷ trọng, quý I, quản lý, kỹ thuật');
    expect(old.key).toBe(now.key);
    expect(old.key.length).toBe(old.text.length);
    // (not "ti" or "li" elsewhere: "tỉnh", "lí do" keep theirs)
    expect(normalise('tỉnh lí do').key).toBe('tinh li do');
  });
  it('folds every kind of white space to one space, character for character', () => {
    expect(foldKey('a\tb\nc\u00a0d')).toBe('a b c d');
  });

  it('folds rule patterns the way it folds text, keeping escapes', () => {
    const re = new RegExp(foldPattern(String.raw`\bphấn đấu\b \d+ HTX`));
    expect(re.test(foldKey('Phân   đầu 35 htx'))).toBe(true);
    expect(foldPattern(String.raw`\S\D \W`)).toBe(String.raw`\S\D\s+\W`);
    expect(foldPattern('a ?b')).toBe('a\\s*b');
  });
});
