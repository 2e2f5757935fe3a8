import { EnglishText } from './extractors/english/engine.ts';
import { EN } from './extractors/english/rulesets.ts';
const t = new EnglishText(process.argv[2] as string, 0);
for (const s of t.sentences) { console.log(s.terms.map((x) => `${x.normal}`).join('  ')); console.log(t.hitsOf(EN, 'subject', s.n).map((h) => `${h.rule.id}@${h.a}-${h.b}`).join(' ')); }
