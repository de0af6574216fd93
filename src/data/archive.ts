import { getCollection, type CollectionEntry } from 'astro:content';
import type { Script } from '../lib/content/schema';
import { compareText, padNumber } from '../lib/text';

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

/** Build the static paths of every conference page of a script. */
export async function conferencePaths(script: Script) {
  const [conferences, questions] = await Promise.all([conferencesIn(script), questionsByConference(script)]);
  return conferences.map((conference) => ({
    params: { conference: conference.data.conference },
    props: { conference, questions: questions.get(conference.data.conference) ?? [] },
  }));
}

/** Build the static paths of every question page of a script, each with its neighbours. */
export async function questionPaths(script: Script) {
  const [conferences, questions] = await Promise.all([conferencesIn(script), questionsByConference(script)]);
  return conferences.flatMap((conference) => {
    const siblings = questions.get(conference.data.conference) ?? [];
    return siblings.map((question, index) => ({
      params: { conference: conference.data.conference, number: padNumber(question.data.number, question.data.questionCount) },
      props: { conference, question, siblings, previous: siblings[index - 1], next: siblings[index + 1] },
    }));
  });
}
