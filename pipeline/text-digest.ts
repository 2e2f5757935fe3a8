/**
 * The digest that says two files hold the same text, whatever their format or encoding:
 * a .txt, its .docx, its .pdf and its Windows-1258 copy decode to texts that differ in
 * line breaks, white space, Markdown marks (`**`, `#`, `-`), table pipes and Unicode
 * normal form, but not in their letters and digits. So the digest is taken over the
 * letters and digits alone, NFC and lower case, in order.
 */
import { createHash } from 'node:crypto';

export function textKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

export function textDigest(text: string): string {
  const key = textKey(text);
  // a text without a letter or digit is only the same as itself
  return createHash('sha256')
    .update(key || `\u0000${text.normalize('NFC')}`)
    .digest('hex');
}
