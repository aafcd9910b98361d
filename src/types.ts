// The contracts between Dateline's stages: articles → sentences → dated mentions → events → site data.
// Every stage is a plain function over these types, so each can be tested without Eleventy.

/** A calendar date as precise as the text supports. Never a JS `Date`: those drift across time zones. */
export interface CalendarDate {
  year: number;
  /** 1–12, present at month and day precision. */
  month?: number;
  /** 1–31, present at day precision only. */
  day?: number;
}

export type Precision = 'day' | 'month' | 'year';

/** Which parts of a date the words themselves gave ("stated") and which came from the reference date. */
export type DatePart = 'year' | 'month' | 'day' | 'weekday';

/** A hedge the text puts on a date: "early April", "mid-July", "late last year", "around", "hours before". */
export type DateQualifier = 'early' | 'mid' | 'late' | 'around' | 'before' | 'after';

/** One temporal expression found in a sentence and resolved against the article's publication date. */
export interface ResolvedDate {
  /** The words, exactly as in the sentence ("on Wednesday", "last June"). */
  text: string;
  /** Character offset of `text` in the sentence. */
  index: number;
  date: CalendarDate;
  precision: Precision;
  stated: DatePart[];
  implied: DatePart[];
  qualifier?: DateQualifier;
  /**
   * The days the words name when they are a span finer than `precision` can say ("last week": Monday to Sunday),
   * first and last inclusive. The date stays as coarse as its precision (a week prints as its month); the span only
   * keeps a mention from joining a development dated outside it.
   */
  span?: { from: CalendarDate; to: CalendarDate };
  /** Which parser or refiner decided the date (for `explain` and tests). */
  tag: string;
  /** Human explanation: `"on Wednesday", in an article published Monday 19 April 2021 → Wednesday 14 April 2021`. */
  reason: string;
}

/** Front matter after validation. `published` is a `YYYY-MM-DD` string, never a `Date`. */
export interface ArticleMeta {
  title: string;
  published: string;
  publisher?: string;
  authors: string[];
  url?: string;
  /** Standfirst / dek, if the source had one. Not mined for events. */
  description?: string;
}

export interface Sentence {
  /** 0-based position in the article body. */
  index: number;
  /** Fragment id on the article page: `s-<index>`. */
  id: string;
  text: string;
  /** 0-based paragraph the sentence sits in. */
  paragraph: number;
}

export interface Article extends ArticleMeta {
  slug: string;
  /** Path relative to the content folder, for error messages and provenance. */
  file: string;
  /** The Markdown body, as written. */
  body: string;
  sentences: Sentence[];
}

export type EventType = 'talks' | 'attack' | 'troops' | 'statement';
export const EVENT_TYPES: readonly EventType[] = ['talks', 'attack', 'troops', 'statement'];

/** The kind of a sentence and the words that decided it. */
export interface Classification {
  type: EventType;
  /** The cue word or phrase in the sentence that decided the kind. */
  cue: string;
  /** Nearest CAMEO event code (e.g. "040" consult, "010" make statement, "190" use conventional military force). */
  cameo: string;
}

export interface Quantity {
  value: number;
  /** What is counted: "troops", "recruits", "rockets", "wounded", "percent". */
  counts: string;
  /** The words that gave it ("2,500 US troops"). */
  text: string;
}

export interface Quote {
  text: string;
  speaker?: string;
}

export interface Facts {
  actors: string[];
  places: string[];
  quantities: Quantity[];
  quotes: Quote[];
}

/** A dated development as one sentence of one article tells it. */
export interface Mention extends Facts {
  article: string;
  sentence: number;
  quote: string;
  classification: Classification;
  date: ResolvedDate;
  /** The sentence before, which often names what this one only points at ("The third round … concluded"). */
  context?: string;
  /**
   * Places a later undated sentence of its article gives for this attack ("… were shelled on Monday." … "The shells
   * landed inside Camp Orly."): the lede's places, told finer (extract/lede-detail.ts).
   */
  detailPlaces?: string[];
  /**
   * Joined to its event by what it shares with the event's other tellings (names, places, figures, words), on the
   * same day; its own words name no kind (events/attach-orphans.ts).
   */
  joined?: true;
}

/** A dated sentence whose words name no development of our kinds: a mention without a kind, which may still join
 * an event another article told (events/attach-orphans.ts). */
export type Orphan = Omit<Mention, 'classification'>;

export interface EventSource {
  article: string;
  title: string;
  publisher?: string;
  published: string;
  /** 0-based index of the cited sentence in the article. */
  sentence: number;
  /** `/articles/<slug>/#s-<n>` */
  url: string;
  /** The sentence, as written. */
  quote: string;
  /** The date this source's sentence gives, as precise as its words (`2021-04`, `2021-04-07`). */
  date: string;
  /** How this source's sentence was dated. */
  dateText: string;
  dateReason: string;
  quantities: Quantity[];
  /** Its words name no kind: joined by what it shares with the other sources (Mention.joined). */
  joined?: true;
}

export interface TimelineEvent {
  id: string;
  url: string;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`: never more precise than the text. */
  date: string;
  precision: Precision;
  qualifier?: DateQualifier;
  type: EventType;
  cameo: string;
  title: string;
  summary: string;
  actors: string[];
  places: string[];
  quantities: (Quantity & { article: string })[];
  sources: EventSource[];
}
