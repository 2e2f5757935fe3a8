/**
 * The group a passage is about (shared by the Vietnamese and English records): which sector a
 * figure that names none speaks of, from the whole group counted before it.
 */
import type { Block } from '../pipeline/parse.ts';
import type { Sector, Subject } from '../pipeline/record.ts';

/**
 * The group a passage is about. A paragraph whose first count of a whole group of a kind gives
 * it a sector of its own ("Hiện có 415 HTX nông nghiệp, …") speaks of that group in the rest of
 * its sentence and the sentences after it ("Doanh thu bình quân … 1,3 tỷ đồng/HTX"), until another
 * whole of that kind is counted; a breakdown later in the paragraph ("…; 15 HTX vận tải") opens no
 * topic. The first such group of the document is the document's topic too: later paragraphs
 * speak of it ("Tỷ lệ HTX khá, tốt đạt 30%"), until the document counts another whole of that kind.
 */
/** A group a passage is about: its sector and how many it counted. */
interface TopicGroup {
  sector: Sector;
  size: number;
}

export class PassageTopic {
  private readonly sectors = new Map<Subject, TopicGroup>();
  private readonly inSentence = new Map<Subject, (TopicGroup | null)[]>();
  /** Kinds whose first whole this paragraph has already counted. */
  private readonly opened = new Set<Subject>();
  /** The document's topic per kind: the first paragraph topic, until another whole of that kind is counted. */
  private readonly documentTopic = new Map<Subject, TopicGroup | null>();
  private block: Block | null = null;
  /** The largest number of bodies of each kind the paragraph counts anywhere, when the caller read them ahead. */
  private largest: ReadonlyMap<Subject, number> = new Map();

  /** A new paragraph; `largest`: the most bodies of each kind it counts anywhere in it, when known. */
  enter(block: Block, largest: ReadonlyMap<Subject, number> = new Map()): void {
    if (block === this.block) return;
    this.block = block;
    this.largest = largest;
    this.sectors.clear();
    this.opened.clear();
  }

  /** The sector of the group in force for this kind; for a count, only when it is no larger than the group. */
  sectorOf(subject: Subject, count: number | null): Sector | null {
    const fits = (g: TopicGroup | null | undefined): Sector | null => (g && (count === null || count <= g.size) ? g.sector : null);
    const own = this.sectors.get(subject);
    if (own) return fits(own);
    // a paragraph that has counted a whole of the kind speaks of its own group, not the page's
    if (this.opened.has(subject) || this.inSentence.has(subject)) return null;
    // (… and so does one that counts more of the kind, anywhere in it, than the page's group holds: "The province is home to
    // 339 agricultural cooperatives …" ¶ "Last year, 70 new cooperatives … including 546 cooperatives")
    const page = this.documentTopic.get(subject);
    if (page && (this.largest.get(subject) ?? 0) > page.size) return null;
    return fits(page);
  }

  /** A whole group counted in this sentence, with its own sector or none. */
  counted(subject: Subject, sector: Sector | null, size: number): void {
    const list = this.inSentence.get(subject) ?? [];
    const group = sector ? { sector, size } : null;
    list.push(group);
    this.inSentence.set(subject, list);
    // the figures after it in its own sentence already speak of it ("159 HTX nông, lâm nghiệp, … 11,3% hoạt động
    // yếu kém"), until a second group of that kind is counted beside it
    if (list.length === 1 && group && !this.opened.has(subject)) this.sectors.set(subject, group);
    else this.sectors.delete(subject);
  }

  /** The group this paragraph counted was an item of a breakdown: the paragraph speaks of no one group. */
  endGroup(subject: Subject): void {
    this.sectors.delete(subject);
  }

  sentenceEnd(): void {
    for (const [subject, list] of this.inSentence) {
      // (wholes of one field counted side by side are one group of that field: "19 HTX vận tải đường bộ và 1 HTX vận tải
      // thủy bộ. Tổng số thành viên của 20 HTX này …")
      const first = list[0];
      const oneField = list.length > 1 && first != null && list.every((g) => g?.sector === first.sector);
      const only = list.length === 1 ? list[0] : oneField && first ? { sector: first.sector, size: list.reduce((n, g) => n + (g?.size ?? 0), 0) } : null;
      const opensParagraph = !this.opened.has(subject);
      if (only && opensParagraph) this.sectors.set(subject, only);
      else this.sectors.delete(subject);
      // the document's topic: set once, by the first whole of the kind; any other whole ends it
      // (the same group restated, as a caption or a summary often does, keeps it)
      const current = this.documentTopic.get(subject);
      if (current === undefined) this.documentTopic.set(subject, only && opensParagraph ? only : null);
      else if (current !== null && (only?.sector !== current.sector || only.size !== current.size)) this.documentTopic.set(subject, null);
      this.opened.add(subject);
    }
    this.inSentence.clear();
  }
}
