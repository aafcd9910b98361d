// One article → its dated mentions: every sentence's temporal expressions, each paired with the development the
// sentence reports at that date. A sentence with no date, or whose dated words report no development, yields none.
import { addDays, compareCalendarDates, contains, daysBetween, formatIso, parseCalendarDate } from '../calendar/calendar-date.js';
import { classifySentence, occasionBeside, sayingBeside, sayingInLine, type Span } from '../classify/classify-sentence.js';
import { findingsOf, resolveDates, traceDates, type DateFindings, type DocumentContext, type RelativeDate } from '../dates/resolve-dates.js';
import { numericOrderOf } from '../dates/refiners/numeric-dates.js';
import { tenseAt } from '../dates/tense.js';
import { extractFacts } from '../facts/extract-facts.js';
import { furnitureSentences, photoDates, toldInCaption } from './furniture.js';
import { presentTroopLevel } from './present-level.js';
import { inPurposeClause } from './purpose-clause.js';
import { postponedPlan } from './postponed-plan.js';
import { datesComparedFigure } from './compared-figure.js';
import { comparedTimeTold, datesComparison } from './compared-time.js';
import { quotedDateOutsideCue } from './quoted-date.js';
import { duePast } from './unrealised-past.js';
import { datesDecidedAim } from './decided-aim.js';
import { sayingTopic } from './said-of-topic.js';
import { fromAnchorDay } from './anchor-day.js';
import { hedgeOfCount, resumesClauseAt } from './counted-tail.js';
import { countedBackDay, countedBackFromPrevious } from './counted-back.js';
import { withoutDatedAside } from './dated-aside.js';
import { coordinatedDate, endsOtherThanForce, otherVerbAfterAnd } from './coordinated-date.js';
import { cueBeforeOwnClause, ownClause } from './own-clause.js';
import { returnAfterWalkout } from './walkout-return.js';
import { cueInDatedRelative } from './dated-relative.js';
import { cueAt, cueSpan } from './cue-at.js';
import { dayHeadings } from './day-headings.js';
import { signatureStamps } from './signature-stamp.js';
import { namedBackDate, type ToldBefore } from './named-back.js';
import { withElidedNoun } from './elided-noun.js';
import { claimedBackDate, type ToldInArticle } from './claimed-back.js';
import { toldAnchorDay } from './told-anchor.js';
import { yearHeadings } from './year-headings.js';
import { withDetailPlaces } from './lede-detail.js';
import { answerDates } from './answer-dates.js';
import { datelineEnd } from '../nlp/dateline.js';
import { tokens } from '../nlp/wink.js';
import { classifierNotes, createTrace, traceSentence, traceStep, type ExtractionTrace, type ReasonCode } from './trace.js';
import type { Article, CalendarDate, Classification, EventType, Facts, Mention, Orphan, ResolvedDate } from '../types.js';

/** A mention dated only relative to another development ("hours before the talks"), resolved after merging. */
export interface RelativeMention extends Omit<Mention, 'date'> {
  relative: RelativeDate;
  /**
   * What the anchor names, read here rather than when it is resolved (events/resolve-relative.ts), so building
   * events never loads the classifier: its kind ("the talks" → talks), and whether the telling is in the past tense
   * ("Hours before the talks opened, …" hangs on a development before publication).
   */
  anchorKind?: EventType;
  past: boolean;
}

export interface ArticleMentions {
  mentions: Mention[];
  relative: RelativeMention[];
  /** Sentences dated to the day whose words name no kind (events/attach-orphans.ts). */
  orphans?: Orphan[];
}

export function extractMentions(article: Article): ArticleMentions {
  return extract(article, undefined);
}

/** extractMentions, recording what it decided for each sentence and why (`npm run explain`). Same code, same result. */
export function traceExtraction(article: Article): { extracted: ArticleMentions; trace: ExtractionTrace } {
  const trace = createTrace();
  return { extracted: extract(article, trace), trace };
}

