/**
 * Descriptions as published: the model's prose is hard-wrapped at about 110 columns for reading in spec/, but a
 * line break inside a paragraph is only soft in CommonMark, and tools that turn Markdown into plain text
 * (Redoc's search index among them) drop it, running the words on each side together ("guestflows"). So
 * every paragraph and list item is published on one line; fenced and indented code, headings and tables keep
 * their lines.
 */
import type { SchemaObject } from './schema-object.ts';

const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s/;
const KEEPS_ITS_LINE = /^\s*(?:#{1,6}\s|\||>)/;

/** One Markdown text with each paragraph and list item on one line, the rest untouched. */
export function unwrapMarkdown(text: string): string {
  const out: string[] = [];
  let fence: string | undefined;
  let joinable = false;
  for (const line of text.split('\n')) {
    const marker = line.match(/^\s*(`{3,}|~{3,})/)?.[1];
    if (fence !== undefined || marker) {
      out.push(line);
      if (fence === undefined) fence = marker;
      else if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      joinable = false;
    } else if (line.trim() === '' || KEEPS_ITS_LINE.test(line) || (!joinable && /^ {4}/.test(line))) {
      out.push(line);
      joinable = false;
    } else if (joinable && !LIST_ITEM.test(line)) {
      out[out.length - 1] = `${(out[out.length - 1] as string).trimEnd()} ${line.trim()}`;
    } else {
      out.push(line);
      joinable = true;
    }
  }
  return out.join('\n');
}

/** The document with every `description` (and `summary`) unwrapped; examples and other values untouched. */
export function unwrapDescriptions<T>(node: T): T {
  if (Array.isArray(node)) return node.map((item) => unwrapDescriptions(item)) as T;
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(Object.entries(node as SchemaObject).map(([key, value]) => [
    key,
    (key === 'description' || key === 'summary') && typeof value === 'string'
      ? unwrapMarkdown(value)
      : key === 'examples' || key === 'example' || key === 'x-codeSamples' ? value : unwrapDescriptions(value),
  ])) as T;
}
