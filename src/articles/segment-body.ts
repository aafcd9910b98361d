// Markdown body → paragraphs → sentences, with each sentence's character span in its paragraph's text.
// Rendering and extraction both use this one segmentation, so sentence ids on the page always match the
// sentences events cite.
import type { Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import { visit } from 'unist-util-visit';
import { splitSentences } from '../nlp/wink.js';
import { sentenceId } from './body-template.js';
import type { Sentence } from '../types.js';

export interface SentenceSpan extends Sentence {
  /** Span in the paragraph's plain text (`toString(paragraph)`). */
  start: number;
  end: number;
}

export interface SegmentedParagraph {
  node: Paragraph;
  sentences: SentenceSpan[];
}

export interface SegmentedBody {
  tree: Root;
  paragraphs: SegmentedParagraph[];
  sentences: SentenceSpan[];
  /** Lines (1-based, in the body) of the raw HTML taken out of the tree. */
  rawHtml: number[];
}

const parser = remark();

export function segmentBody(markdown: string): SegmentedBody {
  const tree = parser.parse(markdown);
  // Raw HTML never reaches the page (render-body.ts), so it is no part of any sentence either: a quote on an event
  // page reads as the article page does ("Friday, officials said", not "Friday, <b onclick=…>officials said</b>").
  const rawHtml: number[] = [];
  visit(tree, 'html', (node, index, parent) => {
    if (!parent || index === undefined) return undefined;
    rawHtml.push(node.position?.start.line ?? 1);
    parent.children.splice(index, 1);
    return index;
  });
  const paragraphs: SegmentedParagraph[] = [];
  const sentences: SentenceSpan[] = [];
  visit(tree, 'paragraph', (node) => {
    const text = toString(node);
    const paragraph = paragraphs.length;
    const spans: SentenceSpan[] = [];
    // A paragraph with no words (an image without alt text, a lone &nbsp;) has no sentences; wink would throw on it.
    const pieces = text.trim() ? splitSentences(text) : [];
    for (const piece of pieces) {
      const clean = piece.text.replace(/\s+/g, ' ').trim();
      if (!clean) continue;
      const index = sentences.length;
      const span: SentenceSpan = { index, id: sentenceId(index), text: clean, paragraph, start: piece.start, end: piece.end };
      spans.push(span);
      sentences.push(span);
    }
    paragraphs.push({ node, sentences: spans });
  });
  return { tree, paragraphs, sentences, rawHtml };
}