function extract(article: Article, trace: ExtractionTrace | undefined): ArticleMentions {
  const published = parseCalendarDate(article.published)!;
  const mentions: Mention[] = [];
  const relative: RelativeMention[] = [];
  const orphans: Orphan[] = [];
  // The date the last dated sentence gave: "Two days later, …" counts from it (dates/refiners/sequels.ts).
  let lastDate: ResolvedDate | undefined;
  // Which sentence gave lastDate, and whether it told a development of our kinds.
  let lastTold: { sentence: number; paragraph: number; told: boolean } | undefined;
  // The developments that sentence told, each at its date: "claimed that ambush the next day" counts from the ambush's
  // (named-back.ts).
  let lastMentions: ToldBefore[] = [];
  // Every development told so far: "The Front claimed the ambush the next day" counts from the article's one ambush
  // (claimed-back.ts).
  const toldSoFar: ToldInArticle[] = [];
  // The sentence just before, when its only date was one relative to another development ("On the same day as the
  // second shelling, …"): a day counted on from it ("The following day, …") hangs on that development too.
  let lastRelative: { sentence: number; relative: RelativeDate } | undefined;
  // "03/01/2025" is read in the order the article's other numeric dates (or its own words) settle.
  const numericOrder = numericOrderOf(article.sentences.map((s) => s.text));
  const document = numericOrder ? { numericOrder } : {};
  // "### 2025" over "Oct. 17: …": a chronology's year heading gives its entries their year (year-headings.ts).
  const headings = yearHeadings(article.body);
  // "Sunday 4 February", then "Fenn said this afternoon …": a diary's entry counts its days from its heading's day.
  const diary = dayHeadings(article.body, published);
  // "… today … - Perch and Pike (talk) 19:30, 21 March 2045 (UTC)": a signed comment counts from its stamp's day.
  const signed = signatureStamps(article.sentences, published);
  // Page furniture (teasers, captions of the photo's moment, correction notices, newsletter boxes) yields nothing,
  // and its dates are no date for a later "two days later" to count from (furniture.ts).
  const furniture = furnitureSentences(article.sentences, { body: article.body, authors: article.authors ?? [], title: article.title });
  const photos = photoDates(article.sentences);
  for (const sentence of article.sentences) {
    const furnished = furniture.get(sentence.index);
    if (trace) traceSentence(trace, sentence.index, sentence.text);
    if (furnished && furnished !== 'caption') {
      if (trace) traceStep(trace, { code: 'furniture', message: `nothing: page furniture, ${FURNITURE[furnished]}` });
      continue;
    }
    const yearHeading = headings.get(sentence.paragraph);
    // The day the sentence counts from: its diary entry's, else publication.
    const stampDay = signed.days.get(sentence.paragraph);
    const today = stampDay ?? diary.get(sentence.paragraph) ?? published;
    if (trace && stampDay) traceStep(trace, { code: 'signed-day', message: `a comment signed on ${formatIso(stampDay)}: its days count from that day` });
    else if (trace && diary.has(sentence.paragraph)) traceStep(trace, { code: 'diary-day', message: `a diary entry of ${formatIso(today)}: its days count from that day` });
    if (trace && yearHeading !== undefined) traceStep(trace, { code: 'year-heading', message: `under the year heading ${yearHeading}: its dates without a year take it` });
    const entry = stampDay || diary.has(sentence.paragraph) ? { entryDay: true as const } : {};
    // The stamp itself dates no development: the dates are read in the words before it.
    const stamp = signed.stamps.get(sentence.index);
    const read = stamp ? sentence.text.slice(0, stamp.start) : sentence.text;
    if (trace && stamp) traceStep(trace, { code: 'signature-stamp', message: `nothing from "${sentence.text.slice(stamp.start).trim()}": a signature's stamp, when the comment was posted` });
    const context = yearHeading === undefined ? { ...document, ...entry } : { ...document, ...entry, yearHeading };
    const named = namedBackDate(sentence.text, lastMentions) ?? claimedBackDate(sentence.text, toldSoFar);
    if (trace && named && named !== lastDate) traceStep(trace, { code: 'named-back', message: `names back a development told at ${formatIso(named.date)}: counts on from that date` });
    const storySoFar = named ?? lastDate;
    const asRead = trace ? traceResolved(trace, read, today, storySoFar, context) : resolveDates(read, today, storySoFar, context);
    const resolved = answerDates(asRead, sentence.text, article.sentences[sentence.index - 1]?.text, (text) => resolveDates(text, today, storySoFar, context));
    // A caption describing its picture keeps only the dates a past-tense verb of their own clause governs.
    const photo = photos.get(sentence.paragraph);
    const dates = furnished ? resolved.dates.filter((d) => toldInCaption(sentence.text, d.index, photo, d.text)) : resolved.dates;
    const relatives = furnished ? [] : resolved.relative;
    if (trace && furnished) {
      for (const d of resolved.dates) if (!dates.includes(d)) traceStep(trace, { code: 'photo-date', message: `nothing: a caption, and "${d.text}" is the photo's date (no past-tense verb of its own clause, or the photo's day)`, date: d });
      for (const r of resolved.relative) traceStep(trace, { code: 'photo-date', message: `nothing: a caption's relative date ("${r.text}") dates no development`, relative: r });
    }
    if (furnished && !dates.length) {
      if (trace) traceStep(trace, { code: 'furniture', message: `nothing: page furniture, ${FURNITURE.caption}` });
      continue;
    }
    if (!dates.length && !relatives.length) {
      // "About 4,000 troops remain in the valley": a present-tense troop level is dated by publication (present-level.ts).
      const level = presentTroopLevel(sentence.text, today);
      if (level) {
        const previous = article.sentences[sentence.index - 1];
        mentions.push({
          article: article.slug, sentence: sentence.index, quote: sentence.text, classification: level.classification,
          ...extractFacts(sentence.text), ...(previous ? { context: previous.text } : {}), date: level.date,
        });
        if (trace) given(trace, 'present-level', 'a present-tense troop level, dated by publication', mentions.at(-1)!);
      } else if (trace) traceStep(trace, { code: 'no-date', message: 'nothing: no temporal expression, and no present-tense troop level' });
      continue;
    }
    let facts: Facts | undefined;
    const previous = article.sentences[sentence.index - 1];
    const base = (classification: Classification) => ({
      article: article.slug,
      sentence: sentence.index,
      quote: sentence.text,
      classification,
      ...(facts ??= extractFacts(sentence.text)),
      ...(previous ? { context: previous.text } : {}),
    });
    const seen = new Map<string, Mention>();
    // A relative date's words name the development it counts from, not the development of a date told before them
    // ("Mortar rounds fell late last night, on the eve of the talks"); a date after them may date that development
    // ("after the US killed X in Baghdad in January 2020", "two days after rockets landed near the camp, …, on Tuesday").
    const aside = resolved.relative.map((r) => ({ start: r.index, end: r.index + r.text.length }));
    const frames = periodEnds(sentence.text, dates);
    for (const date of dates) {
      const datesNothing = isTarget(sentence.text, date, today) ? 'target' : notYetBy(sentence.text, date) ? 'not-yet-by' : inPurposeClause(sentence.text, date.index) ? 'purpose-clause' : postponedPlan(sentence.text, date.index, date.text) ? 'postponed-plan' : datesComparison(sentence.text, date.index, date.text) ? 'compared-time' : duePast(sentence.text, date.index) ? 'due-past' : undefined;
      if (datesNothing) {
        if (trace) dateStep(trace, datesNothing, date);
        continue;
      }
      // A date inside a relative date's anchor clause ("three days before it was due to open in Sudra on 8 June") dates
      // only what that clause tells: the main clause's development counts from it (datedInAnchorClause). Round 14.
      const anchorClause = resolved.relative.find((r) => inAnchorClause(sentence.text, r, date));
      // (A comparison's time that a when-clause tells a development at is that clause's alone: compared-time.ts.)
      const compared = comparedTimeTold(sentence.text, date.index, date.text);
      const others = anchorClause
        ? [{ start: 0, end: anchorClause.index }, { start: date.index + date.text.length, end: sentence.text.length }]
        : compared ? [compared, ...aside.filter((s) => date.index < s.start)] : aside.filter((s) => date.index < s.start);
      const elsewhere = dates.filter((o) => o !== date).map((o) => ({ start: o.index, end: o.index + o.text.length }));
      const notes = trace ? classifierNotes() : undefined;
      // (Failing that, read without a dated aside that parts the subject from its verb: dated-aside.ts.)
      let classification = classifySentence(sentence.text, date.index, previous?.text, others, elsewhere, notes?.why);
      if (!classification) {
        const bare = withoutDatedAside(sentence.text, date, dates);
        if (bare !== undefined) classification = withCueOf(classifySentence(bare, date.index, previous?.text, others, elsewhere));
      }
      // "began on 24 April and was completed on 15 May": a date coordinated with the one before takes its development.
      const joined = classification ? undefined : coordinatedDate(sentence.text, date, dates);
      if (joined) {
        const { first, own } = joined;
        const beside = dates.filter((o) => o !== first).map((o) => ({ start: o.index, end: o.index + o.text.length }));
        let its = classifySentence(sentence.text, first.index, previous?.text, aside.filter((s) => first.index < s.start), beside);
        // "The talks were postponed from 11 December and are now set for 18 December": the subject, read with the new date.
        // (Its asides and other dates, as the call above has them, moved to where they stand in those words.)
        const cut = joined.subjectEnd;
        if (!its && cut !== undefined) {
          const by = own.start - cut;
          const moved = (spans: readonly Span[]) =>
            spans.filter((s) => s.start >= own.start).map((s) => ({ start: s.start - by, end: s.end - by }));
          const read = sentence.text.slice(0, cut) + sentence.text.slice(own.start);
          const after = aside.filter((s) => date.index < s.start);
          its = classifySentence(read, date.index - by, previous?.text, moved(after), moved(elsewhere));
        }
        // (Its own words keep their own cue and code where they have one of that kind: "and end its mission".)
        const words = sentence.text.slice(own.start, own.end);
        const alone = classifySentence(words);
        // (A troop development's step ends the force, not "the catering contract": endsOtherThanForce. Round 19d.)
        const other = its?.type === 'troops' && alone?.type !== 'troops' && endsOtherThanForce(sentence.text, date, dates);
        classification = other ? null : its && (alone?.type === its.type ? alone : { ...its, cue: words });
        if (classification && trace) dateStep(trace, 'coordinated-date', date, classification, first);
      } else if (classification) {
        // "decided to cut the force by October and to terminate the mission on 31 December": a step of the first date's
        // development, found at this date by the first date's cue, is told apart from it by its own verb phrase. Round 19c.
        const step = coordinatedDate(sentence.text, date, dates);
        const at = step ? cueAt(sentence.text, classification.cue) : -1;
        if (step && at >= 0 && at < step.first.index) {
          const words = sentence.text.slice(step.own.start, step.own.end);
          const alone = classifySentence(words);
          // (Nor when the step ends something other than the force: "and to terminate the catering contract". Round 19d.)
          if (classification.type === 'troops' && alone?.type !== 'troops' && endsOtherThanForce(sentence.text, date, dates)) {
            if (trace) dateStep(trace, 'other-verb-after-and', date, classification);
            continue;
          }
          classification = alone?.type === classification.type ? alone : { ...classification, cue: words };
          if (trace) dateStep(trace, 'coordinated-date', date, classification, step.first);
        }
      }
      // "promised last month to send soldiers, and a company is due at the camp on Tuesday": a first clause's cue, dated
      // by that clause's date, does not date a coordinated clause with a subject and verb of its own (own-clause.ts).
      // (Only a saying: a troop or talks cue may carry by a pronoun, "and they are to sign it on Monday".)
      const separate = classification?.type === 'statement' ? cueBeforeOwnClause(sentence.text, date, dates, cueAt(sentence.text, classification.cue)) : undefined;
      if (separate && classification) {
        const its = classifySentence(sentence.text.slice(separate.start, separate.end), date.index - separate.start, previous?.text);
        if (!its) {
          if (trace) dateStep(trace, 'cue-before-own-clause', date, classification);
          continue;
        }
        classification = its;
        if (trace) dateStep(trace, 'own-clause', date, its);
      }
      // "…, and the camp itself is to be handed over in mid-July": a date in a coordinated clause of its own, whose
      // development the whole sentence's reading gave to the earlier clause, is read on its clause's words (own-clause.ts).
      if (!classification) {
        const clause = ownClause(sentence.text, date, dates);
        const its = clause && classifySentence(sentence.text.slice(clause.start, clause.end), date.index - clause.start, previous?.text);
        if (its) {
          classification = its;
          if (trace) dateStep(trace, 'own-clause', date, its);
        }
      }
      // "walked out on 30 January, …, and returned on 14 February": the walkout's party coming back (walkout-return.ts).
      if (!classification) {
        const back = returnAfterWalkout(sentence.text, date, [...seen.values()]);
        if (back) {
          classification = back;
          if (trace) dateStep(trace, 'walkout-return', date, back);
        }
      }
      if (!classification) {
        if (trace) traceStep(trace, { code: 'no-kind', message: `"${date.text}": ${REASON['no-kind']}`, date, classifier: notes!.notes });
        continue;
      }
      if (quotedDateOutsideCue(sentence.text, date.index, date.text, classification.cue)) {
        if (trace) dateStep(trace, 'quoted-date', date, classification);
        continue;
      }
      if (classification.type === 'statement' && datesComparedFigure(sentence.text, date.index)) {
        if (trace) dateStep(trace, 'compared-figure', date, classification);
        continue;
      }
      if (classification.type === 'statement' && datesDecidedAim(sentence.text, date.index, classification.cue)) {
        if (trace) dateStep(trace, 'decided-aim', date, classification);
        continue;
      }
      // "said of the March 3 bombing": the date is the topic's; the topic's own words may tell a development (an attack).
      const topic = classification.type === 'statement' ? sayingTopic(sentence.text, date) : undefined;
      if (topic) {
        const its = classifySentence(sentence.text.slice(topic.start, topic.end), 0, previous?.text);
        if (trace) dateStep(trace, 'saying-topic', date, its && its.type !== 'statement' ? its : classification);
        if (!its || its.type === 'statement') continue;
        classification = its;
      }
      // ("will withdraw 300 soldiers by September and close the canteen on 30 November": the withdrawal's cue, before the
      // date joined by "and", does not carry to a step that ends something else. Round 19d.)
      const ended = classification.type === 'troops' && endsOtherThanForce(sentence.text, date, dates);
      const before = ended && dates.filter((d) => d.index + d.text.length <= date.index).sort((a, b) => b.index - a.index)[0];
      const cueBefore = before && cueAt(sentence.text, classification.cue) >= 0 && cueAt(sentence.text, classification.cue) < before.index;
      if (cueBefore && classifySentence(sentence.text.slice(before.index + before.text.length, date.index))?.type !== 'troops') {
        if (trace) dateStep(trace, 'other-verb-after-and', date, classification);
        continue;
      }
      if (otherVerbAfterAnd(sentence.text, date, dates, cueAt(sentence.text, classification.cue), (words) => Boolean(classifySentence(words)))) {
        if (trace) dateStep(trace, 'other-verb-after-and', date, classification);
        continue;
      }
      if (cueInDatedRelative(sentence.text, classification.cue, date, dates)) {
        if (trace) dateStep(trace, 'dated-relative', date, classification);
        continue;
      }
      if (frames.has(date) && classification.type !== 'talks') {
        if (trace) dateStep(trace, 'period-end', date, classification);
        continue;
      }
      // (Only a count with no date before it in the sentence: it counts from the sentence before.)
      const onRelative = dates.some((o) => o.index < date.index) ? undefined : countedOnRelative(date, lastDate, lastRelative, sentence.index);
      if (onRelative) {
        const anchorKind = classifySentence(onRelative.anchor)?.type;
        relative.push({ ...base(classification), relative: onRelative, ...(anchorKind ? { anchorKind } : {}), past: tenseAt(sentence.text, date.index, date.text.length).tense === 'past' });
        if (trace) traceStep(trace, { code: 'counted-on-relative', message: `"${date.text}" counts on from ${onRelative.anchor}, which the sentence before dated only relatively: ${onRelative.days} day(s) after it, dated once it is found`, date, classification, relative: onRelative });
        continue;
      }
      if (date.tag === 'present-tense' && inProgress(sentence.text, classification.cue)) {
        if (trace) dateStep(trace, 'in-progress', date, classification);
        continue;
      }
      // "… peaked in 2028, with some 2,200 sailors; it is smaller now": a present "now" takes no figure across a
      // semicolon, from a clause that tells another time. Round 14.
      if (date.tag === 'present-tense' && acrossSemicolon(sentence.text, classification.cue, date)) {
        if (trace) dateStep(trace, 'across-semicolon', date, classification);
        continue;
      }
      // Two dates reporting the same development in one sentence ("on Wednesday, 7 April"): keep the finer one.
      // Dates that cannot be one day ("flies home at the end of this month, and the final one by mid-May") date
      // two developments of that kind: keep both.
      let key = `${classification.type}|${classification.cue}`;
      const earlier = seen.get(key);
      // "… put off once, on 5 April, because of the missile on the refinery the day before": a cue between a date and a
      // day counted back from it is the counted day's development; the date it counts from is not that development's
      // too. (Counted on, the cue may serve both: "12 March: the envoy meets X, and Y the next day".)
      if (earlier && date.tag === 'sequel' && compareCalendarDates(date.date, earlier.date.date) < 0 && cueBetween(sentence.text, classification.cue, earlier.date, date)) {
        seen.set(key, { ...base(classification), date });
        if (trace) dateStep(trace, 'cue-before-counted-day', date, classification, earlier.date);
        continue;
      }
      const cueAfter = earlier && cueSpan(sentence.text, classification.cue, earlier.date.index + earlier.date.text.length);
      if (earlier && date.tag === 'sequel' && verbBetween(sentence.text, earlier.date, date, cueAfter)) {
        if (trace) dateStep(trace, 'sequel-verb-between', date, classification, earlier.date);
        continue;
      }
      if (earlier && nextDayListed(sentence.text, earlier, date)) {
        if (trace) dateStep(trace, 'next-day-listed', date, classification, earlier.date);
        continue;
      }
      // ("met in early March and again on Monday": "again" between them tells a second time, not the first told finer.
      // Round 21.)
      if (earlier && (!compatible(earlier.date, date) || toldAgain(sentence.text, earlier.date, date))) key += `@${date.index}`;
      else if (earlier && finer(earlier.date, date)) {
        if (trace) dateStep(trace, 'coarser-duplicate', date, classification, earlier.date);
        continue;
      } else if (earlier && trace) dateStep(trace, 'replaces-coarser', date, classification, earlier.date);
      seen.set(key, { ...base(classification), date });
    }
    // "When observers handed the checkpoint over on 22 May, the president called it …": the date of a fronted
    // when-clause is also the main clause's.
    for (const m of [...seen.values()]) {
      const main = mainClauseAtWhen(sentence.text, m, previous?.text);
      if (main && ![...seen.values()].some((o) => o.classification.type === main.type)) {
        seen.set(`${main.type}|${main.cue}|when`, { ...base(main), date: m.date });
        if (trace) dateStep(trace, 'when-clause', m.date, main);
      }
    }
    // "The round opened on 11 March, on a morning when gunmen had shot up a patrol boat": a day named by what else
    // happened on it tells that too, on the same date. Round 16.
    for (const m of [...seen.values()]) {
      const then = dayNamedAfter(sentence.text, m, previous?.text);
      if (then && ![...seen.values()].some((o) => o.classification.type === then.type)) {
        seen.set(`${then.type}|${then.cue}|day-named`, { ...base(then), date: m.date });
        if (trace) dateStep(trace, 'day-named', m.date, then);
      }
    }
    // "Renn visited the camp this morning and said …": what was said at a visit or meeting is a statement of its own,
    // on the same date (sayingBeside). Round 14.
    for (const m of [...seen.values()]) {
      if (m.classification.type !== 'talks' || [...seen.values()].some((o) => o.classification.type === 'statement')) continue;
      const spans = [...aside, ...dates.filter((o) => o !== m.date).map((o) => ({ start: o.index, end: o.index + o.text.length }))];
      const said = sayingBeside(sentence.text, m.date.index, spans);
      if (said) {
        seen.set(`statement|${said.cue}|beside`, { ...base(said), date: m.date });
        if (trace) dateStep(trace, 'saying-beside', m.date, said);
      }
    }
    // "15 May - the air force takes over the battery; the president calls it "our own shield"": a chronology line's
    // second clause, a saying, is a statement of the same day (sayingInLine). Round 17.
    for (const m of [...seen.values()]) {
      if (m.classification.type === 'statement' || [...seen.values()].some((o) => o.classification.type === 'statement')) continue;
      const spans = [...aside, ...dates.filter((o) => o !== m.date).map((o) => ({ start: o.index, end: o.index + o.text.length }))];
      const said = sayingInLine(sentence.text, m.date.index, spans);
      if (said) {
        seen.set(`statement|${said.cue}|line`, { ...base(said), date: m.date });
        if (trace) dateStep(trace, 'saying-in-line', m.date, said);
      }
    }
    // "said at the handover on 15 May that …": the development a saying was made at, on the same date. Round 16.
    for (const m of [...seen.values()]) {
      if (m.classification.type !== 'statement') continue;
      const at = occasionBeside(sentence.text, m.date.index);
      if (at && ![...seen.values()].some((o) => o.classification.type === at.type && compatible(o.date, m.date))) {
        seen.set(`${at.type}|${at.cue}|occasion`, { ...base(at), date: m.date });
        if (trace) dateStep(trace, 'occasion-beside', m.date, at);
      }
    }
    mentions.push(...seen.values());
    if (trace) for (const m of seen.values()) given(trace, 'mention', `"${m.date.text}"`, m);
    // "About 200 engineers left on 26 February, and about 700 soldiers remain": a present-tense level in a clause of
    // its own, beside dated clauses, is dated by publication as in a sentence with no date (present-level.ts).
    if (!furnished && !relatives.length) {
      const level = levelBeside(sentence.text, today, dates);
      const told = [...seen.values()].some((m) => m.classification.type === 'troops' && m.date.tag.startsWith('present'));
      if (level && !told) {
        mentions.push({ ...base(level.classification), date: level.date });
        if (trace) given(trace, 'present-level', 'a present-tense troop level in a clause of its own, dated by publication', mentions.at(-1)!);
      }
    }
    // "On 13 January Sorvik sat with Delauny in Port Ainsa": a day, and no word of our kinds. Kept apart, in case another
    // article tells that day's development in words that do.
    if (!seen.size && !furnished && !relatives.length) {
      const day = dates.find((d) => d.precision === 'day' && d.tag !== 'present-tense' && !isTarget(sentence.text, d, today));
      if (day && !inDateline(sentence.text, day)) {
        const { classification: _none, ...told } = base({ type: 'statement', cue: '', cameo: '' });
        orphans.push({ ...told, date: day });
        if (trace) traceStep(trace, { code: 'orphan', message: REASON.orphan!, date: day, orphan: orphans.at(-1)! });
      } else if (day && trace) traceStep(trace, { code: 'dateline', message: REASON.dateline!, date: day });
    }
    // The sentence just before, when it was dated but told nothing of our kinds ("Parliament passed the bill on
    // Thursday."): what "Hours after the vote, …" here counts from (sameDayAfterPrevious).
    const before = lastTold && lastTold.sentence === sentence.index - 1 && lastTold.paragraph === sentence.paragraph && !lastTold.told ? lastDate : undefined;
    // What the next sentence counts from: the latest day reached here by a date that dates a development (the story
    // moves on from the furthest point it told: "handed over on 27 February, and the battalion flies out on 19 March.
    // Its base passes to the army the next day" is 20 March; a date told as a flashback, "a week after the truce of
    // 3 March", is no point the story moves on from), else the first date. Round 13 (was the first told date).
    for (const m of seen.values()) toldSoFar.push({ date: m.date, cue: m.classification.cue, type: m.classification.type, sentence: sentence.text });
    const told = [...seen.values()].map((m) => m.date).sort((a, b) => compareCalendarDates(a.date, b.date) || a.index - b.index).at(-1);
    if (told ?? dates[0]) {
      lastDate = told ?? dates[0];
      lastMentions = [...seen.values()].map((m) => ({ date: m.date, cue: m.classification.cue }));
      lastTold = { sentence: sentence.index, paragraph: sentence.paragraph, told: seen.size > 0 };
    }
    const counted = relatives.filter((r) => r.days !== undefined && r.qualifier === 'after');
    lastRelative = !dates.length && counted.length === 1 ? { sentence: sentence.index, relative: counted[0]! } : undefined;
    // A relative date ("after the assassination") in a sentence that already dates the same kind of development
    // only dates that other development; keep it only when it is the sentence's one clue for this kind.
    // (A saying the dated clauses tell only past a semicolon is another clause's: "X said at the signing that …; Y said
    // the next day that …" tells two sayings. Not other kinds: "Planned departure …; put off after the attack" tells
    // no second departure. Round 17.)
    const dated = new Set<EventType>();
    const datedFor = (type: EventType, rel: RelativeDate) =>
      dated.has(type) ||
      [...seen.values()].some((m) => m.classification.type === type && (type !== 'statement' || !sentence.text.slice(Math.min(m.date.index, rel.index), Math.max(m.date.index, rel.index)).includes(';')));
    for (const rel of relatives) {
      if (inPurposeClause(sentence.text, rel.index)) {
        if (trace) traceStep(trace, { code: 'purpose-clause', message: `"${rel.text}": ${REASON['purpose-clause']}`, relative: rel });
        continue;
      }
      const notes = trace ? classifierNotes() : undefined;
      const classification = classifySentence(sentence.text, rel.index, previous?.text, aside, undefined, notes?.why);
      // "The Front walked out on 21 February, the morning after jets bombed its camps", "The round, on 18 March, opened
      // five days after mortars had fallen": what the anchor's own words tell lies that many days the other way from
      // the day the count times (counted-back.ts).
      // ("The strike came two days after pirates fired …", no date of its own: the day a sentence just before told a
      // development of the subject's kind at.)
      // (A pronoun, "It came a week after …", names back whatever that sentence told.)
      const namedBack = !dates.length && lastTold?.told && sentence.index - lastTold.sentence <= 3;
      const pronoun = /^\s*(?:it|this)\s/i.test(sentence.text);
      const previousDay = namedBack && toldSoFar.some((t) => t.date === lastDate && (pronoun || t.type === classification?.type)) ? lastDate : undefined;
      const beside = countedBackDay(sentence.text, rel, dates);
      const apposed = beside ?? countedBackFromPrevious(sentence.text, rel, previousDay);
      if (apposed) {
        // (Read on its own words only: the main clause's cues, before or after it, are the other day's.)
        const told = classifySentence(rel.text);
        if (told) {
          // Quoted from its own words on, so that merging weighs the anchor's words and names, not the main clause's
          // (round 15b: a drone told in the main clause drew the shelling's telling into the drone's cluster).
          const own = sentence.text.slice(rel.index);
          const count = rel.text.slice(0, Math.max(0, rel.text.lastIndexOf(rel.anchor))).trimEnd() || rel.text;
          mentions.push({ ...base(told), ...extractFacts(own), quote: own, date: { ...apposed, text: count, index: 0 } });
          if (trace) given(trace, 'relative-apposed', apposed.reason, mentions.at(-1)!);
        } else if (trace) traceStep(trace, { code: 'relative-no-kind', message: `"${rel.text}": ${REASON['no-kind']}`, relative: rel });
        // (Counted from the sentence before, the subject's development still counts on from the anchor, as before.)
        if (beside) continue;
      }
      // "On 9 March a ferry was shelled; two days after the shelling, jets bombed the port": the anchor was told in an
      // earlier clause of this sentence, at a day: count from it.
      const counted = countedFromEarlierClause(sentence.text, rel, [...seen.values()]);
      if (counted) {
        // What its own clause tells: the earlier clause's words are the anchor's.
        const own = classifySentence(sentence.text, rel.index, previous?.text, [...aside, { start: 0, end: counted.clause }]);
        if (own) {
          mentions.push({ ...base(own), date: counted.date });
          dated.add(own.type);
          if (trace) given(trace, 'relative-from-clause', counted.date.reason, mentions.at(-1)!);
        } else if (trace) traceStep(trace, { code: 'relative-no-kind', message: `"${rel.text}" counts from a day an earlier clause told, but its own clause names none of our kinds`, relative: rel });
        continue;
      }
      // "Hours before the round opened at the abbey on 11 March, gunmen fired …": the anchor's own clause dates it. A
      // count of days makes it another day, so another development even of the anchor's kind ("Two days after the ferry
      // was shelled on 9 May, jets bombed the port"); without one, only a kind the sentence has not dated yet.
      // (Failing that, "at the signing …, and … the next day" date from the article's one telling of the signing:
      // told-anchor.ts. Round 20.)
      const own = classification ? datedInAnchorClause(sentence.text, rel, dates) ?? toldAnchorDay(rel, relatives, mentions.filter((m) => m.sentence < sentence.index)) : undefined;
      const another = (c: Classification) =>
        rel.days !== undefined ? ![...seen.values()].some((m) => m.classification.type === c.type && m.classification.cue === c.cue) : !datedFor(c.type, rel);
      if (classification && own && another(classification)) {
        mentions.push({ ...base(classification), date: own });
        dated.add(classification.type);
        if (trace) given(trace, 'relative-anchor-clause', own.reason, mentions.at(-1)!);
        continue;
      }
      if (classification && !datedFor(classification.type, rel)) {
        const anchorKind = classifySentence(rel.anchor)?.type;
        const sameDay = !anchorKind && before ? sameDayAfterPrevious(rel, before) : undefined;
        if (sameDay) {
          mentions.push({ ...base(classification), date: sameDay });
          dated.add(classification.type);
          if (trace) given(trace, 'relative-same-day', sameDay.reason, mentions.at(-1)!);
          continue;
        }
        const past = tenseAt(sentence.text, rel.index, rel.text.length).tense === 'past';
        relative.push({ ...base(classification), relative: rel, ...(anchorKind ? { anchorKind } : {}), past });
        if (trace) traceStep(trace, { code: 'relative-pending', message: `"${rel.text}": ${rel.qualifier} ${rel.anchor}${rel.days !== undefined ? ` (${rel.days} day(s))` : ''}, ${classification.type} (CAMEO ${classification.cameo}), cue "${classification.cue}": dated only once that development is found`, relative: rel, classification });
      } else if (trace) {
        traceStep(trace, classification
          ? { code: 'relative-kind-dated', message: `"${rel.text}": the sentence already dates a ${classification.type} development; the relative date only names another`, relative: rel, classification }
          : { code: 'relative-no-kind', message: `"${rel.text}": ${REASON['no-kind']}`, relative: rel, classifier: notes!.notes });
      }
    }
  }
  const told = withoutBackReferences(mentions);
  if (trace) takenBack(trace, 'back-reference', mentions, told);
  const kept = withoutSecondDays(told);
  if (trace) takenBack(trace, 'second-day', told, kept);
  return { mentions: withDetailPlaces(kept, article, published), relative, ...(orphans.length ? { orphans } : {}) };
}

