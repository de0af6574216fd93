import { getCollection, type CollectionEntry } from 'astro:content';
import type { Script } from '../../shared/content/schema';
import { compareText } from '../../shared/text';

export type ConferenceEntry = CollectionEntry<'conferences'>;
export type QuestionEntry = CollectionEntry<'questions'>;

/** Give a script's conferences, newest first. */
export async function conferencesIn(script: Script): Promise<ConferenceEntry[]> {
  const entries = await getCollection('conferences', (entry) => entry.data.script === script);
  return entries.sort((left, right) => compareText(right.data.date, left.data.date) || compareText(left.data.conference, right.data.conference));
}

/** Group a script's questions by conference, each list in question order. */
export async function questionsByConference(script: Script): Promise<Map<string, QuestionEntry[]>> {
  const entries = await getCollection('questions', (entry) => entry.data.script === script);
  const grouped = new Map<string, QuestionEntry[]>();
  for (const entry of entries) grouped.set(entry.data.conference, [...(grouped.get(entry.data.conference) ?? []), entry]);
  for (const list of grouped.values()) list.sort((left, right) => left.data.number - right.data.number);
  return grouped;
}
