// Irregular verbs of news English at their plain form, as a stemmer meets the regular ones: "blew up" and "was blown
// up", "shot" and "shooting", "the strike" and "struck" are one act told in two forms. Merging compares tellings with
// it (mention-evidence.ts) and a claim names back the telling of what it claims with it (named-back.ts).
export const IRREGULAR_VERBS: Readonly<Record<string, string>> = Object.fromEntries(
  ('blew:blow blown:blow shot:shoot fought:fight fled:flee broke:break broken:break began:begin begun:begin held:hold ' +
    'won:win lost:lose spoke:speak spoken:speak stole:steal stolen:steal threw:throw thrown:throw drove:drive ' +
    'driven:drive rode:ride ridden:ride froze:freeze frozen:freeze overran:overrun overrun:overrun struck:strike ' +
    'stricken:strike slew:slay slain:slay retook:retake retaken:retake')
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);