/** What a page-furniture kind is (furniture.ts), for the trace. */
const FURNITURE = {
  label: 'a labelled box that is not the report (teaser, related links, newsletter, sport or weather brief)',
  notice: "a notice about the article itself (correction, amendment, editor's note)",
  teaser: 'a headline carrying its own date in parentheses (another story)',
  caption: "a photo caption describing the picture: its date is the photo's",
  headline: "the article's headline, repeated in the body",
} as const;

/** The trace's words for each decision that needs no more than the date. */
const REASON: Partial<Record<ReasonCode, string>> = {
  target: 'nothing: a deadline a year (or part of one) ahead ("by 2027") is a target, not the date of a development',
  'not-yet-by': 'nothing: "by" a date after a negated verb ("had not … by", "yet to … by") says what had not happened by then',
  'postponed-plan': 'nothing: the date of a plan the sentence says was put back, put off or called off ("due on 11 May, was put back a week")',
  'purpose-clause': 'nothing: inside a purpose infinitive ("met on Monday to prepare next week\'s talks"), a date tells what was planned, not a development',
  'compared-figure': 'nothing: the date of a comparison\'s earlier figure ("down from 9,100 in February") dates no saying',
  'quoted-date': 'nothing: the date stands inside a quotation that tells nothing of our kinds, and the development found stands outside it',
  'due-past': 'nothing: the date a development was due by a judgement of the past ("should have been completed a year ago"), told as not done then',
  'compared-time': 'nothing: the other term of a comparison ("less pessimistic than a month ago") is a time measured against, when nothing is told',
  'other-verb-after-and': 'nothing: the date\'s own verb phrase after "and" tells nothing of our kinds, and the cue before it is the first date\'s ("arrived on 3 May and fell ill on 5 May")',
  'dated-relative': 'nothing: the cue stands in a relative clause with a date of its own ("who arrived on 5 February to reinforce …"), which dates it',
  'saying-topic': 'modifies what a saying is about ("said of the February session"): it dates that topic, never the saying',
  'decided-aim': 'nothing: inside what a decision is to bring about ("its decision of 7 April to close the force on 31 December"), a date dates the aim, not the deciding',
  'no-kind': 'nothing: the words at this date report no talks, attack, troops or statement',
  'period-end': 'nothing: an end of the period a tally runs over ("between … and …", "in the year to …", "so far")',
  'in-progress': 'nothing: "now" with its verb in the progressive is a process under way, which "now" does not date',
  'across-semicolon': 'nothing: "now" and the cue stand on two sides of a semicolon',
  'cue-before-counted-day': 'the cue stands between the earlier date and this day counted back from it: the development is this day\'s',
  'sequel-verb-between': 'nothing: a day counted on from an earlier date whose clause has a verb of its own, none of our kinds',
  'next-day-listed': 'nothing more: talks on two listed days in a row are one round, dated by its first day',
  'coarser-duplicate': 'nothing more: the same development is dated finer by another date of the sentence',
  'replaces-coarser': 'the same development, dated finer than by another date of the sentence: this date replaces it',
  'when-clause': 'the fronted when-clause\'s date is also its main clause\'s',
  'saying-beside': 'what was said at the visit or meeting is a statement of its own, on the same date',
  'saying-in-line': 'a saying after a semicolon in a line its date heads is a statement of its own, on the same date',
  'occasion-beside': 'the development a saying was made at ("said at the handover") took place on the same date',
  'coordinated-date': 'joined by "and" to the date before it, with no subject of its own ("and was completed on 15 May"): that date\'s development',
  'cue-before-own-clause': 'nothing: its cue is in the clause before, which has a date of its own, and its own coordinated clause (a subject and verb of its own) tells no development',
  'own-clause': 'read on the words of its own coordinated clause (after ", and" or ";"), which tell a development at this date',
  'walkout-return': 'a return after the walkout told at an earlier date of the sentence, its subject shared: the walkout\'s party announcing its return, at this date',
  'day-named': 'the day is named by what else happened on it ("on a morning when …"), which is told on the same date',
  orphan: 'an orphan: a day and no word of our kinds, kept apart in case another article tells that day\'s development',
  dateline: "nothing: the date of the sentence's dateline, the filing's",
};

