import type { GazetteerEntry } from '../../src/shared/gazetteer-types';

export const ROOT: string;
export const FIXTURE_DIR: string;
export const GROWTH_SIZES: Record<string, number>;
export function guessLang(text: string): string;
export function corpusDocuments(corpusDir?: string): { file: string; lang: string; paragraphs: string[] }[];
export interface DenseBlock {
  round: number;
  doc: string;
  lang: string;
  text: string;
}
export function denseBlocks(options?: { targetBytes?: number; corpusDir?: string }): DenseBlock[];
export function denseHtml(options?: { targetBytes?: number; corpusDir?: string }): string;
export interface GrowthParagraph {
  lang: string;
  segments: { text: string; tag?: string }[];
}
export function growthParagraphs(textChars: number, entries: readonly GazetteerEntry[], options?: { namesEvery?: number; seed?: number }): GrowthParagraph[];
export function paragraphText(p: GrowthParagraph): string;
export function growthHtml(textChars: number, entries: readonly GazetteerEntry[], options?: { namesEvery?: number; seed?: number }): string;
export function writeFixtures(entries: readonly GazetteerEntry[], options?: { growth?: string[] }): Record<string, string>;
export const BLANK_HTML: string;
export const TOPIC_SENTENCE: string;
export function frameFixtures(entries: readonly GazetteerEntry[]): Record<string, string>;