/** Records a decision about one date (and the kind read at it, and the earlier date it was weighed against). */
/** "again", "once more", "a second time" between two dates of a sentence: the second is another occurrence. */
function toldAgain(sentence: string, a: ResolvedDate, b: ResolvedDate): boolean {
  const [first, second] = a.index < b.index ? [a, b] : [b, a];
  return /\b(?:again|once\s+more|an?\s+(?:second|third|fourth|further)\s+time)\b/i.test(sentence.slice(first.index + first.text.length, second.index));
}

function dateStep(trace: ExtractionTrace, code: ReasonCode, date: ResolvedDate, classification?: Classification, earlier?: ResolvedDate): void {
  const kind = classification ? ` (${classification.type}, cue "${classification.cue}")` : '';
  const against = earlier ? ` [against "${earlier.text}"]` : '';
  traceStep(trace, { code, message: `"${date.text}"${kind}${against}: ${REASON[code] ?? code}`, date, ...(classification ? { classification } : {}) });
}

function given(trace: ExtractionTrace, code: ReasonCode, message: string, mention: Mention): void {
  traceStep(trace, { code, message, mention, date: mention.date, classification: mention.classification });
}

function takenBack(trace: ExtractionTrace, code: 'back-reference' | 'second-day', before: readonly Mention[], after: readonly Mention[]): void {
  const kept = new Set(after);
  const message = code === 'back-reference'
    ? 'taken back: a development named by its date in the possessive ("Sunday\'s attack") that the article tells elsewhere on that day'
    : 'taken back: talks going on ("resume", "again") the day after talks dated to the day are that round\'s next day';
  for (const m of before) if (!kept.has(m)) traceStep(trace, { code, message, mention: m, date: m.date, classification: m.classification }, m.sentence);
}

/** resolveDates, recording every expression the date pipeline found and what became of it. */
function traceResolved(trace: ExtractionTrace, sentence: string, today: CalendarDate, previous: ResolvedDate | undefined, context: DocumentContext): DateFindings {
  const candidates = traceDates(sentence, today, previous, context);
  for (const c of candidates) {
    if (c.dropped !== undefined) traceStep(trace, { code: 'not-a-date', message: `"${c.text}": ${c.dropped}` });
    else if (c.relative) traceStep(trace, { code: 'relative', message: `"${c.text}": ${c.relative.qualifier} ${c.relative.anchor}${c.relative.days !== undefined ? `, ${c.relative.days} day(s)` : ''}` });
    else if (c.resolved) traceStep(trace, { code: 'date', message: `${c.resolved.reason}  [${c.resolved.tag}; stated ${c.resolved.stated.join('+') || 'nothing'}]` });
  }
  return findingsOf(candidates);
}

/**
 * "The ceasefire was signed on 11 March and took effect the following day": a day counted from an earlier date of the
 * sentence, whose clause has a verb of its own after that date, tells that verb's development; when the cue is still
 * the earlier date's, the verb is none of our kinds and the day dates nothing. ("Met the president on 6 March and the
 * rebels' leader the following day" has no verb of its own: the meeting again.) Round 12.
 */
function verbBetween(sentence: string, earlier: ResolvedDate, sequel: ResolvedDate, cue: Span | undefined): boolean {
  const from = earlier.index + earlier.text.length;
  // The development's own verb is no other verb: "12 March - the envoy meets X in Kesh, and Y the next day" (a date
  // that opens a chronology's line stands before the verb both meetings share; round 18).
  const own = (t: Span) => cue !== undefined && t.start >= cue.start && t.end <= cue.end;
  return tokens(sentence).some((t) => t.start >= from && t.end <= sequel.index && t.pos === 'VERB' && /^[a-z]/.test(t.text) && !own(t));
}

/** The cue and the date stand on two sides of a semicolon. */
function acrossSemicolon(sentence: string, cue: string, date: ResolvedDate): boolean {
  const at = cueAt(sentence, cue);
  if (at < 0) return false;
  const [from, to] = at < date.index ? [at + cue.length, date.index] : [date.index + date.text.length, at];
  return sentence.slice(from, to).includes(';');
}

/** The cue stands after `earlier`'s words and before the day counted from it (round 14). */
function cueBetween(sentence: string, cue: string, earlier: ResolvedDate, sequel: ResolvedDate): boolean {
  const at = cueAt(sentence, cue, earlier.index + earlier.text.length);
  return at >= 0 && at + cue.length <= sequel.index;
}

/**
 * "On the same day as the second shelling, state television reported …. The following day, the opposition leader
 * said …": a day counted on at a sentence's start, when the sentence just before was dated only relative to another
 * development, counts on from that development, not from an older dated sentence the count skipped back to. The
 * days add up: the same day as it, then one day after it. Only whole days after the anchor. Round 13.
 */
function countedOnRelative(date: ResolvedDate, from: ResolvedDate | undefined, last: { sentence: number; relative: RelativeDate } | undefined, sentence: number): RelativeDate | undefined {
  if (date.tag !== 'sequel' || !last || last.sentence !== sentence - 1 || !from || from.precision !== 'day' || date.precision !== 'day') return undefined;
  const days = last.relative.days! + daysBetween(from.date, date.date);
  if (days < 0) return undefined;
  return { text: date.text, index: date.index, qualifier: 'after', anchor: last.relative.anchor, days };
}

/**
 * "…, had not commented on the strike by last night", "the army has yet to leave by Friday": "by" a date after a
 * negated verb in its clause says what had not happened by then; the date dates nothing. Round 14.
 */
function notYetBy(sentence: string, date: ResolvedDate): boolean {
  const before = sentence.slice(0, date.index);
  if (!/\bby\s+$/i.test(before) && !/^by\b/i.test(date.text)) return false;
  const clause = before.slice(Math.max(0, ...[...before.matchAll(/[,;:—–]/g)].map((m) => m.index + 1)));
  return /\b(?:not|never|n['’]t|yet\s+to)\b/i.test(clause);
}

/** A count kept up to now: "so far", or casualties counted in the present perfect ("have been killed"). */
const RUNNING_COUNT = /\bso\s+far\b|\b\d[\d,]*\s+(?:[a-z]+\s+){0,3}(?:have|has)\s+(?:now\s+)?been\s+(?:killed|wounded|injured|abducted|kidnapped)\b/i;

/**
 * "The hospital treated 41 people for blast injuries between 2 February and 10 March", "incidents recorded between
 * Oct 3 and Oct 9", "in the three months to the end of January": the ends of a period "between" two dates, or the
 * end of one counted back from a date, frame a tally over it, and date no attack or troop movement of their own
 * (talks held "between 2 and 5 May" still open on the first). Round 13.
 */
function periodEnds(sentence: string, dates: readonly ResolvedDate[]): Set<ResolvedDate> {
  const out = new Set<ResolvedDate>();
  for (let i = 0; i + 1 < dates.length; i++) {
    const [a, b] = [dates[i]!, dates[i + 1]!];
    const before = sentence.slice(0, a.index);
    const between = sentence.slice(a.index + a.text.length, b.index);
    if (/\bbetween\s+$/i.test(before) && /^\s*and\s*$/i.test(between)) out.add(a).add(b);
  }
  // So does the end of a span counted back from a date: "eight incidents in the three months to the end of January",
  // "in the year to March".
  for (const d of dates) {
    if (/\b(?:in|over|during)\s+the\s+(?:[\w-]+\s+)?(?:days?|weeks?|months?|years?|quarter)\s+(?:to|until|till|ending|up\s+to)\s+$/i.test(sentence.slice(0, d.index))) out.add(d);
  }
  // A running count frames its period too: "at least 112 civilians have been killed in the province this year", "two
  // attacks on shipping so far in 2030": a tally up to now, not a development of that year or month. Round 14.
  if (RUNNING_COUNT.test(sentence)) for (const d of dates) if (d.precision !== 'day') out.add(d);
  return out;
}

/**
 * "The second round was held in Osk on 26 and 27 February": talks told over two listed days in a row are one round,
 * dated by its first day, as a range is ("23-25 April"); "met on 14 and 21 February" lists two meetings. Only talks: a
 * round or a meeting runs over days, where two attacks on consecutive days are two attacks. Round 13.
 */
function nextDayListed(sentence: string, earlier: Mention, date: ResolvedDate): boolean {
  if (earlier.classification.type !== 'talks' || earlier.date.precision !== 'day' || date.precision !== 'day') return false;
  if (formatIso(addDays(earlier.date.date, 1)) !== formatIso(date.date)) return false;
  return /^\s*(?:and|&)\s*$/.test(sentence.slice(earlier.date.index + earlier.date.text.length, date.index));
}

/** A cue read across a blanked aside ("talks      opened") is quoted as one phrase. */
function withCueOf(c: Classification | null): Classification | null {
  return c && { ...c, cue: c.cue.replace(/\s+/g, ' ') };
}

/**
 * "On 9 March a ferry was shelled near Pell; two days after the shelling, jets bombed Varn": a relative date that
 * opens a clause of its own, after a semicolon or ", and"/", but", whose anchor names a development of the kind an
 * earlier clause of the same sentence told at a day, counts its days from that day (whatever other development of
 * that kind the article tells elsewhere). Not a relative date inside the clause of that day ("shelled the port on
 * Monday, two days after the ambush" hangs on another ambush). Round 12.
 */
function countedFromEarlierClause(sentence: string, rel: RelativeDate, told: readonly Mention[]): { date: ResolvedDate; clause: number } | undefined {
  if (rel.days === undefined) return undefined;
  const before = sentence.slice(0, rel.index);
  const join = [...before.matchAll(/;\s*|,\s+(?:and|but|then)\s+/g)].at(-1);
  if (!join || join.index + join[0].length !== rel.index) return undefined;
  const kind = classifySentence(rel.anchor)?.type;
  const from = told.filter((m) => m.date.precision === 'day' && m.date.index + m.date.text.length <= join.index && m.classification.type === kind).at(-1);
  if (!from) return undefined;
  return { clause: join.index, date: fromAnchorDay(rel, from.date, 'counts from', 'told earlier in the sentence') };
}

/** The date follows the relative date's words in their clause, before any break: the anchor's own date. */
function inAnchorClause(sentence: string, rel: RelativeDate, date: ResolvedDate): boolean {
  const end = rel.index + rel.text.length;
  // ("After the first round Vasant said on 21 November": a name right after the anchor opens the main clause. Round 17.)
  if (date.index >= end && /^[^,;:.!?"“”()—–]{0,60}$/.test(sentence.slice(end, date.index)) && !/^\s*[A-Z]/.test(sentence.slice(end, date.index))) return true;
  // ("…two weeks after the two sides held talks in Vessa, on 20 February": a tail that goes on with the anchor's
  // clause past a comma is still that clause. Round 19b.)
  return date.index >= end && resumesClauseAt(sentence, date.index, end - 1);
}

/**
 * "Hours before the second round opened at the abbey on 11 March, gunmen fired on a patrol boat": a day date inside the
 * anchor's own clause (after its words, before any clause break) is the anchor's date, so the relative date counts
 * from it rather than from another telling of the anchor found elsewhere (round 14: the round's last day was taken).
 * Whole days count from it ("two days after the ferry was shelled on 9 March"); "hours before" is that day, before.
 */
function datedInAnchorClause(sentence: string, rel: RelativeDate, dates: readonly ResolvedDate[]): ResolvedDate | undefined {
  const own = dates.find((d) => d.precision === 'day' && inAnchorClause(sentence, rel, d));
  if (!own) return undefined;
  const counted = fromAnchorDay(rel, own, 'counts from', 'dated in its own clause');
  // ("less than two weeks after …": a hedged count of days reaches no exact day, only a side of one: counted-tail.ts.)
  const hedge = rel.days !== undefined ? hedgeOfCount(sentence, rel.index, rel.qualifier) : undefined;
  return hedge ? { ...counted, qualifier: hedge, reason: `${counted.reason}, ${hedge} it: the count is hedged` } : counted;
}

/**
 * "When observers handed the checkpoint to the police on 22 May, the president called it "the first bridge taken
 * back"": a when-clause opening the sentence dates its main clause too (what happened then), so a sentence telling
 * one development in each yields both, on the when-clause's date. Only a main clause after the when-clause's comma,
 * classified from its own words (the when-clause's are set aside); undefined when it tells none of our kinds. Round 12.
 */
function mainClauseAtWhen(sentence: string, told: Mention, previous: string | undefined): Classification | undefined {
  // (Not inside a quotation: "“When we sat down on 24 May, I believed …,” she said" is a saying of another day.)
  const opening = /^\s*When\b/i.exec(sentence);
  if (!opening) return undefined;
  const comma = sentence.indexOf(',', told.date.index + told.date.text.length);
  if (comma < 0 || told.date.index < opening[0].length) return undefined;
  // The when-clause ends at that comma: it holds the date and the told development's cue.
  if (sentence.slice(0, comma).includes(told.classification.cue) === false) return undefined;
  // "When rebels shelled the port, the talks had already collapsed": the pluperfect tells what came before.
  if (/\bhad\s+(?:already\s+|long\s+|just\s+|since\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ne|t)\b/i.test(sentence.slice(comma))) return undefined;
  // "When a bomb killed four guards on 3 May, the council suspended the talks within two days": a main clause that
  // counts its own time from the when-clause's is not on its day (round 18c).
  if (OWN_COUNT.test(sentence.slice(comma))) return undefined;
  const main = classifySentence(sentence, undefined, previous, [{ start: 0, end: comma }]);
  return main && main.type !== told.classification.type ? main : undefined;
}

/** A count of days or more from a moment before: "within two days", "a week later", "after three days". */
const OWN_COUNT =
  /\b(?:(?:within|after|in)\s+(?:a\s+few|several|a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:days?|weeks?|months?|years?)|(?:a\s+few|several|a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:days?|weeks?|months?|years?)\s+later|days\s+later|weeks\s+later|months\s+later|the\s+(?:next|following)\s+(?:day|week|month)|the\s+day\s+after)\b/i;

/** ", on a morning when", ", the day", ", the night that": a day named by what happened on it, right after a date. */
const DAY_NAMED = /^,\s+(?:on\s+)?(?:a|the|that)\s+(?:day|night|morning|evening|afternoon)\s+(?!after\b|before\b|earlier\b|later\b|of\b|in\b|on\b|when\s+(?:we|i|you)\b)(?:when\s+|that\s+|on\s+which\s+)?/i;

/**
 * "The second round opened on 11 March, on a morning when gunmen had already shot up a patrol boat", "The talks
 * resumed on 4 May, the day rebels shelled the port": the clause naming the date's day by what happened on it tells a
 * development of its own on that date, classified from its own words (up to the next ";" or the end). Not "the day
 * after" or "a day of talks". Round 16.
 */
function dayNamedAfter(sentence: string, told: Mention, previous: string | undefined): Classification | undefined {
  const end = told.date.index + told.date.text.length;
  const named = DAY_NAMED.exec(sentence.slice(end));
  if (!named) return undefined;
  const start = end + named[0].length;
  const stop = sentence.indexOf(';', start);
  const aside = [{ start: 0, end: start }, ...(stop >= 0 ? [{ start: stop, end: sentence.length }] : [])];
  const then = classifySentence(sentence, undefined, previous, aside);
  return then && then.type !== told.classification.type ? then : undefined;
}

/**
 * Where coordinated main clauses meet: ", and", ", but", ", while", ";"; and a bare "and" before a present verb of
 * having or counting, which starts a verb phrase of its own ("deployed in May 2034 and has about 2,200 troops": the
 * level is now, not May's; round 18).
 */
const CLAUSE_JOINS = /,\s+(?:and|but|while|whereas)\s+|;\s+|\s+and\s+(?=(?:now\s+|still\s+|currently\s+)?(?:has|have|numbers|counts|fields|remains)\s+(?:about|around|some|nearly|almost|roughly|just|only|fewer|more|over|under|\d))/g;

/**
 * A present-tense troop level told in a coordinated clause that holds none of the sentence's dates ("…, and about 700
 * soldiers remain in the country"; "Kestra still has about 300 sailors at Pell, and they must leave by 30
 * September"), dated by publication, with its words' offsets in the whole sentence. Round 12.
 */
function levelBeside(sentence: string, published: CalendarDate, dates: readonly ResolvedDate[]): ReturnType<typeof presentTroopLevel> {
  if (!dates.length) return undefined;
  const cuts = [0];
  for (const m of sentence.matchAll(CLAUSE_JOINS)) cuts.push(m.index, m.index + m[0].length);
  cuts.push(sentence.length);
  for (let i = 0; i + 1 < cuts.length; i += 2) {
    const [start, end] = [cuts[i]!, cuts[i + 1]!];
    // (A date that closes a comparison's earlier figure, "down from 2,000 in 2030", is that figure's: compared-figure.ts.)
    if (dates.some((d) => d.index < end && d.index + d.text.length > start && !datesComparedFigure(sentence, d.index))) continue;
    const clause = sentence.slice(start, end);
    // (A clause that leaves the noun of the figure before it unsaid, "… and now has around 3,750", is read with it
    // put back; the date's words stand before the noun, so its offsets hold: elided-noun.ts.)
    const filled = withElidedNoun(clause, sentence.slice(0, start));
    const own = presentTroopLevel(clause, published);
    const put = own || !filled ? undefined : presentTroopLevel(filled.text, published);
    const level = own ?? (put && { ...put, classification: { ...put.classification, cue: filled!.words } });
    if (level) return { ...level, date: { ...level.date, index: level.date.index + start } };
  }
  return undefined;
}

/** The date stands in the sentence's dateline ("KORVAL, Jan 11 (CPA) -"): the filing's date. */
function inDateline(sentence: string, date: ResolvedDate): boolean {
  const toks = tokens(sentence);
  const end = datelineEnd(toks);
  return end >= 0 && date.index < toks[end]!.start;
}

/** "Sunday's attack", "Monday’s talks": a date in the possessive, naming a development as already known. */
const POSSESSIVE_AFTER = /^['’]s?\s+[a-z]/;

/**
 * "Federal officials said that Sunday's attack would not derail the process", after the article told the attack on
 * Sunday: a development named by its date in the possessive points back at the article's own telling of that kind
 * on that day, and yields nothing more (it would only stand apart from it, sharing no words). Without such a
 * telling in the article it still counts.
 */
/** Talks going on: "resumes", "sit down again", "reconvene", "continue". */
const GOING_ON = /\b(?:resum(?:e|es|ed|ing)|reconven(?:e|es|ed|ing)|continu(?:e|es|ed|ing)|again)\b/i;

/**
 * "The round opened in Vasho this morning … The delegations sit down again tomorrow morning": talks going on the day
 * after talks the same article dates to the day are that round's next day, not another development. Round 14.
 */
function withoutSecondDays(mentions: Mention[]): Mention[] {
  const talksDays = new Set(mentions.filter((m) => m.classification.type === 'talks' && m.date.precision === 'day').map((m) => formatIso(m.date.date)));
  return mentions.filter(
    (m) =>
      !(m.classification.type === 'talks' && m.date.precision === 'day' && GOING_ON.test(clauseAround(m.quote, m.date.index)) && talksDays.has(formatIso(addDays(m.date.date, -1)))),
  );
}

/** The coordinated clause holding `index`: "…, and the two leaders sign a pact on Saturday" is no talks going on
 * because the clause before it says "resumes". Round 21. */
function clauseAround(sentence: string, index: number): string {
  const breaks = [...sentence.matchAll(/;|,\s+(?:and|but|while)\s/g)].map((b) => b.index);
  const start = Math.max(0, ...breaks.filter((b) => b < index));
  const after = breaks.filter((b) => b >= index);
  return sentence.slice(start, after.length ? Math.min(...after) : sentence.length);
}

function withoutBackReferences(mentions: Mention[]): Mention[] {
  const told = new Set<string>();
  const key = (m: Mention) => `${m.classification.type}|${formatIso(m.date.date)}`;
  // (Only the development the possessive names: "Speaking at Monday's ceremony, X said …" dates a saying of its own.)
  const pointsBack = (m: Mention) => {
    const after = m.quote.slice(m.date.index + m.date.text.length);
    return POSSESSIVE_AFTER.test(after) && (!m.classification.cue || after.split(/[,;:.(]/)[0]!.includes(m.classification.cue));
  };
  for (const m of mentions) if (!pointsBack(m)) told.add(key(m));
  return mentions.filter((m) => !pointsBack(m) || !told.has(key(m)));
}

const RANK = { year: 0, month: 1, day: 2 } as const;

/** "Hours after the vote,", "Shortly before the verdict,": a span within the day, opening its sentence. */
const SAME_DAY_OPENING = /^(?:(?:just|only|mere)\s+)?(?:hours|minutes|moments|shortly|soon|immediately|(?:an?|one|two|three|a\s+few|several)\s+(?:hours?|minutes?))\s+(?:before|after)\s+(?:the|this|that)\s/i;

/**
 * "Parliament passed the amnesty bill on Thursday. Hours after the vote, the rebels' spokesman said …": a span within
 * the day, opening a sentence, from a development named by a definite noun that is none of our kinds, counts from the
 * sentence just before in its paragraph when that one was dated to the day and told nothing of our kinds: no event
 * will ever be found for the anchor, and the sentence before is the one it points back at (like "Hours later, …",
 * dates/refiners/sequels.ts). Same day, with the before/after qualifier.
 */
export function sameDayAfterPrevious(rel: RelativeDate, previous: ResolvedDate): ResolvedDate | undefined {
  if (rel.index > 0 || rel.days !== undefined || previous.precision !== 'day' || !SAME_DAY_OPENING.test(rel.text)) return undefined;
  return fromAnchorDay(rel, previous, 'refers to', 'told in the sentence before');
}

const PROGRESSIVE = /\b(?:is|are|am)\s+(?:(?:now|currently|presently|still)\s+)*([a-z]{3,}ing)\b/gi;

/**
 * "The force is now leaving", "talks are currently continuing": a process in progress. Publication dates what is
 * true as of it, a state ("there are now 2,500 troops"); a process under way has its own dated steps, and "now"
 * gives it none. True when the cue is a verb in the progressive.
 */
export function inProgress(sentence: string, cue: string): boolean {
  const at = cueAt(sentence, cue);
  if (at < 0) return false;
  for (const m of sentence.matchAll(PROGRESSIVE)) {
    const verb = m.index! + m[0].length - m[1]!.length;
    if (verb >= at && verb < at + cue.length) return true;
  }
  return false;
}

/**
 * "will wind down its mission by the middle of 2025", "will withdraw the rest of its contingent by 2027": a deadline
 * a year (or part of one) ahead is a target, not the date of a development, which may come at any time before it.
 * A deadline to the month or day ("the final one by the middle of May", "by Friday") is a schedule and still dates
 * the move; so does a completed one ("By 2019 all had left").
 * "By the end of 2026" told in 2026 is no target either: from publication to the year's end, the move falls within
 * that year, so the year dates it (at year precision, no more). Round 12.
 */
export function isTarget(sentence: string, date: ResolvedDate, published?: CalendarDate): boolean {
  if (date.precision !== 'year') return false;
  if (published && date.date.year === published.year && /\bend\s+of\b/i.test(`${sentence.slice(Math.max(0, date.index - 12), date.index)}${date.text}`)) return false;
  if (!/^by\b/i.test(date.text) && !/\bby\s+$/i.test(sentence.slice(0, date.index))) return false;
  return tenseAt(sentence, date.index, date.text.length).tense === 'future';
}

function compatible(a: ResolvedDate, b: ResolvedDate): boolean {
  return contains(a.date, b.date) || contains(b.date, a.date);
}

function finer(a: ResolvedDate, b: ResolvedDate): boolean {
  return RANK[a.precision] >= RANK[b.precision];
}
